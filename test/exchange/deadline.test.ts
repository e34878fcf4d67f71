/** 完成时限 as people type it back: the accepted forms, 年底 in the report's year, Excel date cells, and refusals. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline, readTaskSheet, taskSheet } from '../../src/exchange/index.js';
import { COL, TITLE, commitments, load, rowOf, save, taskRows, units } from '../helpers/exchange.js';

test('accepted forms', () => {
  const cases: [string, string][] = [
    ['2024年12月31日', '2024-12-31'],
    ['2024年9月5日', '2024-09-05'],
    ['2024年9月5号', '2024-09-05'],
    ['2024-12-31', '2024-12-31'],
    ['2024/12/31', '2024-12-31'],
    ['2024/8/1', '2024-08-01'],
    ['2024.6.30', '2024-06-30'],
    ['２０２４年６月３０日', '2024-06-30'],
    [' 2024年 6月30日 ', '2024-06-30'],
    ['2024年6月30日前', '2024-06-30'],
    ['2024年6月', '2024-06-30'],
    ['2024年2月底', '2024-02-29'],
    ['2024年底', '2024-12-31'],
    ['2025年年底', '2025-12-31'],
  ];
  for (const [text, day] of cases) assert.deepEqual(parseDeadline(text, undefined), { ok: true, day }, text);
});

test('年底, 年末, 9月底 take the year they are given, and are refused without one', () => {
  assert.deepEqual(parseDeadline('年底', 2024), { ok: true, day: '2024-12-31' });
  assert.deepEqual(parseDeadline('年末前', 2023), { ok: true, day: '2023-12-31' });
  assert.deepEqual(parseDeadline('9月底', 2024), { ok: true, day: '2024-09-30' });
  const refused = parseDeadline('年底', undefined);
  assert.equal(refused.ok, false);
  assert.match(!refused.ok ? refused.reason : '', /未写年份/);
});

test('refused: impossible days and what is not a date, with the text quoted', () => {
  for (const text of ['2024年2月30日', '2024-13-01', '2024/6/31', '2024年13月', '尽快', '下半年', '2024.6-30', '45']) {
    const r = parseDeadline(text, 2024);
    assert.equal(r.ok, false, text);
    assert.ok(!r.ok && r.reason.startsWith('完成时限'), text);
  }
  assert.deepEqual(parseDeadline('尽快', 2024), { ok: false, reason: '完成时限无法识别：“尽快”' });
});

test('in a sheet: 年底 in the year recorded at export, date cells, a date cell that lost its format, a stray number', async () => {
  const wb = await load(await taskSheet(taskRows(), { title: TITLE, year: 2024 }));
  const ws = wb.getWorksheet('任务分解表')!;
  ws.getCell(rowOf(ws, 106), COL.完成时限).value = '年底'; // 106 has no deadline of its own: the sheet's year
  const dated = ws.getCell(rowOf(ws, 102), COL.完成时限);
  dated.value = new Date(Date.UTC(2024, 8, 30));
  dated.style = { ...dated.style, numFmt: 'yyyy-mm-dd' }; // its own style: exceljs shares loaded style objects
  const early = ws.getCell(rowOf(ws, 101), COL.完成时限);
  early.value = new Date(Date.UTC(1900, 0, 12));
  early.style = { ...early.style, numFmt: 'yyyy-mm-dd' };
  ws.getCell(rowOf(ws, 103), COL.完成时限).value = 45535; // 2024-08-31 as a serial, its date format lost
  ws.getCell(rowOf(ws, 105), COL.完成时限).value = 12;
  const result = await readTaskSheet(await save(wb), { commitments, units });
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.deepEqual(result.changes.map((c) => [c.commitmentId, c.assignment?.deadline]), [
    [102, '2024-09-30'],
    [103, '2024-08-31'],
    [106, '2024-12-31'],
  ]);
  assert.deepEqual(result.rejected, [
    { row: 3, reason: '完成时限不是有效日期：1900-01-12' },
    { row: 7, reason: '完成时限无法识别：“12”' },
  ]);
});

test('年底 for a sheet without a recorded year: the context year, else the year of the commitment deadline', async () => {
  const wb = await load(await taskSheet(taskRows(), { title: TITLE }));
  const ws = wb.getWorksheet('任务分解表')!;
  ws.getCell(rowOf(ws, 104), COL.完成时限).value = '年底'; // 104 is due 2024-12-31, assigned to 2024-11-30
  ws.getCell(rowOf(ws, 106), COL.完成时限).value = '年底'; // no deadline anywhere
  const buffer = await save(wb);
  const without = await readTaskSheet(buffer, { commitments, units });
  // 104: the year of its own deadline
  assert.deepEqual(without.ok && without.changes.map((c) => [c.commitmentId, c.assignment?.deadline]), [[104, '2024-12-31']]);
  assert.deepEqual(without.ok && without.rejected, [{ row: 8, reason: '完成时限“年底”未写年份，且无法确定任务所属年份' }]);
  const withYear = await readTaskSheet(buffer, { commitments, units, year: 2024 });
  assert.deepEqual(withYear.ok && withYear.changes.map((c) => [c.commitmentId, c.assignment?.deadline]), [[104, '2024-12-31'], [106, '2024-12-31']]);
});
