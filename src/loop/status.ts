/**
 * 督责: the status of one commitment on a given day, with its reason in words.
 *
 * Order of the rules (the first that applies wins):
 * 1. Not tracked: an achievement (a result of past years under review), a rejected item, or a stale one (no
 *    longer in the latest import of its report: kept for the record, but a corrected copy may carry it under
 *    a new key, and counting both would double it) → 'not_tracked'.
 * 2. Done: quantified — the latest reported value meets the target (direction-aware); for a pace target as
 *    soon as it is reached, for a level or bound target (rates, "at most") only with the figure for the whole
 *    period (a report dated on or after the deadline, or once the deadline has passed). Milestones and tasks —
 *    the latest reported state is 'done'. Done after the deadline is still done, marked `late`.
 * 3. Past the deadline (today > deadline; the deadline day itself is still in time) and not done: a
 *    quantified target is 'missed' (the period is over), a milestone or task is 'overdue' (it can still be
 *    finished, late) — on what the unit reported: a target with no figure, or an item with no report at all,
 *    is 'no_data' (overdue for reporting, never a failure the office has not been told of).
 * 4. Reporting not up to date (src/loop/reporting.ts: no report in the current or the previous cycle, or never
 *    reported once the first report was due) → 'no_data'. A stale figure is not used to say "on track".
 * 5. Otherwise by progress. A quantity built up over the period (pace) by 序时进度: the points by which the share
 *    done lags the share of the period gone (or of its schedule) — up to `paceLag.atRisk` on_track, up to
 *    `paceLag.behind` at_risk, behind beyond (the office's settings, PACE_LAG_POINTS by default); on the deadline
 *    day itself a target not yet reached is at least at_risk. A rate (level) or bound: on_track when the latest
 *    value meets the goal, at_risk within AT_RISK_SHARE or BOUND_AT_RISK_OVERSHOOT, behind beyond.
 *    Milestones and tasks: at_risk when blocked, or when due within AT_RISK_WINDOW_DAYS and not started
 *    (no state reported counts as not started); on_track otherwise.
 *
 * 办结 (before rule 2): a unit's 已完成 is a request the office decides (ledger/requests.ts; closure.ts reads it as
 * of today). Approved → done as of the day the unit reported the work finished (not the day of approval: the
 * office's review time is not the unit's delay), late if that is after the deadline. Waiting → 'pending_closure'
 * (待审核办结), unless a target's figures already say done. Returned → the item goes on as in progress: its
 * reported 'done' reads as 推进中, and the reason gives the office's note. An item with no completion request at
 * all (a ledger from before requests) takes its reported 'done' as done, as it always did.
 *
 * No deadline: never missed or overdue, and no trajectory is drawn for a pace target (none is guessed); the
 * reason says so. A target with no figure at all is followed as a task.
 */
import type { Assignment, ChangeRequest, Commitment, ProgressReport } from '../ledger/model.js';
import { closureAsOf, hasCompletionRequest, type Closure } from './closure.js';
import type { Cycle, CycleInForce } from './dates.js';
import { dayNumber, daysBetween, yearStart } from '../calendar/index.js';
import { describeGoal, formatExpected, formatPoints, formatValue, roundPoints } from './format.js';
import { cycleInForce, reportingFrom, reportingState, type ReportingState } from './reporting.js';
import { CYCLE_WORDS, REASONS, STATUS_LABELS, WORK_STATE_LABELS, type Status } from './tables/status-words.js';
import { AT_RISK_SHARE, AT_RISK_WINDOW_DAYS, BOUND_AT_RISK_OVERSHOOT, PACE_LAG_POINTS, type PaceLag } from './thresholds.js';
import { expectedAt, goalOf, meetsGoal, type Goal } from './trajectory.js';

export type { Status } from './tables/status-words.js';

export interface StatusInput {
  commitment: Commitment;
  assignment?: Assignment;
  progress: readonly ProgressReport[];
  /** The day the status is computed for (ISO). */
  today: string;
  /** A reporting cycle for this computation (the API's override); else the assignment's own, else `defaultCycle`. */
  cycle?: Cycle | CycleInForce;
  /** The office's default reporting cycle (its settings); DEFAULT_REPORTING_CYCLE when none is set. */
  defaultCycle?: CycleInForce;
  /** Start of the trajectory and of the reporting obligation: the report's date, or Jan 1 of the report year.
   * Defaults to Jan 1 of the year of `today`. */
  start?: string;
  /** The office's 序时进度 thresholds, in percentage points; PACE_LAG_POINTS by default. */
  paceLag?: PaceLag;
  /** The item's requests (办结, adjustments, extensions), any order; its completion requests decide 'done'. */
  requests?: readonly ChangeRequest[];
}

