/**
 * When what an item's status says changes by the passing of days alone (nothing written): the day its deadline is
 * past, the month (cycle) its reporting is judged in, the 30 days before a deadline, a report dated ahead becoming
 * "as of", the trajectory a target is held to, and every day for a status that counts days. A status kept in the
 * ledger — code, reason and figures, as a list shows it — is computed for a day and holds until the day this gives;
 * only then (or on a write to its inputs) is it computed again.
 */
import { periodOf } from './dates.js';
import { addDays } from '../calendar/index.js';
import { cycleInForce, firstReportDue, reportingFrom } from './reporting.js';
import { deadlineOf, isTracked, statusOf, type StatusInput } from './status.js';
import { AT_RISK_WINDOW_DAYS, DUE_SOON_DAYS } from './thresholds.js';

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
  const cycle = cycleInForce(input);
  const deadline = deadlineOf(commitment, assignment);
  const fixed = [...progress.map((p) => p.reportedOn), ...(assignment?.schedule ?? []).map((p) => p.date)];
  if (deadline !== undefined) fixed.push(deadline, addDays(deadline, 1), addDays(deadline, -AT_RISK_WINDOW_DAYS));
  if (input.start !== undefined) fixed.push(input.start, addDays(firstReportDue(reportingFrom(input.start, assignment), cycle), 1));
  if (cycle.kind === 'once') fixed.push(addDays(cycle.dueOn, 1), addDays(cycle.dueOn, -DUE_SOON_DAYS));
  fixed.sort();
  return (day) => {
    // the next reporting window (a report owed once has one window: its due day is among the fixed turns)
    let next = cycle.kind === 'once' ? `${Number(day.slice(0, 4)) + 1}-01-01` : addDays(periodOf(day, cycle).due, 1);
    if (input.start === undefined) next = [next, `${Number(day.slice(0, 4)) + 1}-01-01`].sort()[0];
    const after = fixed.find((d) => d > day);
    return after !== undefined && after < next ? after : next;
  };
}

/** What a status says, as one value to compare: its code, its reason and its figures. */
const said = (input: StatusInput): string => JSON.stringify(statusOf(input));

/**
 * The first day after `input.today` on which the status — its code, its reason and its figures, all that statusOf
 * says — is not what it is today, the inputs staying as they are; undefined when it never changes without a write.
 * A change further than `horizon` days ahead is not looked for: the day after the horizon is given, to look again then.
 *
 * Between two turns nothing the rules compare with changes: what a status says moves with the day alone only through
 * the days it counts (left before a deadline, past it) and the value a target's trajectory expects (a straight
 * line), and each of them differs from one day to the next whenever it moves. So a status that says the same
 * tomorrow as today says it until the next turn; a status that counts days changes every day.
 */
export function statusChangesOn(input: StatusInput, horizon = STATUS_HORIZON_DAYS): string | undefined {
  if (!isTracked(input.commitment)) return undefined;
  const now = said(input);
  const differs = (day: string) => said({ ...input, today: day }) !== now;
  const last = addDays(input.today, horizon);
  const nextTurn = turnsOf(input);
  for (let day = input.today; ; ) {
    const tomorrow = addDays(day, 1);
    if (tomorrow > last) return last;
    if (differs(tomorrow)) return tomorrow;
    const turn = nextTurn(day);
    if (turn > last) return last;
    if (differs(turn)) return turn;
    day = turn;
  }
}
