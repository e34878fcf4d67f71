/**
 * ISO days (YYYY-MM-DD) and their arithmetic, in UTC so no time zone or daylight-saving shift ever moves a day.
 * Nothing here reads the clock: every function is given the day it works from.
 */

/** An ISO day, as written everywhere luoshi stores or exchanges one. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO day of year, month and day, or undefined where the calendar has no such day (2025-02-30, month 13). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** The last day of a month (2024, 2 → 2024-02-29), or undefined for a month that is not one. */
export function monthEnd(year: number, month: number): string | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  return isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()); // day 0 of the next month
}

/** December 31 of a year. */
export const yearEnd = (year: number): string => `${year}-12-31`;

/** January 1 of the year of `day`. */
export const yearStart = (day: string): string => `${day.slice(0, 4)}-01-01`;

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

/** Days since 1970-01-01 for an ISO day; a malformed or impossible day (2025-02-30) is a RangeError. */
export function dayNumber(day: string): number {
  const known = dayNumbers.get(day);
  return known !== undefined ? known : remember(dayNumbers, day, computeDayNumber(day));
}

function computeDayNumber(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not an ISO day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  if (!isoDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`no such day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The ISO day for a day number. */
export function fromDayNumber(n: number): string {
  const known = isoDays.get(n);
  return known !== undefined ? known : remember(isoDays, n, new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
}

export const addDays = (day: string, days: number): string => fromDayNumber(dayNumber(day) + days);

/** b − a in days (positive when b is later). */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/** Whether a value is a valid ISO day; for filtering rather than throwing. */
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

/** The UTC day of a Date (an Excel date cell is a Date at UTC midnight; a time of day rounds to the nearest day). */
export function dayOfDate(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  return fromDayNumber(Math.round(d.getTime() / MS_PER_DAY));
}

/** The day of `d` in `timeZone` as YYYY-MM-DD; formatted once per second of the clock (every request asks). */
export function dayIn(timeZone: string): (d: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  let second = NaN;
  let day = '';
  return (d) => {
    const s = Math.floor(d.getTime() / 1000);
    if (s !== second) [second, day] = [s, format.format(d)];
    return day;
  };
}
