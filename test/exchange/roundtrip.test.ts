/**
 * Round trip: export the 任务分解表, edit it as people do (an alias for a unit, a new deadline, rows moved,
 * an unknown unit, a broken date, an Excel date cell, a rewritten task), read it back: the changes, and the
 * rejected rows with the row numbers Excel shows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTaskSheet, taskSheet } from '../../src/exchange/index.js';
import { COL, TITLE, assignments, commitments, load, permute, rowOf, save, taskRows, units } from '../helpers/exchange.js';

async function edited(): Promise<Buffer> {
  const wb = await load(await taskSheet(taskRows(), { title: TITLE, year: 2024 }));
  const ws = wb.getWorksheet('任务分解表')!;
  // Rows moved whole (the hidden id column with them): 106, 105, 101, 104, 102, 103.
  permute(ws, [8, 7, 3, 6, 4, 5]);
  // 102: 牵头单位 given by an alias, a leader added.
  ws.getCell(rowOf(ws, 102), COL.牵头单位).value = '教育局';
  ws.getCell(rowOf(ws, 102), COL.责任领导).value = '王副县长';
  // 103: a later deadline, typed with slashes.
  ws.getCell(rowOf(ws, 103), COL.完成时限).value = '2024/8/31';
  // 104: an unknown unit among the cooperating ones.
  ws.getCell(rowOf(ws, 104), COL.责任单位).value = '县发改局、县旅游局';
  // 105: a date that does not exist.
  ws.getCell(rowOf(ws, 105), COL.完成时限).value = '2024年13月5日';
  // 106: assigned for the first time, its deadline an Excel date cell, cooperating units separated by ，and /.
  ws.getCell(rowOf(ws, 106), COL.牵头单位).value = '县住建局';
  ws.getCell(rowOf(ws, 106), COL.责任单位).value = '县财政局，溪口镇/县发展和改革局';
  ws.getCell(rowOf(ws, 106), COL.完成时限).value = new Date(Date.UTC(2024, 9, 31));
  // (a style of its own: exceljs shares loaded style objects between cells)
  ws.getCell(rowOf(ws, 106), COL.完成时限).style = { ...ws.getCell(rowOf(ws, 106), COL.完成时限).style, numFmt: 'yyyy"年"m"月"d"日"' };
  // 101: the task rewritten (a correction), its deadline written as 年底 (the same day: no change).
  ws.getCell(rowOf(ws, 101), COL.任务内容).value = '全县地区生产总值增长8%—8.5%，力争更好';
  ws.getCell(rowOf(ws, 101), COL.完成时限).value = '年底';
  return save(wb);
}

test('an unedited export reads back with no changes and nothing rejected', async () => {
  const result = await readTaskSheet(await taskSheet(taskRows(), { title: TITLE, year: 2024 }), { commitments, units });
  assert.deepEqual(result, { ok: true, changes: [], rejected: [] });
});

test('edited sheet: assignments and corrections, each on its commitment though rows were moved', async () => {
  const result = await readTaskSheet(await edited(), { commitments, units });
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(result.changes, [
    // row 3 is now 106
    {
      commitmentId: 106, row: 3, version: 3,
      assignment: { leadUnitId: 6, cooperatingUnitIds: [4, 5, 1], deadline: '2024-10-31' },
    },
    // row 5 is now 101
    { commitmentId: 101, row: 5, version: 3, assignmentVersion: 2, correction: { text: '全县地区生产总值增长8%—8.5%，力争更好' } },
    // row 7 is now 102
    {
      commitmentId: 102, row: 7, version: 3, assignmentVersion: 1,
      assignment: { leadUnitId: 2, cooperatingUnitIds: [], leader: '王副县长' },
    },
    // row 8 is now 103: the leader and units as they were, the new deadline
    {
      commitmentId: 103, row: 8, version: 3, assignmentVersion: 5,
      assignment: { leadUnitId: 3, cooperatingUnitIds: [5], leader: '张副县长', deadline: '2024-08-31' },
    },
  ]);
  assert.deepEqual(result.rejected, [
    { row: 4, reason: '完成时限不是有效日期：“2024年13月5日”' },
    { row: 6, reason: '责任单位“县旅游局”不是已登记的单位' },
  ]);
});

test('with the current assignments given, the same changes (none of them is already in the ledger)', async () => {
  const buffer = await edited();
  const fromSheet = await readTaskSheet(buffer, { commitments, units });
  const fromLedger = await readTaskSheet(buffer, { commitments, units, assignments });
  assert.deepEqual(fromLedger, fromSheet);
});

test('importing the same sheet again after its changes were applied gives no assignment changes', async () => {
  const buffer = await edited();
  const first = await readTaskSheet(buffer, { commitments, units });
  assert.ok(first.ok);
  if (!first.ok) return;
  const applied = first.changes.filter((c) => c.assignment).map((c) => ({ commitmentId: c.commitmentId, ...c.assignment!, confirmed: true, version: 9 }));
  const now = [...assignments.filter((a) => !applied.some((b) => b.commitmentId === a.commitmentId)), ...applied];
  const again = await readTaskSheet(buffer, { commitments, units, assignments: now });
  assert.ok(again.ok);
  if (!again.ok) return;
  assert.deepEqual(again.changes.map((c) => [c.commitmentId, Boolean(c.assignment)]), [[101, false]]);
});

test('a row nobody touched does not undo a change made in the ledger since the export', async () => {
  const buffer = await taskSheet(taskRows(), { title: TITLE, year: 2024 });
  const moved = assignments.map((a) => (a.commitmentId === 101 ? { ...a, leadUnitId: 6, version: 3 } : a));
  const result = await readTaskSheet(buffer, { commitments, units, assignments: moved });
  assert.deepEqual(result, { ok: true, changes: [], rejected: [] });
});

test('a sheet edited against a ledger changed since: the version it was exported at goes with the change', async () => {
  const wb = await load(await taskSheet(taskRows(), { title: TITLE, year: 2024 }));
  const ws = wb.getWorksheet('任务分解表')!;
  ws.getCell(rowOf(ws, 101), COL.责任领导).value = '赵县长';
  const moved = assignments.map((a) => (a.commitmentId === 101 ? { ...a, leadUnitId: 6, version: 3 } : a));
  const result = await readTaskSheet(await save(wb), { commitments, units, assignments: moved });
  assert.ok(result.ok);
  if (!result.ok) return;
  // storage refuses version 2 (it is at 3): the conflict surfaces instead of silently reverting 牵头单位
  assert.deepEqual(result.changes, [
    { commitmentId: 101, row: 3, version: 3, assignmentVersion: 2, assignment: { leadUnitId: 1, cooperatingUnitIds: [4], leader: '赵县长' } },
  ]);
});
