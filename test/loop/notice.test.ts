/**
 * The 督查通报's content for a period: items counted as 已完成 / 序时推进 / 滞后 / 未报送 now and at the end of the
 * period before, the lagging items gravest first with their units, the units that did not report, the ranking.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { supervisionNotice } from '../../src/loop/index.js';
import type { LoopItem } from '../../src/loop/index.js';
import { assignment, commitment, states, UNITS, values } from './helpers.js';

const START = '2025-01-01';
const item = (id: number, unit: number, over: Partial<LoopItem> & Pick<LoopItem, 'progress'>, c: Parameters<typeof commitment>[0]): LoopItem => ({
  commitment: commitment({ id, ...c }),
  assignment: assignment({ commitmentId: id, leadUnitId: unit }),
  start: START,
  ...over,
});

/** As of 2025-06-30 (the period before ends 2025-05-31). */
const ITEMS: LoopItem[] = [
  // done in June; in progress in May
  item(1, 10, { progress: states(['2025-05-20', 'in_progress'], ['2025-06-10', 'done']) }, { kind: 'task', text: '完善城市更新工作机制' }),
  // a pace target: 20.8% done against 41.2% gone in May (amber), 50% against 49.5% in June
  item(2, 10, { progress: values(['2025-05-28', 500], ['2025-06-25', 1200]) }, { kind: 'target', text: '新增停车泊位2400个', low: 2400, unit: '个', op: 'exact', deadline: '2025-12-31' }),
  // due 15 June, still in progress: overdue now, on track in May
  item(3, 20, { progress: states(['2025-05-10', 'in_progress'], ['2025-06-05', 'in_progress']) }, { kind: 'milestone', text: '建成城区公交换乘中心', deadline: '2025-06-15' }),
  // never reported
  item(4, 20, { progress: [] }, { kind: 'task', text: '推进农村公路提质改造' }),
  // first reported in June, far behind its 序时进度
  item(5, 30, { progress: values(['2025-06-20', 10]) }, { kind: 'target', text: '新增就业见习岗位100个', low: 100, unit: '个', op: 'at_least', deadline: '2025-12-31' }),
  // an achievement under review is not counted
  item(6, 30, { progress: [] }, { kind: 'achievement', text: '城镇新增就业1.2万人' }),
];

test('tallies now and at the end of the period before', () => {
  const notice = supervisionNotice(ITEMS, UNITS, { asOf: '2025-06-30' });
  assert.equal(notice.previousAsOf, '2025-05-31');
  assert.deepEqual(notice.current, { total: 5, counts: { done: 1, on_pace: 1, lagging: 2, not_reported: 1 } });
  assert.deepEqual(notice.previous, { total: 5, counts: { done: 0, on_pace: 2, lagging: 1, not_reported: 2 } });
});

test('lagging items gravest first, with their lead unit; the units that did not report; the ranking', () => {
  const notice = supervisionNotice(ITEMS, UNITS, { asOf: '2025-06-30' });
  assert.deepEqual(
    notice.lagging.map((e) => [e.commitmentId, e.status.status, e.unitName]),
    [
      [3, 'overdue', '市交通运输局'],
      [5, 'behind', '市人力资源社会保障局'],
    ],
  );
  assert.match(notice.lagging[1]!.status.reason, /序时进度49\.5%，实际完成10%，滞后39\.5个百分点/);
  assert.deepEqual(notice.notReported, [{ unitId: 20, unitName: '市交通运输局', items: 1 }]);
  assert.deepEqual(new Set(notice.ranking.map((c) => c.unitName)), new Set(UNITS.map((u) => u.name)));
  const ranks = notice.ranking.map((c) => c.rank!);
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
});

test('a quarter: compared with the quarter before', () => {
  const notice = supervisionNotice(ITEMS, UNITS, { asOf: '2025-06-30', cycle: 'quarterly' });
  assert.equal(notice.previousAsOf, '2025-03-31');
  assert.equal(notice.current.total, 5);
});
