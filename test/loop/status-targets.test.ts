/**
 * Status of quantified targets: dates × reports → status and reason. A pace target of 2400个 from 2025-01-01 to
 * 2025-08-29 (240 days) expects 10个 a day: 1200个 on 2025-05-01 (day 120).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertStatusRows, assignment, commitment, report, values } from './helpers.js';
import { statusOf } from '../../src/loop/status.js';

const START = '2025-01-01';
const parking = commitment({
  kind: 'target',
  text: '新增停车泊位2400个以上',
  low: 2400,
  unit: '个',
  op: 'at_least',
  deadline: '2025-08-29',
});

test('pace target: 序时进度 along a linear trajectory from the start to the deadline, amber past 10 points behind, red past 30', () => {
  assertStatusRows(parking, [
    { name: 'ahead of pace', input: { progress: values(['2025-04-28', 1500]), today: '2025-05-01', start: START }, status: 'on_track', reason: ['序时进度50%，实际完成62.5%，超前12.5个百分点（按进度应达到1200个，已报告1500个），进度正常'], fields: { expected: 1200, actual: 1500, goal: 2400 } },
    { name: 'exactly on pace', input: { progress: values(['2025-05-01', 1200]), today: '2025-05-01', start: START }, status: 'on_track', reason: '序时进度50%，实际完成50%（按进度应达到1200个，已报告1200个），进度正常' },
    { name: '10 points behind is still on track', input: { progress: values(['2025-04-28', 960]), today: '2025-05-01', start: START }, status: 'on_track', reason: ['实际完成40%，滞后10个百分点'] },
    { name: 'more than 10 points behind is at risk', input: { progress: values(['2025-04-28', 840]), today: '2025-05-01', start: START }, status: 'at_risk', reason: ['序时进度50%，实际完成35%，滞后15个百分点', '存在风险'] },
    { name: '30 points behind is at risk', input: { progress: values(['2025-04-28', 480]), today: '2025-05-01', start: START }, status: 'at_risk' },
    { name: 'more than 30 points behind is behind', input: { progress: values(['2025-04-28', 400]), today: '2025-05-01', start: START }, status: 'behind', reason: ['实际完成16.7%，滞后33.3个百分点', '进度滞后'] },
    { name: 'the latest value counts, not the best', input: { progress: values(['2025-03-20', 1500], ['2025-04-28', 400]), today: '2025-05-01', start: START }, status: 'behind', fields: { actual: 400 } },
    { name: 'reached before the deadline: done', input: { progress: values(['2025-04-10', 800], ['2025-04-30', 2450]), today: '2025-05-01', start: START }, status: 'done', reason: '已完成', fields: { doneOn: '2025-04-30', late: false } },
    { name: 'start of the trajectory: nothing expected yet', input: { progress: values(['2025-01-01', 0]), today: '2025-01-01', start: START }, status: 'on_track', fields: { expected: 0 } },
    { name: 'default start is Jan 1 of the year of today', input: { progress: values(['2025-04-28', 1500]), today: '2025-05-01' }, status: 'on_track', fields: { expected: 1200 } },
    { name: 'a later start moves the trajectory', input: { progress: values(['2025-04-28', 1000]), today: '2025-05-01', start: '2025-03-01' }, status: 'on_track' },
  ]);
});

test("the office's own 序时进度 thresholds", () => {
  const strict = { atRisk: 5, behind: 15 };
  assertStatusRows(parking, [
    { name: '7.5 points behind: amber under 5/15', input: { progress: values(['2025-04-28', 1020]), today: '2025-05-01', start: START, paceLag: strict }, status: 'at_risk' },
    { name: '7.5 points behind: green under the defaults', input: { progress: values(['2025-04-28', 1020]), today: '2025-05-01', start: START }, status: 'on_track' },
    { name: '20 points behind: red under 5/15', input: { progress: values(['2025-04-28', 720]), today: '2025-05-01', start: START, paceLag: strict }, status: 'behind' },
    { name: '20 points behind: amber under the defaults', input: { progress: values(['2025-04-28', 720]), today: '2025-05-01', start: START }, status: 'at_risk' },
  ]);
});

test('pace target around the deadline: report on the deadline day, missed, late', () => {
  assertStatusRows(parking, [
    { name: 'met on the deadline day', input: { progress: values(['2025-08-29', 2400]), today: '2025-08-29', start: START }, status: 'done', fields: { doneOn: '2025-08-29', late: false } },
    { name: 'short on the deadline day: still in time', input: { progress: values(['2025-08-29', 2300]), today: '2025-08-29', start: START }, status: 'at_risk', fields: { expected: 2400 } },
    { name: 'day after the deadline, short: missed', input: { progress: values(['2025-08-29', 2300]), today: '2025-08-30', start: START }, status: 'missed', reason: ['完成时限2025-08-29已过', '2025-08-29报告2300个', '未完成'] },
    { name: 'met on the deadline, checked later: done on time', input: { progress: values(['2025-08-29', 2400]), today: '2025-12-31', start: START }, status: 'done', fields: { late: false } },
    { name: 'met after the deadline: done late', input: { progress: values(['2025-08-29', 2300], ['2025-09-05', 2400]), today: '2025-09-10', start: START }, status: 'done', reason: '逾期完成', fields: { doneOn: '2025-09-05', late: true } },
    { name: 'past the deadline, never a figure: no data, not missed', input: { progress: [], today: '2025-09-01', start: START }, status: 'no_data', reason: ['未报告任何数值', '无从判断是否完成'] },
    { name: 'a report dated after today is ignored', input: { progress: values(['2025-04-28', 1500], ['2025-06-01', 2400]), today: '2025-05-01', start: START }, status: 'on_track', fields: { actual: 1500 } },
  ]);
});

test("the assignment's deadline overrides the commitment's", () => {
  assertStatusRows(parking, [
    {
      name: 'assignment deadline 2025-12-31 (364 days)',
      input: { assignment: assignment({ deadline: '2025-12-31' }), progress: values(['2025-04-28', 1000]), today: '2025-05-01', start: START },
      status: 'on_track',
      fields: { deadline: '2025-12-31', expected: (2400 * 120) / 364 },
    },
    {
      name: 'assignment deadline earlier than the commitment',
      input: { assignment: assignment({ deadline: '2025-04-30' }), progress: values(['2025-04-30', 2000]), today: '2025-05-01', start: START },
      status: 'missed',
    },
  ]);
});

test('custom schedule: interpolated between its points, then on to the goal at the deadline', () => {
  const schedule = [
    { date: '2025-06-30', value: 1200 },
    { date: '2025-03-31', value: 200 },
  ];
  const target = commitment({ kind: 'target', text: '新增停车泊位2400个', low: 2400, unit: '个', op: 'exact', deadline: '2025-12-31' });
  const a = assignment({ schedule });
  assertStatusRows(target, [
    { name: 'on a schedule point', input: { assignment: a, progress: values(['2025-06-30', 900]), today: '2025-06-30', start: START }, status: 'at_risk', reason: ['序时进度50%，实际完成37.5%'], fields: { expected: 1200 } },
    { name: 'between points', input: { assignment: a, progress: values(['2025-05-15', 700]), today: '2025-05-15', start: START }, status: 'on_track', fields: { expected: 200 + (1000 * 45) / 91 } },
    { name: 'before the first point, from 0 at the start', input: { assignment: a, progress: values(['2025-02-15', 120]), today: '2025-02-15', start: START }, status: 'on_track', fields: { expected: (200 * 45) / 89 } },
    { name: 'after the last point, towards the goal at the deadline', input: { assignment: a, progress: values(['2025-09-30', 1000]), today: '2025-09-30', start: START }, status: 'behind', reason: ['序时进度75%'], fields: { expected: 1800 } },
    { name: 'schedule well below linear: a slow start is on track', input: { assignment: a, progress: values(['2025-03-31', 250]), today: '2025-03-31', start: START }, status: 'on_track' },
  ]);
});

test('range and level targets: the low end; a year-to-date rate is compared with the goal itself, done only with the final figure', () => {
  const gdp = commitment({ kind: 'target', text: '地区生产总值增长8%-8.5%', indicator: 'gdp_growth', low: 8, high: 8.5, unit: '%', op: 'range', deadline: '2025-12-31' });
  assertStatusRows(gdp, [
    { name: 'above the low end mid-year: on track, not done', input: { progress: values(['2025-06-30', 8.2]), today: '2025-07-15', start: START }, status: 'on_track', reason: ['目标8%—8.5%', '2025-06-30报告8.2%', '达到目标要求'], fields: { expected: 8, goal: 8 } },
    { name: 'a little below', input: { progress: values(['2025-06-30', 7.5]), today: '2025-07-15', start: START }, status: 'at_risk', reason: '略低于目标' },
    { name: 'well below', input: { progress: values(['2025-06-30', 6.5]), today: '2025-07-15', start: START }, status: 'behind' },
    { name: 'final figure on the deadline day meets the low end', input: { progress: values(['2025-12-31', 8.1]), today: '2025-12-31', start: START }, status: 'done' },
    { name: 'final figure below: missed after the deadline', input: { progress: values(['2025-12-31', 7.9]), today: '2026-01-20', start: START }, status: 'missed' },
    { name: 'year-to-date figure meeting it, read after the deadline: done', input: { progress: values(['2025-11-30', 8.3]), today: '2026-01-20', start: START }, status: 'done' },
  ]);
});

test('baseline: the trajectory starts from it (从40%提高到45%)', () => {
  const forest = commitment({ kind: 'target', text: '森林覆盖率从40%提高到45%', low: 45, unit: '%', op: 'exact', baseline: 40, deadline: '2025-08-29' });
  assertStatusRows(forest, [
    { name: 'half way', input: { progress: values(['2025-05-01', 42.6]), today: '2025-05-01', start: START }, status: 'on_track', fields: { expected: 42.5 } },
    { name: 'reached', input: { progress: values(['2025-05-01', 45]), today: '2025-05-01', start: START }, status: 'done' },
  ]);
});

test('at most / lower is better: the latest value stays within the bound, no trajectory', () => {
  const jobless = commitment({ kind: 'target', text: '城镇登记失业率控制在4.5%以内', indicator: 'registered_unemployment', low: 4.5, unit: '%', op: 'at_most', deadline: '2025-12-31' });
  assertStatusRows(jobless, [
    { name: 'within', input: { progress: values(['2025-03-31', 4.2]), today: '2025-04-10', start: START }, status: 'on_track', reason: ['目标4.5%以内', '在目标范围内'], fields: { expected: 4.5 } },
    { name: 'at the bound is within', input: { progress: values(['2025-03-31', 4.5]), today: '2025-04-10', start: START }, status: 'on_track' },
    { name: 'just over (≤5% of the bound)', input: { progress: values(['2025-03-31', 4.7]), today: '2025-04-10', start: START }, status: 'at_risk', reason: '略超目标上限' },
    { name: 'over', input: { progress: values(['2025-03-31', 5]), today: '2025-04-10', start: START }, status: 'behind', reason: '超出目标上限' },
    { name: 'within mid-year is not yet done', input: { progress: values(['2025-06-30', 4.1]), today: '2025-07-01', start: START }, status: 'on_track' },
    { name: 'within at the end: done', input: { progress: values(['2025-12-31', 4.3]), today: '2026-01-15', start: START }, status: 'done' },
    { name: 'over at the end: missed', input: { progress: values(['2025-12-31', 4.8]), today: '2026-01-15', start: START }, status: 'missed' },
  ]);
  // An indicator whose direction is 'lower' is a bound even when the op is not at_most (CPI 3%左右).
  const cpi = commitment({ kind: 'target', text: '居民消费价格涨幅3%左右', indicator: 'cpi', low: 3, unit: '%', op: 'about', deadline: '2025-12-31' });
  assertStatusRows(cpi, [
    { name: 'cpi below', input: { progress: values(['2025-03-31', 2.1]), today: '2025-04-10', start: START }, status: 'on_track' },
    { name: 'cpi slightly above', input: { progress: values(['2025-03-31', 3.1]), today: '2025-04-10', start: START }, status: 'at_risk' },
    { name: 'cpi above', input: { progress: values(['2025-03-31', 3.5]), today: '2025-04-10', start: START }, status: 'behind' },
  ]);
});

test('no deadline: no trajectory is guessed, never missed', () => {
  const undated = commitment({ kind: 'target', text: '新增停车泊位2400个', low: 2400, unit: '个', op: 'exact' });
  assertStatusRows(undated, [
    { name: 'progress without a deadline', input: { progress: values(['2025-04-28', 300]), today: '2025-05-01', start: START }, status: 'on_track', reason: '未设完成时限', fields: { expected: undefined, actual: 300 } },
    { name: 'reached', input: { progress: values(['2026-03-10', 2400]), today: '2026-03-15', start: START }, status: 'done' },
  ]);
});

test('figures in reasons: 万 for large amounts, whole numbers for counts', () => {
  const big = commitment({ kind: 'target', text: '新增城镇就业1.2万人以上', low: 12000, unit: '人', op: 'at_least', deadline: '2025-08-29' });
  const r = statusOf({ commitment: big, progress: values(['2025-05-01', 7000]), today: '2025-05-01', start: START });
  assert.match(r.reason, /（按进度应达到6000人，已报告7000人）/);
  const r2 = statusOf({ commitment: big, progress: values(['2025-08-01', 15000]), today: '2025-08-02', start: START });
  assert.match(r2.reason, /目标1\.2万人以上，2025-08-01报告1\.5万人，已完成/);
  assert.equal(r2.label, '已完成');
});

test('a report without a value on a target gives no data, and a malformed day is an error', () => {
  const r = statusOf({ commitment: parking, progress: [report('2025-04-28', { note: '正在推进' })], today: '2025-05-01', start: START });
  assert.equal(r.status, 'no_data');
  assert.match(r.reason, /未报告数值/);
  assert.throws(() => statusOf({ commitment: parking, progress: [], today: '2025-02-30' }), RangeError);
  assert.throws(() => statusOf({ commitment: parking, progress: [], today: '2025/05/01' }), RangeError);
});

test('序时进度 figures to the precision of the goal: 亿 for large amounts, one decimal for counts', () => {
  const investment = commitment({ kind: 'target', text: '完成投资150亿元以上', low: 15_000_000_000, unit: '元', op: 'at_least', deadline: '2025-08-29' });
  const r = statusOf({ commitment: investment, progress: values(['2025-04-28', 6_000_000_000]), today: '2025-05-11', start: START });
  assert.match(r.reason, /序时进度54\.2%，实际完成40%，滞后14\.2个百分点（按进度应达到81\.3亿元，已报告60亿元）/);
  const schools = commitment({ kind: 'target', text: '新建学校3所', low: 3, unit: '所', op: 'exact', deadline: '2025-08-29' });
  assert.match(statusOf({ commitment: schools, progress: values(['2025-04-28', 1]), today: '2025-05-11', start: START }).reason, /按进度应达到1\.6所，已报告1所/);
});
