/**
 * No data: reporting is up to date when there is a report dated in the current cycle or the previous one; an
 * item never reported owes its first report by the end of the first cycle ending ≥ 30 days after the start.
 */
import { test } from 'node:test';
import { assertStatusRows, assignment, commitment, states, values } from './helpers.js';

const task = commitment({ kind: 'task', text: '推进老旧小区改造', deadline: '2025-12-31' });
const target = commitment({ kind: 'target', text: '新增停车泊位2400个以上', low: 2400, unit: '个', op: 'at_least', deadline: '2025-08-29' });

test('never reported: grace until the first report is due, then no data', () => {
  assertStatusRows(task, [
    { name: 'start Jan 1, Jan 20: first report due Jan 31', input: { progress: [], today: '2025-01-20', start: '2025-01-01' }, status: 'on_track', reason: '首次报送期限为2025-01-31' },
    { name: 'start Jan 1, Jan 31: last day of grace', input: { progress: [], today: '2025-01-31', start: '2025-01-01' }, status: 'on_track' },
    { name: 'start Jan 1, Feb 1: no data', input: { progress: [], today: '2025-02-01', start: '2025-01-01' }, status: 'no_data', reason: '自2025-01-01起从未报送进展' },
    { name: 'start Mar 5 (report date): due Apr 30', input: { progress: [], today: '2025-04-20', start: '2025-03-05' }, status: 'on_track', reason: '2025-04-30' },
    { name: 'start Mar 5, May 1: no data', input: { progress: [], today: '2025-05-01', start: '2025-03-05' }, status: 'no_data' },
    { name: 'deadline far away, never reported: no data', input: { commitment: { ...task, deadline: '2027-12-31' }, progress: [], today: '2025-06-15', start: '2025-01-01' }, status: 'no_data' },
    { name: 'quarterly, start Jan 1: due Mar 31', input: { progress: [], today: '2025-03-31', start: '2025-01-01', cycle: 'quarterly' }, status: 'on_track' },
  ]);
});

test('monthly: a report this month or last month is current', () => {
  assertStatusRows(task, [
    { name: 'reported last month, end of this month', input: { progress: states(['2025-03-10', 'in_progress']), today: '2025-04-30', start: '2025-01-01' }, status: 'on_track' },
    { name: 'first day of the month after: no data', input: { progress: states(['2025-03-10', 'in_progress']), today: '2025-05-01', start: '2025-01-01' }, status: 'no_data', reason: '本月及上月均未报送进展（最近一次报告：2025-03-10）' },
    { name: 'reported on the first day of the month', input: { progress: states(['2025-03-10', 'in_progress'], ['2025-05-01', 'in_progress']), today: '2025-05-01', start: '2025-01-01' }, status: 'on_track' },
    { name: 'month boundary with a leap day', input: { progress: states(['2024-02-29', 'in_progress']), today: '2024-03-31', start: '2024-01-01' }, status: 'on_track' },
  ]);
});

test('weekly (Monday to Sunday) and quarterly cycles', () => {
  assertStatusRows(task, [
    { name: 'weekly: reported Wed 2025-05-28, Sunday 2025-06-08', input: { progress: states(['2025-05-28', 'in_progress']), today: '2025-06-08', start: '2025-01-01', cycle: 'weekly' }, status: 'on_track' },
    { name: 'weekly: Monday 2025-06-09', input: { progress: states(['2025-05-28', 'in_progress']), today: '2025-06-09', start: '2025-01-01', cycle: 'weekly' }, status: 'no_data', reason: '本周及上周均未报送进展' },
    { name: 'quarterly: reported Feb, end of Q2', input: { progress: states(['2025-02-10', 'in_progress']), today: '2025-06-30', start: '2025-01-01', cycle: 'quarterly' }, status: 'on_track' },
    { name: 'quarterly: first day of Q3', input: { progress: states(['2025-02-10', 'in_progress']), today: '2025-07-01', start: '2025-01-01', cycle: 'quarterly' }, status: 'no_data', reason: '本季度及上季度' },
  ]);
});

test('no data does not hide done or late, and keeps the figures it could not judge on', () => {
  assertStatusRows(task, [
    { name: 'done long ago', input: { progress: states(['2025-02-10', 'done']), today: '2025-11-20', start: '2025-01-01' }, status: 'done' },
    { name: 'past the deadline', input: { progress: states(['2025-02-10', 'in_progress']), today: '2026-01-05', start: '2025-01-01' }, status: 'overdue' },
  ]);
  assertStatusRows(target, [
    { name: 'stale figure: no data, with expected and actual', input: { progress: values(['2025-02-20', 900]), today: '2025-05-01', start: '2025-01-01' }, status: 'no_data', fields: { expected: 1200, actual: 900, lastReportedOn: '2025-02-20' } },
    { name: 'reached long ago: done', input: { progress: values(['2025-02-20', 2400]), today: '2025-07-01', start: '2025-01-01' }, status: 'done' },
    { name: 'stale figure past the deadline: missed', input: { progress: values(['2025-02-20', 900]), today: '2025-09-01', start: '2025-01-01' }, status: 'missed' },
    { name: 'last month\'s figure is current; the reason says how old it is', input: { progress: values(['2025-04-28', 1500]), today: '2025-05-01', start: '2025-01-01' }, status: 'on_track', reason: '（最近一次报告：2025-04-28）' },
  ]);
});

test('a unit confirmed after the report’s date owes its first report from its confirmation', () => {
  const confirmedLate = assignment({ confirmedAt: '2025-06-10T01:00:00.000Z' });
  assertStatusRows(task, [
    { name: 'confirmed Jun 10, Jun 20: first report due Jul 31', input: { progress: [], today: '2025-06-20', start: '2025-01-01', assignment: confirmedLate }, status: 'on_track', reason: '2025-07-31' },
    { name: 'confirmed Jun 10, Aug 1: no data since the confirmation', input: { progress: [], today: '2025-08-01', start: '2025-01-01', assignment: confirmedLate }, status: 'no_data', reason: '自2025-06-10起从未报送进展' },
    { name: 'the same without a confirmation date: no data since the start', input: { progress: [], today: '2025-06-20', start: '2025-01-01', assignment: assignment() }, status: 'no_data', reason: '自2025-01-01起' },
  ]);
});