export interface StatusResult {
  status: Status;
  /** The status in Chinese: 进度正常, 存在风险 … */
  label: string;
  /** Why, in Chinese, with the figures and days it rests on. */
  reason: string;
  /** Quantified targets: the value expected today (trajectory or schedule; the goal itself for a level or bound). */
  expected?: number;
  /** Quantified targets: the latest reported value. */
  actual?: number;
  /** Quantified targets: the value to reach (or not to exceed). */
  goal?: number;
  /** The deadline in force: the assignment's, else the commitment's. */
  deadline?: string;
  lastReportedOn?: string;
  /** Done: the day of the report from which it has been done. */
  doneOn?: string;
  /** Done after the deadline. */
  late?: boolean;
}

/** The deadline in force: an assignment's deadline overrides the commitment's. */
export const deadlineOf = (commitment: Commitment, assignment?: Assignment): string | undefined =>
  assignment?.deadline ?? commitment.deadline;

/** Whether an item is followed by the loop at all (not an achievement, not rejected in review, not stale). */
export const isTracked = (commitment: Commitment): boolean =>
  commitment.kind !== 'achievement' && commitment.reviewState !== 'rejected' && !commitment.stale;

/** The first report of the last unbroken run of reports that satisfy `ok` (the day it has been so since). */
function sinceWhen<T extends ProgressReport>(reports: readonly T[], ok: (p: T) => boolean): T | undefined {
  let first: T | undefined;
  for (let i = reports.length - 1; i >= 0 && ok(reports[i]); i--) first = reports[i];
  return first;
}

function result(status: Status, reason: string, extra: Omit<StatusResult, 'status' | 'label' | 'reason'>): StatusResult {
  const r: StatusResult = { status, label: STATUS_LABELS[status], reason };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (r as unknown as Record<string, unknown>)[k] = v;
  return r;
}

export function statusOf(input: StatusInput): StatusResult {
  const { commitment, assignment, today } = input;
  dayNumber(today); // a malformed day is an error, not a silent "on track"
  const deadline = deadlineOf(commitment, assignment);
  if (commitment.reviewState === 'rejected') return result('not_tracked', REASONS.rejected, { deadline });
  if (commitment.stale) return result('not_tracked', REASONS.stale, { deadline });
  if (commitment.kind === 'achievement') return result('not_tracked', REASONS.achievement, { deadline });
  const cycle = cycleInForce(input);
  const start = input.start ?? yearStart(today);
  const rep = reportingState(input.progress, today, cycle, reportingFrom(start, assignment));
  const goal = goalOf(commitment, assignment);
  const reviewed = hasCompletionRequest(input.requests);
  const closure = reviewed ? closureAsOf(input.requests, today) : undefined;
  if (closure?.state === 'approved') return closed(closure, deadline, rep.lastReportedOn);
  const computed = goal
    ? targetStatus(input, goal, rep, start, cycle, deadline)
    : workStatus(reviewed ? withoutUnreviewedDone(rep) : rep, today, start, cycle, deadline, commitment.kind === 'target' ? REASONS.noGoal + '；' : '');
  if (closure?.state === 'pending' && computed.status !== 'done') {
    return result('pending_closure', REASONS.closurePending(closure.completedOn, closure.requestedOn), { ...pick(computed), deadline, lastReportedOn: rep.lastReportedOn });
  }
  if (closure?.state === 'returned') return { ...computed, reason: REASONS.closureReturned(closure.decidedOn!, closure.note ?? '') + computed.reason };
  return computed;
}

/** The figures of a status, without its verdict. */
const pick = ({ expected, actual, goal }: StatusResult) => ({ expected, actual, goal });

