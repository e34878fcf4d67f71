/**
 * Scorecards and the year-end evaluation (year 2025, evaluated 2026-01-10, quarterly reporting so every owed
 * report can be counted by hand):
 * 10 住建: a1 milestone due 06-30 done 06-20 (Q1, Q2 reported); a2 target 1000个 reached 12-31 (4 quarters)
 *          → completion 1, on time 1, reporting 6/6 → 100 优秀
 * 20 交通: b1 milestone due 09-30 done 10-20, nothing in Q3 (3/4); b2 task done 12-10, Q2 report entered
 *          07-20, after the 07-05 close (3/4); b3 target due 2027 (4/4, not due this year)
 *          → completion 2/2, on time 1/2, reporting 10/12 → 40 + 15 + 25 = 80 良好
 * 30 人社: d1 unemployment 4.5%以内 ends at 5.1 → missed (4/4); d2 milestone due 10-31 reported only in Q2 →
 *          overdue (1/4); d3 rejected → completion 0, on time 0, reporting 5/8, 2 overdue
 *          → 30 × 0.625 − 10 = 8.75 → 8.8 不合格
 * 50 城管: e1 like a1 → 100, shares rank 1 with 住建
 * 40: an unconfirmed assignment → no card.
 * Undated items are held to Dec 31 of the year in scorecards (f2 below, in a test of its own).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Commitment, ProgressReport, Unit } from '../../src/ledger/model.js';
import type { LoopItem } from '../../src/loop/items.js';
import { evaluationCsv, evaluationTable, gradeOf, scoreOf, scorecards } from '../../src/loop/scorecard.js';
import { assignment, commitment, report, UNITS } from './helpers.js';

const units: Unit[] = [...UNITS, { id: 50, name: '市城市管理局', aliases: [] }];
const EVAL_DAY = '2026-01-10';

let id = 100;
function item(unit: number, c: Partial<Commitment>, progress: ProgressReport[], confirmed = true): LoopItem {
  const cid = id++;
  return {
    commitment: commitment({ id: cid, ...c }),
    assignment: assignment({ commitmentId: cid, leadUnitId: unit, confirmed }),
    progress: progress.map((p) => ({ ...p, commitmentId: cid })),
  };
}
const st = (day: string, state: ProgressReport['state'], createdAt?: string) => report(day, createdAt ? { state, createdAt } : { state });
const val = (day: string, value: number) => report(day, { value });

const ITEMS: LoopItem[] = [
  item(10, { kind: 'milestone', text: 'a1', deadline: '2025-06-30' }, [st('2025-03-20', 'in_progress'), st('2025-06-20', 'done')]),
  item(10, { kind: 'target', text: 'a2', low: 1000, unit: '个', op: 'exact', deadline: '2025-12-31' }, [val('2025-03-31', 300), val('2025-06-30', 600), val('2025-09-30', 800), val('2025-12-31', 1000)]),
  item(20, { kind: 'milestone', text: 'b1', deadline: '2025-09-30' }, [st('2025-03-15', 'in_progress'), st('2025-06-15', 'in_progress'), st('2025-10-20', 'done')]),
  item(20, { kind: 'task', text: 'b2', deadline: '2025-12-31' }, [st('2025-03-10', 'in_progress'), st('2025-06-10', 'in_progress', '2025-07-20T09:00:00+08:00'), st('2025-09-10', 'in_progress'), st('2025-12-10', 'done')]),
  item(20, { kind: 'target', text: 'b3', low: 2000, unit: '个', op: 'exact', deadline: '2027-12-31' }, [val('2025-03-31', 100), val('2025-06-30', 200), val('2025-09-30', 300), val('2025-12-31', 400)]),
  item(30, { kind: 'target', text: 'd1', indicator: 'registered_unemployment', low: 4.5, unit: '%', op: 'at_most', deadline: '2025-12-31' }, [val('2025-03-31', 4.6), val('2025-06-30', 4.9), val('2025-09-30', 5), val('2025-12-31', 5.1)]),
  item(30, { kind: 'milestone', text: 'd2', deadline: '2025-10-31' }, [st('2025-04-10', 'in_progress')]),
  item(30, { kind: 'milestone', text: 'd3', deadline: '2025-05-31', reviewState: 'rejected' }, []),
  item(50, { kind: 'milestone', text: 'e1', deadline: '2025-06-30' }, [st('2025-03-20', 'in_progress'), st('2025-06-20', 'done')]),
  item(40, { kind: 'task', text: 'f1', deadline: '2025-06-30' }, [], false),
];

test('scorecards at year end: counts, rates, score, grade, rank', () => {
  const cards = scorecards(ITEMS, units, EVAL_DAY, 2025, 'quarterly');
  const pick = (c: (typeof cards)[number]) => [c.unitId, c.assigned, c.dueInYear, c.done, c.dueSoFar, c.onTime, c.overdue, c.reportsTimely, c.reportsOwed, c.score, c.grade, c.rank];
  assert.deepEqual(cards.map(pick), [
    [10, 2, 2, 2, 2, 2, 0, 6, 6, 100, '优秀', 1],
    [50, 1, 1, 1, 1, 1, 0, 2, 2, 100, '优秀', 1],
    [20, 3, 2, 2, 2, 1, 0, 10, 12, 80, '良好', 3],
    [30, 2, 2, 0, 2, 0, 2, 5, 8, 8.8, '不合格', 4],
  ]);
  const jt = cards.find((c) => c.unitId === 20)!;
  assert.equal(jt.unitName, '市交通运输局');
  assert.equal(jt.completionRate, 1);
  assert.equal(jt.onTimeRate, 0.5);
  assert.ok(Math.abs(jt.reportingTimeliness! - 10 / 12) < 1e-12);
  assert.deepEqual(cards.find((c) => c.unitId === 30)!.overdueIds, [ITEMS[5].commitment.id, ITEMS[6].commitment.id]);
});

test('mid-year: only what is due so far counts for on time; open cycles are not owed yet', () => {
  const cards = scorecards(ITEMS, units, '2025-07-01', 2025, 'quarterly');
  const zj = cards.find((c) => c.unitId === 10)!;
  assert.deepEqual([zj.dueSoFar, zj.onTime, zj.done, zj.dueInYear, zj.reportsTimely, zj.reportsOwed], [1, 1, 1, 2, 4, 4]);
  assert.equal(zj.completionRate, 1, 'a2 is not due yet: it does not lower completion');
  // 人社 on 2025-07-01: nothing due yet, d2's Q1 was owed and missed, Q2 reported; d1 Q1 and Q2 reported.
  const rs = cards.find((c) => c.unitId === 30)!;
  assert.deepEqual([rs.dueSoFar, rs.completionRate, rs.onTimeRate, rs.reportsTimely, rs.reportsOwed, rs.overdue], [0, undefined, undefined, 3, 4, 0]);
  assert.deepEqual([rs.score, rs.grade], [75, '合格'], 'reporting alone has a basis');
});

test('score: weights 40/30/30, renormalised over rates with a basis, 5 points per overdue item up to 20', () => {
  assert.equal(scoreOf({ completionRate: 1, onTimeRate: 1, reportingTimeliness: 1, overdue: 0 }), 100);
  assert.equal(scoreOf({ completionRate: 1, onTimeRate: 1, reportingTimeliness: 1, overdue: 2 }), 90);
  assert.equal(scoreOf({ completionRate: 1, onTimeRate: 1, reportingTimeliness: 1, overdue: 10 }), 80, 'penalty capped at 20');
  assert.equal(scoreOf({ completionRate: 0.5, overdue: 0 }), 50, 'only completion has a basis');
  assert.equal(scoreOf({ completionRate: 1, reportingTimeliness: 0.3, overdue: 0 }), 70);
  assert.equal(scoreOf({ completionRate: 0, onTimeRate: 0, reportingTimeliness: 0, overdue: 3 }), 0, 'never below 0');
  assert.equal(scoreOf({ overdue: 1 }), undefined);
});

test('grades: 优秀 ≥ 90 (not with an overdue item), 良好 ≥ 80, 合格 ≥ 60, else 不合格', () => {
  const rows: [number, number, string][] = [
    [100, 0, '优秀'], [90, 0, '优秀'], [95, 1, '良好'], [89.9, 0, '良好'], [80, 0, '良好'], [79.9, 0, '合格'], [60, 3, '合格'], [59.9, 0, '不合格'], [0, 0, '不合格'],
  ];
  for (const [score, overdue, grade] of rows) assert.equal(gradeOf(score, overdue), grade, `${score}, ${overdue} overdue`);
});

test('year-end evaluation table and its CSV', () => {
  const cards = scorecards(ITEMS, units, EVAL_DAY, 2025, 'quarterly');
  const table = evaluationTable(cards);
  assert.deepEqual(table.headers, ['排名', '单位', '承担事项', '年内应完成', '已完成', '完成率', '按时完成率', '逾期未完成', '延期次数', '报送及时率', '得分', '等级']);
  assert.deepEqual(table.rows[2], ['3', '市交通运输局', '3', '2', '2', '100.0%', '50.0%', '0', '0', '83.3%', '80.0', '良好']);
  assert.deepEqual(table.rows[3].slice(-2), ['8.8', '不合格']);
  const csv = evaluationCsv(cards);
  assert.ok(csv.startsWith('\uFEFF排名,单位,承担事项'));
  assert.equal(csv.split('\r\n').length, 6);
  // A unit with nothing due and nothing owed yet is listed without a score or rank.
  const early = scorecards([ITEMS[1]], units, '2025-01-15', 2025, 'quarterly');
  assert.deepEqual(evaluationTable(early).rows[0], ['—', '市住房城乡建设局', '1', '1', '0', '—', '—', '0', '0', '—', '—', '暂不评定']);
});

test('an undated item is held to Dec 31 of the year; a multi-year item is not due this year', () => {
  const undated = [
    item(20, { kind: 'task', text: 'f2' }, [st('2025-03-10', 'in_progress'), st('2025-06-10', 'in_progress'), st('2025-09-10', 'in_progress'), st('2025-12-10', 'in_progress')]),
    item(20, { kind: 'task', text: 'f3' }, [st('2025-03-10', 'in_progress'), st('2025-06-10', 'done')]),
  ];
  const [mid] = scorecards(undated, units, '2025-07-01', 2025, 'quarterly');
  assert.deepEqual([mid.dueInYear, mid.dueSoFar, mid.done, mid.completionRate, mid.onTimeRate, mid.overdue], [2, 0, 1, 1, undefined, 0]);
  const [end] = scorecards(undated, units, EVAL_DAY, 2025, 'quarterly');
  assert.deepEqual([end.dueInYear, end.dueSoFar, end.done, end.completionRate, end.onTime, end.overdue], [2, 2, 1, 0.5, 1, 0]);
});

test('reports are owed from when the unit was confirmed, not from the report’s date', () => {
  // monthly reporting, report dated 2025-01-15; the unit confirmed on 2025-09-20 and reporting that day on each item
  const late = (c: Partial<Commitment>): LoopItem => {
    const cid = id++;
    return {
      commitment: commitment({ id: cid, ...c }),
      assignment: assignment({ commitmentId: cid, leadUnitId: 60, confirmed: true, confirmedAt: '2025-09-20T02:00:00.000Z' }),
      progress: [{ ...st('2025-09-20', 'in_progress'), commitmentId: cid }],
      start: '2025-01-15',
    };
  };
  const items = [late({ kind: 'milestone', text: 'g1', deadline: '2025-12-31' }), late({ kind: 'task', text: 'g2', deadline: '2025-12-31' })];
  const [card] = scorecards(items, [...units, { id: 60, name: '县数据局', aliases: [] }], '2025-09-25', 2025, 'monthly');
  assert.equal(card!.reportsOwed, 2, 'September, once for each item, reported already');
  assert.equal(card!.reportingTimeliness, 1);
  assert.notEqual(card!.grade, '不合格');
  // the same unit confirmed with the report owes from the report's first cycle on, and has missed months
  const early = items.map((i) => ({ ...i, assignment: { ...i.assignment!, confirmedAt: '2025-01-16T02:00:00.000Z' } }));
  const [behind] = scorecards(early, [...units, { id: 60, name: '县数据局', aliases: [] }], '2025-09-25', 2025, 'monthly');
  assert.ok(behind!.reportsOwed > 2 && behind!.reportingTimeliness! < 0.5, JSON.stringify(behind));
});
