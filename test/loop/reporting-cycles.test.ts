/**
 * Each item's own reporting cycle: the period a report is owed for on a day, its window and due day (每月5日前报上月进展:
 * May's report is one dated 6 May – 5 June), and what the loop makes of it — no data, not reported, reminders — with
 * the assignment's cycle over the office's default, and the API's override over both.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodOf, previousPeriod, periodsBetween, type CycleInForce } from '../../src/loop/dates.js';
import { cycleInForce, firstReportDue } from '../../src/loop/reporting.js';
import { notReported } from '../../src/loop/lists.js';
import { reminders } from '../../src/loop/reminders.js';
import { statusFor, type LoopItem } from '../../src/loop/items.js';
import { reportingRecord } from '../../src/loop/scorecard.js';
import { statusChangesOn } from '../../src/loop/status-turns.js';
import { assertStatusRows, assignment, commitment, report, states } from './helpers.js';

const monthly5: CycleInForce = { kind: 'monthly', dueDay: 5 };
const quarterly10: CycleInForce = { kind: 'quarterly', dueDay: 10 };
const once: CycleInForce = { kind: 'once', dueOn: '2025-09-30' };

test('the period owed on a day: what it covers, the window its reports are dated in, its due day', () => {
  const rows: { cycle: CycleInForce; day: string; covers: [string, string]; window: [string, string]; due: string }[] = [
    { cycle: monthly5, day: '2025-06-03', covers: ['2025-05-01', '2025-05-31'], window: ['2025-05-06', '2025-06-05'], due: '2025-06-05' },
    { cycle: monthly5, day: '2025-06-05', covers: ['2025-05-01', '2025-05-31'], window: ['2025-05-06', '2025-06-05'], due: '2025-06-05' },
    { cycle: monthly5, day: '2025-06-06', covers: ['2025-06-01', '2025-06-30'], window: ['2025-06-06', '2025-07-05'], due: '2025-07-05' },
    { cycle: monthly5, day: '2025-01-02', covers: ['2024-12-01', '2024-12-31'], window: ['2024-12-06', '2025-01-05'], due: '2025-01-05' },
    { cycle: { kind: 'monthly', dueDay: 0 }, day: '2025-06-03', covers: ['2025-06-01', '2025-06-30'], window: ['2025-06-01', '2025-06-30'], due: '2025-06-30' },
    { cycle: { kind: 'monthly', dueDay: 28 }, day: '2025-02-28', covers: ['2025-01-01', '2025-01-31'], window: ['2025-01-29', '2025-02-28'], due: '2025-02-28' },
    { cycle: quarterly10, day: '2025-07-08', covers: ['2025-04-01', '2025-06-30'], window: ['2025-04-11', '2025-07-10'], due: '2025-07-10' },
    { cycle: quarterly10, day: '2025-07-11', covers: ['2025-07-01', '2025-09-30'], window: ['2025-07-11', '2025-10-10'], due: '2025-10-10' },
    { cycle: once, day: '2025-03-01', covers: ['0001-01-01', '2025-09-30'], window: ['0001-01-01', '9999-12-31'], due: '2025-09-30' },
  ];
  for (const r of rows) {
    const p = periodOf(r.day, r.cycle);
    assert.deepEqual([[p.covers.start, p.covers.end], [p.window.start, p.window.end], p.due], [r.covers, r.window, r.due], `${JSON.stringify(r.cycle)} on ${r.day}`);
  }
  assert.equal(previousPeriod('2025-06-03', monthly5).due, '2025-05-05');
  assert.equal(previousPeriod('2025-07-08', quarterly10).due, '2025-04-10');
  assert.deepEqual(periodsBetween('2025-05-10', '2025-07-06', monthly5).map((p) => p.due), ['2025-06-05', '2025-07-05', '2025-08-05']);
  assert.deepEqual(periodsBetween('2025-01-01', '2025-12-31', once).map((p) => p.due), ['2025-09-30']);
  assert.deepEqual(periodsBetween('2025-10-01', '2025-12-31', once), []);
});

test('the first report is due at the end of the window owed 30 days after the start', () => {
  assert.equal(firstReportDue('2025-01-01', monthly5), '2025-02-05');
  assert.equal(firstReportDue('2025-01-01', { kind: 'monthly', dueDay: 0 }), '2025-01-31');
  assert.equal(firstReportDue('2025-01-01', quarterly10), '2025-04-10');
  assert.equal(firstReportDue('2025-01-01', once), '2025-09-30');
});

test('the cycle in force: the override asked for, else the assignment’s, else the office’s default, else monthly by month end', () => {
  const own = assignment({ reportingCycle: { kind: 'quarterly', dueDay: 10 } });
  assert.deepEqual(cycleInForce({ cycle: 'weekly', assignment: own, defaultCycle: monthly5 }), { kind: 'weekly', dueDay: 0 });
  assert.deepEqual(cycleInForce({ assignment: own, defaultCycle: monthly5 }), quarterly10);
  assert.deepEqual(cycleInForce({ assignment: assignment(), defaultCycle: monthly5 }), monthly5);
  assert.deepEqual(cycleInForce({}), { kind: 'monthly', dueDay: 0 });
});

const task = commitment({ kind: 'task', text: '推进老旧小区改造', deadline: '2025-12-31' });
const withCycle = (reportingCycle: CycleInForce) => assignment({ reportingCycle: reportingCycle as never });

test('no data under an item’s own cycle: missing only once its due day has passed', () => {
  assertStatusRows(task, [
    { name: 'monthly by the 5th: April reported 3 May, on 5 June May’s report is still in time', input: { assignment: withCycle(monthly5), progress: states(['2025-05-03', 'in_progress']), today: '2025-06-05', start: '2025-01-01' }, status: 'on_track' },
    { name: 'monthly by the 5th: on 6 June May’s report is missing', input: { assignment: withCycle(monthly5), progress: states(['2025-05-03', 'in_progress']), today: '2025-06-06', start: '2025-01-01' }, status: 'no_data', reason: '本月及上月均未报送进展' },
    { name: 'the same reports by month end: missing from 1 June', input: { progress: states(['2025-04-20', 'in_progress']), today: '2025-06-01', start: '2025-01-01' }, status: 'no_data' },
    { name: 'the office’s default applies without the assignment’s own', input: { defaultCycle: monthly5, progress: states(['2025-05-03', 'in_progress']), today: '2025-06-05', start: '2025-01-01' }, status: 'on_track' },
    { name: 'quarterly by the 10th: Q1 reported 8 April, current until 10 July', input: { assignment: withCycle(quarterly10), progress: states(['2025-04-08', 'in_progress']), today: '2025-07-10', start: '2025-01-01' }, status: 'on_track' },
    { name: 'quarterly by the 10th: 11 July, Q2 missing', input: { assignment: withCycle(quarterly10), progress: states(['2025-04-08', 'in_progress']), today: '2025-07-11', start: '2025-01-01' }, status: 'no_data' },
    { name: 'once: never reported, before its day', input: { assignment: withCycle(once), progress: [], today: '2025-09-30', start: '2025-01-01' }, status: 'on_track', reason: '2025-09-30' },
    { name: 'once: never reported, after its day', input: { assignment: withCycle(once), progress: [], today: '2025-10-01', start: '2025-01-01' }, status: 'no_data' },
    { name: 'once: one report keeps it current', input: { assignment: withCycle(once), progress: states(['2025-02-01', 'in_progress']), today: '2025-11-20', start: '2025-01-01' }, status: 'on_track' },
  ]);
});

const item = (reportingCycle: CycleInForce | undefined, progress: LoopItem['progress'], defaultCycle?: CycleInForce): LoopItem => ({
  commitment: task,
  assignment: assignment(reportingCycle ? { reportingCycle: reportingCycle as never } : {}),
  progress,
  start: '2025-01-01',
  ...(defaultCycle ? { defaultCycle } : {}),
});

test('not reported and its reminder: the period owed by each item’s cycle, due on its due day', () => {
  const rows: { name: string; item: LoopItem; today: string; due?: string; word?: string; override?: 'monthly' }[] = [
    { name: 'monthly by the 5th, 3 June: May’s report owed by 5 June', item: item(monthly5, states(['2025-05-03', 'in_progress'])), today: '2025-06-03', due: '2025-06-05', word: '上月' },
    { name: 'monthly by the 5th, reported 4 June: nothing owed', item: item(monthly5, states(['2025-06-04', 'in_progress'])), today: '2025-06-05' },
    { name: 'monthly by the 5th, 10 June: June’s report owed by 5 July', item: item(monthly5, states(['2025-06-04', 'in_progress'])), today: '2025-06-10', due: '2025-07-05', word: '本月' },
    { name: 'office default quarterly by the 10th', item: item(undefined, [], quarterly10), today: '2025-07-03', due: '2025-07-10', word: '上季度' },
    { name: 'the API’s monthly override: by month end', item: item(monthly5, states(['2025-05-03', 'in_progress'])), today: '2025-06-03', due: '2025-06-30', word: '本月', override: 'monthly' },
    { name: 'once, long before its day: not listed', item: item(once, []), today: '2025-06-01' },
    { name: 'once, within 14 days of its day', item: item(once, []), today: '2025-09-20', due: '2025-09-30', word: '本次' },
    { name: 'once, reported: nothing owed', item: item(once, states(['2025-03-01', 'in_progress'])), today: '2025-09-20' },
  ];
  for (const r of rows) {
    const listed = notReported([r.item], r.today, r.override).flatMap((u) => u.items);
    assert.deepEqual(listed.map((e) => e.reportDue), r.due ? [r.due] : [], r.name);
    const reminder = reminders([r.item], r.today, r.override).find((x) => x.kind === 'not_reported');
    assert.equal(reminder?.dueOn, r.due, r.name);
    if (r.word) assert.ok(reminder!.message.includes(`${r.word}尚未报送进展`), `${r.name}: ${reminder!.message}`);
  }
});

test('a kept status holds until the day after the due day of the item’s own cycle', () => {
  // an item without a deadline: its reason counts no days, so only reporting moves it
  const undated = commitment({ kind: 'task', text: '推进老旧小区改造' });
  const input = { commitment: undated, progress: states(['2025-05-03', 'in_progress']), start: '2025-01-01', today: '2025-06-01' };
  assert.equal(statusChangesOn({ ...input, assignment: withCycle(monthly5) }), '2025-06-06', 'May’s report missing from 6 June');
  assert.equal(statusChangesOn({ ...input, assignment: assignment() }), '2025-07-01', 'by month end: June’s missing from 1 July');
  assert.equal(statusChangesOn({ ...input, assignment: withCycle(quarterly10) }), '2025-09-01', 'the Q2 report of May holds past the horizon');
});

test('scorecards count one report owed per period of the item’s own cycle, timely by its due day', () => {
  // 每月5日前报上月进展: Jan–May due by 5 Feb … 5 June; reports entered on the day they are dated
  const on = (day: string) => report(day, { state: 'in_progress' });
  const item: LoopItem = { commitment: task, assignment: withCycle(monthly5), progress: [on('2025-02-03'), on('2025-03-04'), on('2025-04-20'), on('2025-06-05')], start: '2025-01-01' };
  const status = statusFor(item, '2025-06-20');
  // owed: Jan (due 5 Feb), Feb (5 Mar), Mar (5 Apr), Apr (5 May), May (5 Jun); the report of 20 April is April's
  assert.deepEqual(reportingRecord(item, status, '2025-06-20', 2025), { owed: 5, timely: 4 });
});
