/** The loop: 督责 (status, lists, reminders) and 追责 (scorecards), as functions of plain ledger data. */
export { statusOf, compare, deadlineOf, isTracked } from './status.js';
export type { Status, StatusInput, StatusResult } from './status.js';
export { goalOf, meetsGoal, expectedAt } from './trajectory.js';
export type { Goal, GoalShape } from './trajectory.js';
export { reportingState, reportsAsOf, firstReportDue } from './reporting.js';
export type { ReportingState } from './reporting.js';
export { dueThisCycle, late, notReported } from './lists.js';
export type { LateEntry, UnitNotReported } from './lists.js';
export type { ListEntry, LoopItem } from './items.js';
export { reminders, remindersCsv, remindersPrintHtml } from './reminders.js';
export type { Reminder, ReminderKind, ReminderOptions } from './reminders.js';
export { scorecards, scoreOf, gradeOf, evaluationTable, evaluationCsv, reportingRecord } from './scorecard.js';
export type { Grade, Scorecard } from './scorecard.js';
export { cycleOf, previousCycle, cyclesBetween, addDays, daysBetween, DEFAULT_CYCLE } from './dates.js';
export type { Cycle, CycleSpan } from './dates.js';
export { formatValue, describeGoal } from './format.js';
export { STATUS_LABELS } from './tables/status-words.js';
export * from './thresholds.js';