/** Done by the office's approval, as of the day the unit reported the work finished. */
function closed(closure: Closure, deadline: string | undefined, lastReportedOn: string | undefined): StatusResult {
  const late = deadline !== undefined && closure.completedOn > deadline;
  const reason = late
    ? REASONS.closureApprovedLate(closure.completedOn, closure.decidedOn!, deadline!)
    : REASONS.closureApproved(closure.completedOn, closure.decidedOn!);
  return result('done', reason, { deadline, lastReportedOn, doneOn: closure.completedOn, late });
}

/** A reported 'done' the office has not approved is work still going on (推进中). */
function withoutUnreviewedDone(rep: ReportingState): ReportingState {
  return { ...rep, reports: rep.reports.map((p) => (p.state === 'done' ? { ...p, state: 'in_progress' as const } : p)) };
}

function noData(rep: ReportingState, cycle: CycleInForce): string {
  const words = CYCLE_WORDS[cycle.kind];
  return rep.lastReportedOn ? REASONS.noDataStale(words.current, words.previous, rep.lastReportedOn) : REASONS.noDataNever(rep.from);
}

function targetStatus(
  input: StatusInput,
  goal: Goal,
  rep: ReportingState,
  start: string,
  cycle: CycleInForce,
  deadline: string | undefined,
): StatusResult {
  const { today, commitment, assignment } = input;
  const valued = rep.reports.filter((p) => typeof p.value === 'number' && Number.isFinite(p.value));
  const latest = valued[valued.length - 1];
  const actual = latest?.value;
  const goalText = describeGoal(commitment);
  const fmt = (v: number) => formatValue(v, goal.unit);
  const pastDeadline = deadline !== undefined && today > deadline;
  const final = pastDeadline || (latest !== undefined && deadline !== undefined && latest.reportedOn >= deadline);
  const base = { goal: goal.value, actual, deadline, lastReportedOn: rep.lastReportedOn };

  if (latest && actual !== undefined && meetsGoal(goal, actual) && (goal.shape === 'pace' || final)) {
    const since = sinceWhen(valued, (p) => meetsGoal(goal, p.value!))!;
    const late = deadline !== undefined && since.reportedOn > deadline;
    const reason = late
      ? REASONS.targetDoneLate(goalText, fmt(actual), latest.reportedOn, deadline!)
      : REASONS.targetDone(goalText, fmt(actual), latest.reportedOn);
    return result('done', reason, { ...base, doneOn: since.reportedOn, late });
  }
  if (pastDeadline) {
    // no figure is no data, never a failure: the office judges what it has not been told
    if (!latest) return result('no_data', REASONS.pastDeadlineNoReport(deadline!, `目标${goalText}未报告任何数值`), base);
    return result('missed', REASONS.targetMissed(goalText, fmt(actual!), latest.reportedOn, deadline!), base);
  }
  const expected = expectedAt(goal, today, { start, deadline, schedule: assignment?.schedule });
  if (!rep.upToDate) return result('no_data', noData(rep, cycle), { ...base, expected });
  if (!latest) {
    const reason = rep.reports.length ? REASONS.noValue(rep.lastReportedOn!) : REASONS.awaitingFirst(rep.firstDue);
    return result(rep.reports.length ? 'no_data' : 'on_track', reason, { ...base, expected });
  }
  const v = actual!;
  if (expected === undefined) return result('on_track', REASONS.paceNoDeadline(goalText, fmt(v)), base);
  const on = latest.reportedOn;
  const pace = goal.shape === 'pace' ? paceOf(goal, v, expected) : undefined;
  if (pace) {
    const status = paceStatus(pace.lag, input.paceLag ?? PACE_LAG_POINTS, today === deadline);
    const lag = roundPoints(pace.lag);
    const words = {
      elapsed: formatPoints(pace.elapsed),
      done: formatPoints(pace.done),
      lag: lag > 0 ? REASONS.paceLag(formatPoints(lag)) : lag < 0 ? REASONS.paceAhead(formatPoints(-lag)) : '',
      expected: formatExpected(expected, goal.unit, goal.value),
      actual: fmt(v),
    };
    const reason = REASONS.pace(words, VERDICT_WORDS[status]) + (on < rep.current.start ? REASONS.staleNote(on) : '');
    return result(status, reason, { ...base, expected });
  }
  const status = compare(goal, v, expected);
  let reason: string;
  if (goal.shape === 'level' || goal.shape === 'pace') {
    const words = { on_track: REASONS.levelOnTrack, at_risk: REASONS.levelAtRisk, behind: REASONS.levelBehind };
    reason = words[status](goalText, fmt(v), on);
  } else {
    const words = { on_track: REASONS.boundOnTrack, at_risk: REASONS.boundAtRisk, behind: REASONS.boundBehind };
    reason = words[status](goalText, fmt(v), on);
  }
  return result(status, reason, { ...base, expected });
}

