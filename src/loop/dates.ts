/**
 * Day arithmetic on ISO dates (YYYY-MM-DD), in UTC so no timezone or daylight-saving shift ever moves a day,
 * and the reporting cycles (weekly, monthly, quarterly) the loop counts in. Nothing here reads the clock:
 * every function is given the day it works from.
 */

/** How often units report progress: 每周 / 每月 / 每季度. Weeks run Monday to Sunday, as in Chinese offices. */
export type Cycle = 'weekly' | 'monthly' | 'quarterly';

export const DEFAULT_CYCLE: Cycle = 'monthly';

/** A reporting cycle: its first and last day, both inclusive. */
export interface CycleSpan {
  start: string;
  end: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The day functions are pure and called for every item, cycle and report of a ledger (tens of thousands of times
 * for one status picture), on a few thousand distinct days: their results are remembered (bounded; cleared when full).
 */
const MEMO_LIMIT = 50_000;
function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}
const dayNumbers = new Map<string, number>();
const isoDays = new Map<number, string>();
const cycles = new Map<string, CycleSpan>();

/** Days since 1970-01-01 for an ISO day; a malformed or impossible day (2025-02-30) is a RangeError. */
export function dayNumber(day: string): number {
  const known = dayNumbers.get(day);
  return known !== undefined ? known : remember(dayNumbers, day, computeDayNumber(day));
}

function computeDayNumber(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not an ISO day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`no such day: ${day}`);
  }
  return ms / MS_PER_DAY;
}

/** The ISO day for a day number. */
export function fromDayNumber(n: number): string {
  const known = isoDays.get(n);
  return known !== undefined ? known : remember(isoDays, n, new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
}

export const addDays = (day: string, days: number): string => fromDayNumber(dayNumber(day) + days);

/** b − a in days (positive when b is later). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** Whether a day is valid ISO; for filtering rather than throwing. */
export function isIsoDay(day: unknown): day is string {
  // instants are asked about for every item (dayOfInstant): turned away here, not by a RangeError thrown and caught
  if (typeof day !== 'string' || !ISO_DAY.test(day)) return false;
  try {
    dayNumber(day);
    return true;
  } catch {
    return false;
  }
}

/** The UTC day of a full ISO instant (2025-03-31T23:30:00+08:00 → 2025-03-31), or of an ISO day itself. */
export function dayOfInstant(instant: string): string | undefined {
  if (isIsoDay(instant)) return instant;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): string {
  return fromDayNumber(Date.UTC(year, month, 0) / MS_PER_DAY); // day 0 of the next month
}

/** The cycle that contains `day` (a shared object: not to be changed). */
export function cycleOf(day: string, cycle: Cycle = DEFAULT_CYCLE): CycleSpan {
  const key = `${cycle}|${day}`;
  return cycles.get(key) ?? remember(cycles, key, Object.freeze(computeCycle(day, cycle)));
}

function computeCycle(day: string, cycle: Cycle): CycleSpan {
  const n = dayNumber(day);
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  switch (cycle) {
    case 'weekly': {
      const weekday = (new Date(n * MS_PER_DAY).getUTCDay() + 6) % 7; // Monday = 0
      return { start: fromDayNumber(n - weekday), end: fromDayNumber(n - weekday + 6) };
    }
    case 'monthly':
      return { start: `${y}-${pad(m)}-01`, end: lastDayOfMonth(y, m) };
    case 'quarterly': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { start: `${y}-${pad(first)}-01`, end: lastDayOfMonth(y, first + 2) };
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

/** January 1 of the year of `day`. */
export const yearStart = (day: string): string => `${day.slice(0, 4)}-01-01`;
