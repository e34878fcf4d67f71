/**
 * Matching an edited sheet's rows back to commitments however people moved them: sorted by the visible
 * columns only (the hidden id column stays put), moved whole and renumbered, or a sheet typed by hand.
 * Rows that match nothing, or the same commitment twice, are rejected with their row numbers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readTaskSheet, taskSheet } from '../../src/exchange/index.js';
import { COL, TITLE, commitments, load, permute, save, taskRows, units } from '../helpers/exchange.js';

const exported = async () => {
  const wb = await load(await taskSheet(taskRows(), { title: TITLE, year: 2024 }));
  return { wb, ws: wb.getWorksheet('任务分解表')! };
};
const ok = async (buffer: Buffer, extra: object = {}) => {
  const result = await readTaskSheet(buffer, { commitments, units, ...extra });
  assert.ok(result.ok, JSON.stringify(result));
  return result as Extract<typeof result, { ok: true }>;
};

test('sorted by the visible columns only: 序号 moves with the row, the hidden ids do not; 序号 wins', async () => {
  const { wb, ws } = await exported();
  permute(ws, [5, 4, 3, 8, 7, 6], COL.序号, COL.状态); // 103, 102, 101, 106, 105, 104 over ids 101 … 106
  ws.getCell(3, COL.牵头单位).value = '溪口镇'; // the row showing 103
  const result = await ok(await save(wb));
  assert.deepEqual(result.rejected, []);
  assert.deepEqual(result.changes.map((c) => [c.row, c.commitmentId, c.assignment?.leadUnitId]), [[3, 103, 5]]);
});

test('moved whole and renumbered 1…n: the hidden id column wins where 任务内容 agrees with it', async () => {
  const { wb, ws } = await exported();
  permute(ws, [8, 7, 6, 5, 4, 3]);
  for (let r = 3; r <= 8; r++) ws.getCell(r, COL.序号).value = r - 2;
  ws.getCell(5, COL.责任领导).value = '陈局长'; // the row showing 104
  const result = await ok(await save(wb));
  assert.deepEqual(result.rejected, []);
  assert.deepEqual(result.changes.map((c) => [c.row, c.commitmentId, c.assignment?.leader]), [[5, 104, '陈局长']]);
});

test('序号 and hidden id disagree and 任务内容 was rewritten too: the row is rejected, not guessed', async () => {
  const { wb, ws } = await exported();
  permute(ws, [4, 3], COL.序号, COL.状态); // rows 3 and 4 swap their visible cells only
  ws.getCell(3, COL.序号).value = 5; // and 序号 is retyped to another task's number
  ws.getCell(3, COL.任务内容).value = '新建幼儿园4所';
  const result = await ok(await save(wb));
  assert.deepEqual(result.rejected, [{ row: 3, reason: '无法确定对应的任务：序号与隐藏标识指向不同任务，任务内容也无法区分' }]);
});

test('a row added by hand is matched by its 任务内容, or rejected when it names no commitment', async () => {
  const { wb, ws } = await exported();
  // the row of 106 cleared of its ids, as if typed again; then two new rows
  ws.getCell(8, COL.序号).value = null;
  ws.getCell(8, COL.id).value = null;
  ws.getCell(8, COL.牵头单位).value = '县住建局';
  ws.getRow(9).values = [7, '新建城市书房5个', '5个', '2024年12月31日', '县教育局'];
  ws.getRow(10).values = [null, '注：完成时限为最迟时间。']; // a note under the table
  const result = await ok(await save(wb));
  assert.deepEqual(result.changes.map((c) => [c.row, c.commitmentId, c.assignment?.leadUnitId, c.version]), [[8, 106, 6, 3]]);
  assert.deepEqual(result.rejected, [
    { row: 9, reason: '未找到对应的任务（任务内容与台账中的任务均不一致）' },
    { row: 10, reason: '未找到对应的任务（任务内容与台账中的任务均不一致）' },
  ]);
});

test('a row inserted above with a 序号 of its own but no hidden id: not taken for that 序号 task', async () => {
  const { wb, ws } = await exported();
  ws.spliceRows(3, 0, [2, '新建城市书房5个', '', '2024年12月31日', '县教育局']);
  const result = await ok(await save(wb));
  assert.deepEqual(result.changes, []);
  assert.deepEqual(result.rejected, [{ row: 3, reason: '未找到对应的任务（任务内容与台账中的任务均不一致）' }]);
});

test('a row copied so that two rows name the same commitment: the second is rejected', async () => {
  const { wb, ws } = await exported();
  ws.getRow(9).values = (ws.getRow(4).values as ExcelJS.CellValue[]).slice();
  ws.getCell(9, COL.牵头单位).value = '县教育局';
  const result = await ok(await save(wb));
  assert.deepEqual(result.rejected, [{ row: 9, reason: '与第4行对应同一任务' }]);
  assert.deepEqual(result.changes, []);
});

test('a commitment no longer in the ledger (or not this report) is rejected', async () => {
  const { wb } = await exported();
  const result = await ok(await save(wb), { commitments: commitments.filter((c) => c.id !== 103) });
  assert.deepEqual(result.rejected, [{ row: 5, reason: '对应的任务已不在台账中' }]);
});

test('ids changed since the export (the report imported again): rows are found by key', async () => {
  const { wb } = await exported();
  const renumbered = commitments.map((c) => ({ ...c, id: c.id + 1000 }));
  const ws = wb.getWorksheet('任务分解表')!;
  ws.getCell(4, COL.牵头单位).value = '县教育局';
  const result = await ok(await save(wb), { commitments: renumbered });
  assert.deepEqual(result.rejected, []);
  assert.deepEqual(result.changes.map((c) => [c.row, c.commitmentId]), [[4, 1102]]);
});

test('a sheet typed by hand (no title, no hidden data, columns in another order) is matched by 任务内容', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['序号', '任务内容', '牵头单位', '责任单位', '完成 时限', '备注']);
  ws.addRow([1, '新建幼儿园3所', '县教育局', '县财政局、县住建局', '2024-09-30', '']);
  ws.addRow([2, '7月底前完成溪口大桥建设', '县交通局', '溪口镇', '2024年7月31日', '']);
  const result = await ok(await save(wb));
  assert.deepEqual(result.rejected, []);
  assert.deepEqual(result.changes, [
    { commitmentId: 102, row: 2, assignment: { leadUnitId: 2, cooperatingUnitIds: [4, 6], deadline: '2024-09-30' } },
    // compared with nothing recorded (no hidden data, no current assignments given): the whole assignment
    { commitmentId: 103, row: 3, assignment: { leadUnitId: 3, cooperatingUnitIds: [5] } },
  ]);
});

test('牵头单位 naming two units is rejected: one lead unit only', async () => {
  const { wb, ws } = await exported();
  ws.getCell(4, COL.牵头单位).value = '县教育局、县财政局';
  ws.getCell(5, COL.牵头单位).value = '县交通局、县城管局';
  const result = await ok(await save(wb));
  assert.deepEqual(result.rejected, [
    { row: 4, reason: '牵头单位只能填写一个，现为“县教育局、县财政局”' },
    { row: 5, reason: '牵头单位“县城管局”不是已登记的单位' },
  ]);
});