const VERDICT_WORDS = { on_track: '进度正常', at_risk: '存在风险', behind: '进度滞后' } as const;

/**
 * 序时进度 in percentage points: the share of the way from the start value to the goal that is gone by today
 * (`elapsed`: what is expected of it) and that is done, and by how much done lags; none for a goal no higher than
 * where it starts (nothing to build up).
 */
export function paceOf(goal: Goal, actual: number, expected: number): { elapsed: number; done: number; lag: number } | undefined {
  const way = goal.value - goal.from;
  if (!(way > 0)) return undefined;
  const elapsed = ((expected - goal.from) / way) * 100;
  const done = ((actual - goal.from) / way) * 100;
  return { elapsed, done, lag: elapsed - done };
}

/** The status a lag of `lag` points has under the office's thresholds; on the deadline day not yet done is at least at risk. */
export function paceStatus(lag: number, thresholds: PaceLag, deadlineDay: boolean): 'on_track' | 'at_risk' | 'behind' {
  if (lag > thresholds.behind) return 'behind';
  return lag > thresholds.atRisk || deadlineDay ? 'at_risk' : 'on_track';
}

/** on_track / at_risk / behind for a value against what is expected of it today. */
export function compare(goal: Pick<Goal, 'direction'>, actual: number, expected: number): 'on_track' | 'at_risk' | 'behind' {
  if (goal.direction === 'lower') {
    if (actual <= expected) return 'on_track';
    return actual <= expected + BOUND_AT_RISK_OVERSHOOT * Math.abs(expected) ? 'at_risk' : 'behind';
  }
  if (actual >= expected) return 'on_track';
  return actual >= expected - (1 - AT_RISK_SHARE) * Math.abs(expected) ? 'at_risk' : 'behind';
}

function workStatus(
  rep: ReportingState,
  today: string,
  start: string,
  cycle: CycleInForce,
  deadline: string | undefined,
  prefix: string,
): StatusResult {
  const stated = rep.reports.filter((p) => p.state !== undefined);
  const latest = stated[stated.length - 1];
  const base = { deadline, lastReportedOn: rep.lastReportedOn };
  const stateWord = latest ? WORK_STATE_LABELS[latest.state!] : '未报告';

  if (latest?.state === 'done') {
    const since = sinceWhen(stated, (p) => p.state === 'done')!;
    const late = deadline !== undefined && since.reportedOn > deadline;
    const reason = late ? REASONS.workDoneLate(since.reportedOn, deadline!) : REASONS.workDone(since.reportedOn);
    return result('done', prefix + reason, { ...base, doneOn: since.reportedOn, late });
  }
  if (deadline !== undefined && today > deadline) {
    if (rep.reports.length === 0) return result('no_data', prefix + REASONS.pastDeadlineNoReport(deadline, '从未报送进展'), base);
    return result('overdue', prefix + REASONS.workOverdue(deadline, daysBetween(deadline, today), stateWord), base);
  }
  if (!rep.upToDate) return result('no_data', prefix + noData(rep, cycle), base);
  if (latest?.state === 'blocked') return result('at_risk', prefix + REASONS.workBlocked(latest.reportedOn), base);
  const daysLeft = deadline !== undefined ? daysBetween(today, deadline) : undefined;
  if (daysLeft !== undefined && daysLeft <= AT_RISK_WINDOW_DAYS && (!latest || latest.state === 'not_started')) {
    return result('at_risk', prefix + REASONS.workNotStartedNear(deadline!, daysLeft), base);
  }
  if (rep.reports.length === 0) return result('on_track', prefix + REASONS.awaitingFirst(rep.firstDue), base);
  const on = (latest ?? rep.reports[rep.reports.length - 1]).reportedOn;
  const reason =
    deadline !== undefined
      ? REASONS.workOnTrack(stateWord, on, deadline, daysLeft!)
      : REASONS.workOnTrackNoDeadline(stateWord, on);
  return result('on_track', prefix + reason, base);
}
