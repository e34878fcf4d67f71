/**
 * 办结 in the status engine: a unit's 已完成 is a request the office decides. 钟楼街改造7月完工: due 2025-07-31; the
 * unit reports it done on 07-20 and asks for 办结; the office decides on 07-25 (or not yet).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChangeRequest } from '../../src/ledger/model.js';
import { notReported } from '../../src/loop/lists.js';
import { reminders } from '../../src/loop/reminders.js';
import { scorecards } from '../../src/loop/scorecard.js';
import { assertStatusRows, assignment, commitment, states, UNITS, values } from './helpers.js';

const START = '2025-01-01';
const bell = commitment({ kind: 'milestone', text: '钟楼街改造7月完工', deadline: '2025-07-31' });
const schools = commitment({ kind: 'target', text: '新建学校5所', low: 5, high: 5, unit: '所', op: 'exact', deadline: '2025-12-31' });

let nextId = 1;
/** A completion request for the work finished on `completedOn`, asked that day; decided on `decidedOn` when given. */
function completion(completedOn: string, state: ChangeRequest['state'] = 'pending', decidedOn?: string, note?: string): ChangeRequest {
  return {
    id: nextId++,
    kind: 'completion',
    commitmentId: 1,
    unitId: 10,
    requestedBy: 3,
    reason: '',
    proposal: { kind: 'completion', completedOn },
    state,
    createdAt: `${completedOn}T09:00:00Z`,
    ...(decidedOn ? { decidedBy: 1, decidedAt: `${decidedOn}T09:00:00Z` } : {}),
    ...(note ? { note } : {}),
  };
}

function extension(decidedOn: string, unitId = 10, commitmentId = 1): ChangeRequest {
  return {
    id: nextId++,
    kind: 'extension',
    commitmentId,
    unitId,
    requestedBy: 3,
    reason: '征迁未完成',
    proposal: { kind: 'extension', deadline: '2025-10-31', previousDeadline: '2025-07-31' },
    state: 'approved',
    decidedBy: 1,
    createdAt: `${decidedOn}T08:00:00Z`,
    decidedAt: `${decidedOn}T09:00:00Z`,
  };
}

const done = states(['2025-06-30', 'in_progress'], ['2025-07-20', 'done']);

test('a reported 已完成 waits for the office; approved, it is done as of the day the unit reported', () => {
  assertStatusRows(bell, [
    { name: 'no request at all (a ledger from before): the reported done is done', input: { progress: done, today: '2025-07-22', start: START }, status: 'done', fields: { doneOn: '2025-07-20' } },
    { name: 'asked, not decided', input: { progress: done, requests: [completion('2025-07-20')], today: '2025-07-22', start: START }, status: 'pending_closure', reason: '2025-07-20报告已完成，2025-07-20申请办结，待督查室审核' },
    { name: 'asked, still waiting after the deadline: not overdue', input: { progress: done, requests: [completion('2025-07-20')], today: '2025-08-10', start: START }, status: 'pending_closure' },
    { name: 'approved on 07-25: done as of 07-20', input: { progress: done, requests: [completion('2025-07-20', 'approved', '2025-07-25')], today: '2025-08-10', start: START }, status: 'done', reason: '2025-07-25经督查室审核办结', fields: { doneOn: '2025-07-20', late: false } },
    { name: 'approved, replayed on a day before the decision: still waiting then', input: { progress: done, requests: [completion('2025-07-20', 'approved', '2025-07-25')], today: '2025-07-23', start: START }, status: 'pending_closure' },
    { name: 'approved, finished after the deadline: late', input: { progress: states(['2025-08-03', 'done']), requests: [completion('2025-08-03', 'approved', '2025-08-05')], today: '2025-08-10', start: START }, status: 'done', reason: '逾期完成', fields: { doneOn: '2025-08-03', late: true } },
    { name: 'returned: in progress, with the office’s note', input: { progress: done, requests: [completion('2025-07-20', 'returned', '2025-07-25', '缺少竣工验收材料')], today: '2025-07-28', start: START }, status: 'on_track', reason: ['办结申请2025-07-25被督查室退回（缺少竣工验收材料）', '最新状态：推进中'] },
    { name: 'returned, then past the deadline: overdue', input: { progress: done, requests: [completion('2025-07-20', 'returned', '2025-07-25', '缺少竣工验收材料')], today: '2025-08-05', start: START }, status: 'overdue' },
    { name: 'returned, asked again: the latest request decides', input: { progress: [...done, ...states(['2025-07-29', 'done'])], requests: [completion('2025-07-20', 'returned', '2025-07-25', '缺材料'), completion('2025-07-29')], today: '2025-07-30', start: START }, status: 'pending_closure' },
  ]);
});

test('a target: its figures still say done; a waiting request shows while they do not', () => {
  assertStatusRows(schools, [
    { name: 'figures reach the goal: done whatever the request', input: { progress: values(['2025-09-30', 5]), requests: [completion('2025-09-30')], today: '2025-10-05', start: START }, status: 'done' },
    { name: 'figures short, 办结 asked', input: { progress: values(['2025-09-30', 4]), requests: [completion('2025-09-30')], today: '2025-10-05', start: START }, status: 'pending_closure', fields: { actual: 4, goal: 5 } },
    { name: 'figures short, 办结 approved: the office’s judgement', input: { progress: values(['2025-09-30', 4]), requests: [completion('2025-09-30', 'approved', '2025-10-02')], today: '2025-10-05', start: START }, status: 'done', fields: { doneOn: '2025-09-30' } },
  ]);
});

test('extensions approved in the year are counted per lead unit and weigh on the score', () => {
  const item = (id: number, unitId: number, requests: ChangeRequest[] = []) => ({
    commitment: commitment({ id, kind: 'milestone', deadline: '2025-12-31' }),
    assignment: assignment({ commitmentId: id, leadUnitId: unitId, deadline: '2025-12-31' }),
    progress: states(['2025-03-20', 'in_progress']).map((p) => ({ ...p, commitmentId: id })),
    requests,
  });
  const cards = scorecards(
    [item(1, 10, [extension('2025-03-01'), extension('2025-04-01')]), item(2, 20), item(3, 10, [extension('2024-11-01', 10, 3), extension('2025-06-01', 10, 3)])],
    UNITS,
    '2025-04-15',
    2025,
  );
  const byUnit = new Map(cards.map((c) => [c.unitId, c]));
  // 2024's extension is another year's; 06-01's is after today
  assert.equal(byUnit.get(10)!.extensions, 2);
  assert.equal(byUnit.get(20)!.extensions, 0);
  assert.equal(Math.round((byUnit.get(20)!.score! - byUnit.get(10)!.score!) * 10) / 10, 4, 'two extensions, two points each');
});

test('an item waiting for 办结 is neither reminded of its deadline nor asked for reports', () => {
  const item = (requests: ChangeRequest[]) => ({ commitment: bell, assignment: assignment(), progress: states(['2025-06-20', 'done']), requests, start: START });
  // 07-20: the deadline 11 days ahead, no report yet in July
  const waiting = item([completion('2025-06-20')]);
  const returned = item([completion('2025-06-20', 'returned', '2025-06-25', '缺材料')]);
  assert.deepEqual(reminders([waiting], '2025-07-20').map((r) => r.kind), []);
  assert.deepEqual(notReported([waiting], '2025-07-20'), []);
  assert.deepEqual(reminders([returned], '2025-07-20').map((r) => r.kind).sort(), ['due_soon', 'not_reported']);
});
