/** 督责 lists on the fixture ledger (test/loop/ledger-fixture.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueThisCycle, late, notReported } from '../../src/loop/lists.js';
import { statusOf } from '../../src/loop/status.js';
import { LEDGER, TODAY } from './ledger-fixture.js';

const ids = (list: { commitmentId: number }[]) => list.map((e) => e.commitmentId);

test('due this cycle: deadline in the current month, done or not, rejected excluded, by deadline', () => {
  const due = dueThisCycle(LEDGER, TODAY);
  assert.deepEqual(ids(due), [8, 7, 1]);
  assert.deepEqual(due.map((e) => e.status.status), ['done', 'no_data', 'on_track']);
  assert.equal(due[1].unitId, undefined, 'an unassigned item is listed for the office');
  assert.equal(due[2].title, '钟楼街改造7月完工');
  // Quarterly: Q3 (Jul–Sep) has the same items; weekly (Jul 14–20): none.
  assert.deepEqual(ids(dueThisCycle(LEDGER, TODAY, 'quarterly')), [8, 7, 1]);
  assert.deepEqual(ids(dueThisCycle(LEDGER, TODAY, 'weekly')), []);
  // The rejected item (due 07-15) would be listed were it not rejected.
  assert.deepEqual(ids(dueThisCycle(LEDGER.map((i) => ({ ...i, commitment: { ...i.commitment, reviewState: 'confirmed' as const } })), TODAY)), [8, 5, 7, 1]);
  // A stale item (gone from the latest import) is not listed either.
  assert.deepEqual(ids(dueThisCycle(LEDGER.map((i) => (i.commitment.id === 7 ? { ...i, commitment: { ...i.commitment, stale: true } } : i)), TODAY)), [8, 1]);
});

test('late: overdue milestones and missed targets, most overdue first', () => {
  const list = late(LEDGER, TODAY);
  assert.deepEqual(ids(list), [3, 4]);
  assert.deepEqual(list.map((e) => [e.status.status, e.daysLate, e.unitId]), [['overdue', 20, 20], ['missed', 20, 30]]);
  assert.deepEqual(ids(late(LEDGER, '2025-08-05')), [3, 4, 7, 1]);
  // nothing reported by the deadline: listed for the office to ask, as no data, not as a failure
  assert.equal(late(LEDGER, '2025-08-05').find((e) => e.commitmentId === 7)?.status.status, 'no_data');
});

test('not reported this cycle, by unit: confirmed lead units, items still owing reports', () => {
  assert.deepEqual(
    notReported(LEDGER, TODAY).map((g) => [g.unitId, ids(g.items)]),
    [[10, [1]], [30, [10]]],
  );
  // On Aug 1 nobody has reported for August yet: every item still owing reports is listed, most first.
  assert.deepEqual(
    notReported(LEDGER, '2025-08-01').map((g) => [g.unitId, ids(g.items)]),
    [[20, [3, 2]], [10, [1]], [30, [10]]],
  );
});

test('a precomputed status is used as given', () => {
  const withStatus = LEDGER.map((i) => ({ ...i, status: statusOf({ ...i, today: TODAY }) }));
  assert.deepEqual(ids(late(withStatus, TODAY)), [3, 4]);
  const forced = LEDGER.map((i) => (i.commitment.id === 2 ? { ...i, status: { ...statusOf({ ...i, today: TODAY }), status: 'missed' as const, deadline: '2025-07-01' } } : i));
  assert.deepEqual(ids(late(forced, TODAY)), [3, 4, 2]);
});
