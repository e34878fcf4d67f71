/** The unit of work of the lists, reminders and scorecards: a commitment with its assignment and reports. */
import type { Assignment, ChangeRequest, Commitment, ProgressReport } from '../ledger/model.js';
import type { Cycle, CycleInForce } from './dates.js';
import { isIsoDay } from '../calendar/index.js';
import { excerpt } from './format.js';
import { cycleInForce } from './reporting.js';
import { statusOf, type StatusResult } from './status.js';
import type { PaceLag } from './thresholds.js';

export interface LoopItem {
  commitment: Commitment;
  assignment?: Assignment;
  progress: readonly ProgressReport[];
  /** Start of the trajectory and of reporting (see StatusInput.start). */
  start?: string;
  /** The office's 序时进度 thresholds (see StatusInput.paceLag). */
  paceLag?: PaceLag;
  /** Its requests (办结, adjustments, extensions: see StatusInput.requests). */
  requests?: readonly ChangeRequest[];
  /** The office's default reporting cycle (see StatusInput.defaultCycle). */
  defaultCycle?: CycleInForce;
  /** The status as of today, if already computed; else computed with the same `today` and cycle. */
  status?: StatusResult;
}

/** The record without its `key` when that is not a day of the calendar. */
function withoutBadDay<T extends object>(record: T, key: keyof T & string): T {
  const day = record[key];
  if (day === undefined || isIsoDay(day)) return record;
  const { [key]: _, ...rest } = record;
  return rest as T;
}

/**
 * An item as stored, its days off the calendar (2025-02-30: the API refuses them, a ledger written before may hold
 * some) read as no day — no deadline, no schedule point, no dated report, no start — rather than as an error: one
 * bad row must not stop every list and scorecard that counts it.
 */
export function withCalendarDays(item: LoopItem): LoopItem {
  const { commitment, assignment, progress, start } = item;
  const fine =
    (commitment.deadline === undefined || isIsoDay(commitment.deadline)) &&
    (assignment === undefined || ((assignment.deadline === undefined || isIsoDay(assignment.deadline)) && (assignment.schedule ?? []).every((p) => isIsoDay(p.date)))) &&
    progress.every((p) => isIsoDay(p.reportedOn)) &&
    (start === undefined || isIsoDay(start));
  if (fine) return item;
  const read: LoopItem = { ...withoutBadDay(item, 'start'), commitment: withoutBadDay(commitment, 'deadline'), progress: progress.filter((p) => isIsoDay(p.reportedOn)) };
  if (assignment) {
    const schedule = assignment.schedule?.filter((p) => isIsoDay(p.date));
    read.assignment = { ...withoutBadDay(assignment, 'deadline'), ...(schedule ? { schedule } : {}) };
  }
  return read;
}

/** The item's status as of `today`: the one computed with it, else computed now (under `cycle` when the caller overrides every item's). */
export function statusFor(item: LoopItem, today: string, cycle?: Cycle): StatusResult {
  return item.status ?? statusOf({ ...item, today, ...(cycle ? { cycle } : {}) });
}

/** The reporting cycle an item is held to: `cycle` when the caller overrides every item's, else its own. */
export const itemCycle = (item: LoopItem, cycle?: Cycle): CycleInForce => cycleInForce({ ...item, ...(cycle ? { cycle } : {}) });

/** The unit held responsible: the lead unit of a confirmed assignment (a proposed one binds nobody yet). */
export const responsibleUnit = (item: LoopItem): number | undefined =>
  item.assignment?.confirmed ? item.assignment.leadUnitId : undefined;

/** One row of a list. */
export interface ListEntry {
  commitmentId: number;
  /** The lead unit, assigned or proposed (lists are the office's view; reminders go to confirmed units only). */
  unitId?: number;
  /** The assignment is confirmed. */
  confirmed: boolean;
  /** The item's text, cut to TITLE_LENGTH. */
  title: string;
  deadline?: string;
  status: StatusResult;
  /** Not-reported lists: the day the report owed is due by. */
  reportDue?: string;
}

export function entryOf(item: LoopItem, status: StatusResult): ListEntry {
  const entry: ListEntry = {
    commitmentId: item.commitment.id,
    confirmed: item.assignment?.confirmed ?? false,
    title: excerpt(item.commitment.text),
    status,
  };
  if (item.assignment?.leadUnitId !== undefined) entry.unitId = item.assignment.leadUnitId;
  if (status.deadline !== undefined) entry.deadline = status.deadline;
  return entry;
}

/** Order by deadline (undated last), then by commitment id. */
export const byDeadline = (a: ListEntry, b: ListEntry): number =>
  (a.deadline ?? '9999') < (b.deadline ?? '9999') ? -1 : (a.deadline ?? '9999') > (b.deadline ?? '9999') ? 1 : a.commitmentId - b.commitmentId;
