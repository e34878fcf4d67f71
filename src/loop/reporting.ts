/**
 * The reporting obligation (履责 seen from 督责): which reports count as of a day, when a unit owes its first
 * report, and whether its reporting is current.
 *
 * Each item is held to its own reporting cycle (dates.ts CycleInForce): its assignment's, else the office's default.
 * Reporting is current when there is a report dated in the window of the period owed now or of the one before.
 * The period owed now is due at its window's end, so on the 1st of a month (due at month end) the report for last
 * month is what a unit should have made; nothing is "missing" merely because a new month began; with 每月5日前报上月进展
 * it goes missing on the 6th. An item never reported on is current until its first report is due (the due day of
 * the period owed FIRST_REPORT_GRACE_DAYS after the start); the start is when its unit was confirmed, where that
 * is later than the report's date.
 */
import type { Assignment, ProgressReport } from '../ledger/model.js';
import { cycleNamed, DEFAULT_REPORTING_CYCLE, periodOf, previousPeriod, within, type Cycle, type CycleInForce, type CycleSpan } from './dates.js';
import { addDays, dayOfInstant } from '../calendar/index.js';
import { FIRST_REPORT_GRACE_DAYS } from './thresholds.js';

/** Reports dated on or before `today`, oldest first (same day: in order of entry). Later ones are ignored:
 * the engine answers "as of today", which also lets a past day be replayed. */
export function reportsAsOf(progress: readonly ProgressReport[], today: string): ProgressReport[] {
  return progress
    .filter((p) => p.reportedOn <= today)
    .sort((a, b) => (a.reportedOn !== b.reportedOn ? (a.reportedOn < b.reportedOn ? -1 : 1) : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
}

/** What decides an item's reporting cycle: the API's override, its assignment's own cycle, the office's default. */
export interface CycleSources {
  /** An override for every item (the API's `cycle`): each period reported on by its last day. */
  cycle?: Cycle | CycleInForce;
  assignment?: Pick<Assignment, 'reportingCycle'>;
  /** The office's default (its settings). */
  defaultCycle?: CycleInForce;
}

/** The reporting cycle an item is held to: the override asked for, else its assignment's, else the office's default. */
export function cycleInForce(sources: CycleSources): CycleInForce {
  const { cycle } = sources;
  if (cycle !== undefined) return typeof cycle === 'string' ? cycleNamed(cycle) : cycle;
  return sources.assignment?.reportingCycle ?? sources.defaultCycle ?? DEFAULT_REPORTING_CYCLE;
}

/** The due day of the period owed FIRST_REPORT_GRACE_DAYS after `start` (a report owed once: its day). */
export const firstReportDue = (start: string, cycle: CycleInForce): string =>
  cycle.kind === 'once' ? cycle.dueOn : periodOf(addDays(start, FIRST_REPORT_GRACE_DAYS), cycle).due;

export interface ReportingState {
  /** Reports as of today, oldest first. */
  reports: ProgressReport[];
  lastReportedOn?: string;
  /** The window of the period owed now (its report is due at its end), and of the one before. */
  current: CycleSpan;
  previous: CycleSpan;
  /** A report is dated in the current window. */
  reportedThisCycle: boolean;
  /** Reporting is up to date (see the module comment). */
  upToDate: boolean;
  /** Reporting owed from: the item's start, or the day its assignment was confirmed if later. */
  from: string;
  firstDue: string;
}

/** When reporting on an item is owed from: its start, or the day a supervisor confirmed its unit if later. */
export function reportingFrom(start: string, assignment: Pick<Assignment, 'confirmed' | 'confirmedAt'> | undefined): string {
  const confirmed = assignment?.confirmed && assignment.confirmedAt ? dayOfInstant(assignment.confirmedAt) : undefined;
  return confirmed !== undefined && confirmed > start ? confirmed : start;
}

export function reportingState(
  progress: readonly ProgressReport[],
  today: string,
  cycle: CycleInForce,
  start: string,
): ReportingState {
  const reports = reportsAsOf(progress, today);
  const current = periodOf(today, cycle).window;
  const previous = previousPeriod(today, cycle).window;
  const lastReportedOn = reports.length ? reports[reports.length - 1].reportedOn : undefined;
  const firstDue = firstReportDue(start, cycle);
  const reportedThisCycle = reports.some((p) => within(p.reportedOn, current));
  const upToDate =
    today <= firstDue || reportedThisCycle || reports.some((p) => within(p.reportedOn, previous));
  return { reports, lastReportedOn, current, previous, reportedThisCycle, upToDate, from: start, firstDue };
}
