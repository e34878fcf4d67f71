/**
 * The reporting cycles (weekly, monthly, quarterly) the loop counts in, on the calendar's ISO days. Nothing here
 * reads the clock: every function is given the day it works from.
 */
import { addDays, dayNumber, fromDayNumber, monthEnd } from '../calendar/index.js';

/** How often units report progress: 每周 / 每月 / 每季度. Weeks run Monday to Sunday, as in Chinese offices. */
export type Cycle = 'weekly' | 'monthly' | 'quarterly';

export const DEFAULT_CYCLE: Cycle = 'monthly';

/** A reporting cycle: its first and last day, both inclusive. */
export interface CycleSpan {
  start: string;
  end: string;
}

/** Reporting cycles are remembered as the day functions are (src/calendar/days.ts): asked for on every item and day. */
const MEMO_LIMIT = 50_000;
const cycles = new Map<string, CycleSpan>();

/** The cycle that contains `day` (a shared object: not to be changed). */
export function cycleOf(day: string, cycle: Cycle = DEFAULT_CYCLE): CycleSpan {
  const key = `${cycle}|${day}`;
  const known = cycles.get(key);
  if (known) return known;
  if (cycles.size >= MEMO_LIMIT) cycles.clear();
  const span = Object.freeze(computeCycle(day, cycle));
  cycles.set(key, span);
  return span;
}

function computeCycle(day: string, cycle: Cycle): CycleSpan {
  const n = dayNumber(day);
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  switch (cycle) {
    case 'weekly': {
      const weekday = (((n + 3) % 7) + 7) % 7; // Monday = 0: day 0 (1970-01-01) was a Thursday
      return { start: fromDayNumber(n - weekday), end: fromDayNumber(n - weekday + 6) };
    }
    case 'monthly':
      return { start: `${day.slice(0, 7)}-01`, end: monthEnd(y, m)! };
    case 'quarterly': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { start: `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, end: monthEnd(y, first + 2)! };
    }
  }
}

/** The cycle before the one containing `day`. */
export const previousCycle = (day: string, cycle: Cycle = DEFAULT_CYCLE): CycleSpan =>
  cycleOf(addDays(cycleOf(day, cycle).start, -1), cycle);

/** The cycles overlapping [from, to], in order (empty when to < from). */
export function cyclesBetween(from: string, to: string, cycle: Cycle = DEFAULT_CYCLE): CycleSpan[] {
  const spans: CycleSpan[] = [];
  if (dayNumber(to) < dayNumber(from)) return spans;
  for (let span = cycleOf(from, cycle); span.start <= to; span = cycleOf(addDays(span.end, 1), cycle)) {
    spans.push(span);
  }
  return spans;
}

/** Whether `day` is in [start, end] (ISO days compare as strings). */
export const within = (day: string, span: CycleSpan): boolean => day >= span.start && day <= span.end;

/**
 * The reporting cycle in force for an item (ledger/model.ts ReportingCycle), or a weekly one the API asks for as an
 * override: every period by `dueDay` days after it ends, or once by a day.
 */
export type CycleInForce = { kind: Cycle; dueDay: number } | { kind: 'once'; dueOn: string };

/** Monthly, due on the month's last day: the default where neither the office nor the assignment sets a cycle. */
export const DEFAULT_REPORTING_CYCLE: Readonly<{ kind: 'monthly'; dueDay: number }> = Object.freeze({ kind: 'monthly', dueDay: 0 });

/** The cycle a `cycle` override of the API means: each period reported on by its own last day. */
export const cycleNamed = (cycle: Cycle): CycleInForce => ({ kind: cycle, dueDay: 0 });

/** One report owed: the days it is about, the days a report dated in counts for it, and the day it is due. */
export interface ReportingPeriod {
  /** The period the report is about (上月, 本季度 …); for a report owed once, every day up to its due day. */
  covers: CycleSpan;
  /**
   * The days on which a report counts for this period: the period moved later by its due day (每月5日前报上月进展:
   * May's report is one dated 6 May to 5 June), so consecutive windows neither overlap nor leave a gap. A report
   * owed once counts whenever it is made.
   */
  window: CycleSpan;
  due: string;
}

const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

/** The period whose window contains `day`: the report owed as of that day. */
export function periodOf(day: string, cycle: CycleInForce): ReportingPeriod {
  if (cycle.kind === 'once') return { covers: { start: FIRST_DAY, end: cycle.dueOn }, window: { start: FIRST_DAY, end: LAST_DAY }, due: cycle.dueOn };
  const covers = cycleOf(addDays(day, -cycle.dueDay), cycle.kind);
  const due = addDays(covers.end, cycle.dueDay);
  return { covers, window: { start: addDays(covers.start, cycle.dueDay), end: due }, due };
}

/** The period before the one owed as of `day` (a report owed once has none before it: itself). */
export const previousPeriod = (day: string, cycle: CycleInForce): ReportingPeriod =>
  cycle.kind === 'once' ? periodOf(day, cycle) : periodOf(addDays(periodOf(day, cycle).window.start, -1), cycle);

/** The periods whose windows overlap [from, to], in order (a report owed once: its one period, if due in [from, to]). */
export function periodsBetween(from: string, to: string, cycle: CycleInForce): ReportingPeriod[] {
  if (dayNumber(to) < dayNumber(from)) return [];
  if (cycle.kind === 'once') return cycle.dueOn >= from && cycle.dueOn <= to ? [periodOf(from, cycle)] : [];
  const periods: ReportingPeriod[] = [];
  for (let p = periodOf(from, cycle); p.window.start <= to; p = periodOf(addDays(p.window.end, 1), cycle)) periods.push(p);
  return periods;
}

/** The period whose report is about the month `month` (YYYY-MM): that month, or its quarter; a report owed once: its one period. */
export function periodAbout(month: string, cycle: CycleInForce): ReportingPeriod {
  if (cycle.kind === 'once') return periodOf(`${month}-01`, cycle);
  return periodOf(addDays(cycleOf(`${month}-01`, cycle.kind).end, cycle.dueDay), cycle);
}
