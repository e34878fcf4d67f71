/**
 * The reporting obligation (履责 seen from 督责): which reports count as of a day, when a unit owes its first
 * report, and whether its reporting is current.
 *
 * Reporting is current when there is a report dated in the current cycle or in the previous one. The current
 * cycle's report is owed by the cycle's end, so on the 1st of a month the report for last month is what a unit
 * should have made; nothing is "missing" merely because a new month began. An item never reported on is
 * current until its first report is due (FIRST_REPORT_GRACE_DAYS after the start, to the end of that cycle); the
 * start is when its unit was confirmed, where that is later than the report's date.
 */
import type { Assignment, ProgressReport } from '../ledger/model.js';
import { cycleOf, previousCycle, within, type Cycle, type CycleSpan } from './dates.js';
import { addDays, dayOfInstant } from '../calendar/index.js';
import { FIRST_REPORT_GRACE_DAYS } from './thresholds.js';

/** Reports dated on or before `today`, oldest first (same day: in order of entry). Later ones are ignored:
 * the engine answers "as of today", which also lets a past day be replayed. */
export function reportsAsOf(progress: readonly ProgressReport[], today: string): ProgressReport[] {
  return progress
    .filter((p) => p.reportedOn <= today)
    .sort((a, b) => (a.reportedOn !== b.reportedOn ? (a.reportedOn < b.reportedOn ? -1 : 1) : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id));
}

/** The last day of the first cycle that ends at least FIRST_REPORT_GRACE_DAYS after `start`. */
export const firstReportDue = (start: string, cycle: Cycle): string =>
  cycleOf(addDays(start, FIRST_REPORT_GRACE_DAYS), cycle).end;

export interface ReportingState {
  /** Reports as of today, oldest first. */
  reports: ProgressReport[];
  lastReportedOn?: string;
  current: CycleSpan;
  previous: CycleSpan;
  /** A report is dated in the current cycle. */
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
  cycle: Cycle,
  start: string,
): ReportingState {
  const reports = reportsAsOf(progress, today);
  const current = cycleOf(today, cycle);
  const previous = previousCycle(today, cycle);
  const lastReportedOn = reports.length ? reports[reports.length - 1].reportedOn : undefined;
  const firstDue = firstReportDue(start, cycle);
  const reportedThisCycle = reports.some((p) => within(p.reportedOn, current));
  const upToDate =
    today <= firstDue || reportedThisCycle || reports.some((p) => within(p.reportedOn, previous));
  return { reports, lastReportedOn, current, previous, reportedThisCycle, upToDate, from: start, firstDue };
}
