/** A file that is not a 任务分解表 is refused as a whole: { ok: false } with a reason, and no changes at all. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ledgerCsv, readTaskSheet } from '../../src/exchange/index.js';
import { commitments, save, taskRows, units } from '../helpers/exchange.js';

const context = { commitments, units };

const refused = async (buffer: Buffer, pattern: RegExp) => {
  const result = await readTaskSheet(buffer, context);
  assert.equal(result.ok, false);
  assert.ok(!result.ok && pattern.test(result.reason), JSON.stringify(result));
  assert.ok(!('changes' in result));
};

test('not an xlsx: text, a CSV export of the same ledger, an empty file, an old binary .xls header', async () => {
  await refused(Buffer.from('序号,任务内容\n1,新建幼儿园3所\n'), /不是Excel/);
  await refused(Buffer.from(ledgerCsv(taskRows()), 'utf8'), /不是Excel/);
  await refused(Buffer.alloc(0), /不是Excel/);
  await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /不是Excel/);
});

test('a zip that is not a workbook, and a truncated xlsx', async () => {
  const zip = new JSZip();
  zip.file('readme.txt', '这不是工作簿');
  await refused(await zip.generateAsync({ type: 'nodebuffer' }), /不是有效的Excel/);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('任务分解表').addRow(['序号', '任务内容', '完成时限', '牵头单位', '责任单位']);
  const whole = await save(wb);
  await refused(whole.subarray(0, Math.floor(whole.length / 2)), /不是有效的Excel/);
});

test('an xlsx without the header row: another table, an incomplete header, an empty sheet', async () => {
  const other = new ExcelJS.Workbook();
  const ws = other.addWorksheet('任务分解表');
  ws.addRow(['单位', '联系人', '电话']);
  ws.addRow(['县教育局', '周老师', '0000-1234567']);
  await refused(await save(other), /没有任务分解表.*序号、任务内容、完成时限、牵头单位、责任单位/);

  // 责任单位 missing: the sheet cannot say who is responsible, so it is not read at all
  const partial = new ExcelJS.Workbook();
  const p = partial.addWorksheet('Sheet1');
  p.addRow(['序号', '任务内容', '完成时限', '牵头单位']);
  p.addRow([1, '新建幼儿园3所', '2024年9月30日', '县教育局']);
  await refused(await save(partial), /没有任务分解表/);

  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('任务分解表');
  await refused(await save(empty), /没有任务分解表/);
});

test('the header row is found below a title and notes, on any sheet', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['填表说明：请勿修改表头']);
  const ws = wb.addWorksheet('分解表（修订）');
  ws.addRow(['某县重点工作任务分解表']);
  ws.addRow(['填报日期：2024年7月']);
  ws.addRow(['序 号', '任务内容', '完成时限\n(必填)', '牵头单位', '责任单位']);
  ws.addRow([1, '新建幼儿园3所', '2024年9月30日', '县教育局', '']);
  const result = await readTaskSheet(await save(wb), context);
  assert.deepEqual(result, {
    ok: true,
    changes: [{ commitmentId: 102, row: 4, assignment: { leadUnitId: 2, cooperatingUnitIds: [], deadline: '2024-09-30' } }],
    rejected: [],
  });
});
