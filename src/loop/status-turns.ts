/**
 * When an item's status changes by the passing of days alone (nothing written): the day its deadline is past, the
 * month (cycle) its reporting is judged in, the 30 days before a deadline, a report dated ahead becoming "as of",
 * the trajectory a pace target is held to. A status kept in the ledger is computed for a day and holds until the
 * day this gives; only then (or on a write to its inputs) is it computed again.
 */
import { cycleOf, DEFAULT_CYCLE } from './dates.js';
import { addDays, fromDayNumber, dayNumber } from '../calendar/index.js';
import { firstReportDue, reportingFrom } from './reporting.js';
import { deadlineOf, isTracked, statusOf, type StatusInput } from './status.js';
import type { Status } from './tables/status-words.js';
import { AT_RISK_WINDOW_DAYS } from './thresholds.js';
import { goalOf } from './trajectory.js';

/** How far ahead a change is looked for: a status unchanged that long is looked at again then. */
export const STATUS_HORIZON_DAYS = 92;

/**
 * The next turn after a day: the next of the days the rules of statusOf compare "today" with — a report's day (it
 * becomes "as of"), the day after the deadline, 30 days before it, the day after the first report is due, the
 * next reporting cycle, the next year where the start defaults to Jan 1 of today's year — and the points of the
 * trajectory (start, schedule, deadline), between which the value expected of a target moves in a straight line.
 */
function turnsOf(input: StatusInput): (day: string) => string {
  const { commitment, assignment, progress } = input;
  const cycle = input.cycle ?? DEFAULT_CYCLE;
  const deadline = deadlineOf(commitment, assignment);
  const fixed = [...progress.map((p) => p.reportedOn), ...(assignment?.schedule ?? []).map((p) => p.date)];
  if (deadline !== undefined) fixed.push(deadline, addDays(deadline, 1), addDays(deadline, -AT_RISK_WINDOW_DAYS));
  if (input.start !== undefined) fixed.push(input.start, addDays(firstReportDue(reportingFrom(input.start, assignment), cycle), 1));
  fixed.sort();
  return (day) => {
    let next = addDays(cycleOf(day, cycle).end, 1);
    if (input.start === undefined) next = [next, `${Number(day.slice(0, 4)) + 1}-01-01`].sort()[0];
    const after = fixed.find((d) => d > day);
    return after !== undefined && after < next ? after : next;
  };
}

/** The first day in (from, to] whose status differs from `now`, where it is the same or worse the further on (binary search). */
function firstChange(input: StatusInput, now: Status, from: string, to: string): string | undefined {
  const differs = (n: number) => statusOf({ ...input, today: fromDayNumber(n) }).status !== now;
  let [lo, hi] = [dayNumber(from), dayNumber(to)];
  if (hi <= lo || !differs(hi)) return undefined;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (differs(mid)) hi = mid;
    else lo = mid;
  }
  return fromDayNumber(hi);
}

/**
 * The first day after `input.today` on which the status (its code: on_track, overdue …) is not what it is today,
 * the inputs staying as they are; undefined when it never changes without a write. A change further than
 * `horizon` days ahead is not looked for: the day after the horizon is given, to look again then.
 *
 * Between two turns nothing the rules compare with changes but the value a target's trajectory expects, which
 * moves in one direction there, and the status with it (on track, at risk, behind: monotone in what is expected);
 * so a change inside is found by bisection, and a status that is the same at both ends held all along.
 */
export function statusChangesOn(input: StatusInput, horizon = STATUS_HORIZON_DAYS): string | undefined {
  if (!isTracked(input.commitment)) return undefined;
  const now = statusOf(input).status;
  const last = addDays(input.today, horizon);
  const goal = goalOf(input.commitment, input.assignment);
  const moving = goal !== undefined && goal.shape !== 'level';
  const nextTurn = turnsOf(input);
  for (let day = input.today; ; ) {
    const turn = nextTurn(day);
    const end = turn <= last ? addDays(turn, -1) : last;
    const inside = moving ? firstChange(input, now, day, end) : undefined;
    if (inside !== undefined) return inside;
    if (turn > last) return last;
    if (statusOf({ ...input, today: turn }).status !== now) return turn;
    day = turn;
  }
}
