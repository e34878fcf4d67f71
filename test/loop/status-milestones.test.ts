/** Status of milestones and tasks: dates × reported states → status and reason. 钟楼街改造7月完工: due 2025-07-31. */
import { test } from 'node:test';
import { assertStatusRows, assignment, commitment, report, states } from './helpers.js';

const START = '2025-01-01';
const bell = commitment({ kind: 'milestone', text: '钟楼街改造7月完工', deadline: '2025-07-31' });

test('done, overdue, late', () => {
  assertStatusRows(bell, [
    { name: 'done before the deadline', input: { progress: states(['2025-06-30', 'in_progress'], ['2025-07-20', 'done']), today: '2025-07-25', start: START }, status: 'done', reason: '2025-07-20报告已完成', fields: { doneOn: '2025-07-20', late: false } },
    { name: 'done on the deadline day, seen later', input: { progress: states(['2025-07-31', 'done']), today: '2025-08-05', start: START }, status: 'done', fields: { late: false } },
    { name: 'done after the deadline', input: { progress: states(['2025-07-15', 'in_progress'], ['2025-08-03', 'done']), today: '2025-08-10', start: START }, status: 'done', reason: '逾期完成', fields: { doneOn: '2025-08-03', late: true } },
    { name: 'the day after the deadline, in progress', input: { progress: states(['2025-07-25', 'in_progress']), today: '2025-08-01', start: START }, status: 'overdue', reason: ['已超过完成时限（2025-07-31）1天', '最新状态：推进中'] },
    { name: 'overdue wins over no data', input: { progress: states(['2025-03-10', 'in_progress']), today: '2025-10-01', start: START }, status: 'overdue', reason: '62天' },
    { name: 'never reported, past the deadline: no data, not overdue', input: { progress: [], today: '2025-08-15', start: START }, status: 'no_data', reason: '从未报送进展' },
    { name: 'reported done, then reopened', input: { progress: states(['2025-07-01', 'done'], ['2025-07-10', 'in_progress']), today: '2025-07-12', start: START }, status: 'on_track' },
    { name: 'done since the first of a trailing run of done reports', input: { progress: states(['2025-07-01', 'done'], ['2025-07-05', 'in_progress'], ['2025-07-20', 'done'], ['2025-07-28', 'done']), today: '2025-07-30', start: START }, status: 'done', fields: { doneOn: '2025-07-20' } },
    { name: 'the assignment deadline overrides', input: { assignment: assignment({ deadline: '2025-09-30' }), progress: states(['2025-08-20', 'in_progress']), today: '2025-08-25', start: START }, status: 'on_track', fields: { deadline: '2025-09-30' } },
  ]);
});

test('at risk: blocked at any time; not started within 30 days of the deadline', () => {
  assertStatusRows(bell, [
    { name: 'not started, 21 days left', input: { progress: states(['2025-07-05', 'not_started']), today: '2025-07-10', start: START }, status: 'at_risk', reason: '距完成时限2025-07-31仅剩21天，尚未启动' },
    { name: 'not started, exactly 30 days left', input: { progress: states(['2025-07-01', 'not_started']), today: '2025-07-01', start: START }, status: 'at_risk' },
    { name: 'not started, 31 days left', input: { progress: states(['2025-06-30', 'not_started']), today: '2025-06-30', start: START }, status: 'on_track', reason: '最新状态：未启动' },
    { name: 'not started, 2 months left', input: { progress: states(['2025-05-30', 'not_started']), today: '2025-06-01', start: START }, status: 'on_track' },
    { name: 'blocked, far from the deadline', input: { progress: states(['2025-03-10', 'blocked']), today: '2025-03-15', start: START }, status: 'at_risk', reason: '2025-03-10报告工作受阻' },
    { name: 'in progress near the deadline', input: { progress: states(['2025-07-20', 'in_progress']), today: '2025-07-25', start: START }, status: 'on_track', reason: '最新状态：推进中（2025-07-20），距完成时限2025-07-31还有6天' },
    { name: 'on the deadline day, in progress: still in time', input: { progress: states(['2025-07-30', 'in_progress']), today: '2025-07-31', start: START }, status: 'on_track' },
    { name: 'a note without a state near the deadline counts as not started', input: { progress: [report('2025-07-05', { note: '协调中' })], today: '2025-07-10', start: START }, status: 'at_risk' },
  ]);
});

test('tasks without a deadline are never overdue', () => {
  const task = commitment({ kind: 'task', text: '持续优化营商环境' });
  assertStatusRows(task, [
    { name: 'in progress', input: { progress: states(['2025-05-20', 'in_progress']), today: '2025-05-25', start: START }, status: 'on_track', reason: '未设完成时限' },
    { name: 'years later, still reporting', input: { progress: states(['2027-05-20', 'in_progress']), today: '2027-05-25', start: START }, status: 'on_track' },
    { name: 'not started, no deadline: not at risk', input: { progress: states(['2025-05-20', 'not_started']), today: '2025-05-25', start: START }, status: 'on_track' },
    { name: 'done', input: { progress: states(['2025-05-20', 'done']), today: '2026-05-25', start: START }, status: 'done', fields: { late: false } },
  ]);
});

test('a target with no figure is followed as a task; achievements and rejected items are not tracked', () => {
  assertStatusRows(commitment({ kind: 'target', text: '粮食产量保持稳定', deadline: '2025-12-31' }), [
    { name: 'target without figure', input: { progress: states(['2025-05-20', 'in_progress']), today: '2025-05-25', start: START }, status: 'on_track', reason: '未提取到目标数值，按工作事项督办' },
  ]);
  assertStatusRows(commitment({ kind: 'achievement', text: '地区生产总值增长7.5%', low: 7.5, unit: '%' }), [
    { name: 'achievement', input: { progress: [], today: '2025-05-25' }, status: 'not_tracked', reason: '回顾性成绩' },
  ]);
  assertStatusRows({ ...bell, reviewState: 'rejected' }, [
    { name: 'rejected', input: { progress: states(['2025-05-20', 'in_progress']), today: '2025-08-25' }, status: 'not_tracked', reason: '已驳回' },
  ]);
  assertStatusRows({ ...bell, stale: true }, [
    { name: 'stale', input: { progress: states(['2025-05-20', 'in_progress']), today: '2025-08-25' }, status: 'not_tracked', reason: '最新导入的报告中已无此项' },
  ]);
});
