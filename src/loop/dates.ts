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
