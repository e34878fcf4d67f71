/**
 * How the application writes dates, numbers and targets, in Chinese: 2021年7月31日, 186.4亿元, 1200万人, 8%以上, 5%左右.
 * Pure functions, no DOM (unit tests: test/web/format.test.ts).
 */
// Figures and targets are written by the loop's one formatter, the server's and the exports' too.
import { describeGoal, formatNumber as numberAsWritten, formatValue as valueAsWritten } from '../../src/loop/format';
export { parseFigure } from '../../src/loop/format';
import type { Commitment } from '../../src/ledger/model';

// Days are written as the exports write them: one calendar (src/calendar).
import { isoDay } from '../../src/calendar/index';
export { chineseDate as formatDate, localizeDates, addDays, daysBetween } from '../../src/calendar/index';

/** An ISO instant → '2024年3月5日 14:07' in the viewer's time zone. */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Up to `digits` decimals, trailing zeros dropped. */
function trim(n: number, digits: number): string {
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}


const known = (value: number | undefined | null): value is number => value !== undefined && value !== null && Number.isFinite(value);

/** 12000000 → '1200万'; 18640000000 → '186.4亿'; 41260 → '41260'; '' for no figure. */
export function formatNumber(value: number | undefined | null): string {
  return known(value) ? numberAsWritten(value) : '';
}

/** A value with its unit: 18640000000 元 → '186.4亿元'; 6.5 % → '6.5%'; '' for no figure. */
export function formatValue(value: number | undefined | null, unit?: string | null): string {
  return known(value) ? valueAsWritten(value, unit ?? '') : '';
}

export interface GoalLike {
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  op?: string | null;
}

/** A target's goal as the report states it: '8%以上', '6.5%左右', '4.5%以内', '8%-8.5%', '186.4亿元'; '' when it has no figure. */
export function formatGoal(c: GoalLike): string {
  if (!known(c.low) && !known(c.high)) return '';
  const goal: Pick<Commitment, 'low' | 'high' | 'unit' | 'op'> = {};
  if (known(c.low)) goal.low = c.low;
  if (known(c.high)) goal.high = c.high;
  if (c.unit) goal.unit = c.unit;
  if (c.op) goal.op = c.op as Commitment['op'];
  return describeGoal(goal);
}

/** A share 0..1 → '85%'; a rate already in percent with `percent` → '85%'. */
export function formatShare(share: number | undefined | null, percent = false): string {
  if (share === undefined || share === null || !Number.isFinite(share)) return '—';
  return `${trim(percent ? share : share * 100, 1)}%`;
}

/** Today as YYYY-MM-DD in the viewer's time zone. */
export const todayLocal = (now = new Date()): string => isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate())!;

/** A byte count: 2048 → '2 KB'; 5_300_000 → '5.1 MB'. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < 1024 * 1024) return `${trim(n / 1024, 0)} KB`;
  return `${trim(n / 1024 / 1024, 1)} MB`;
}

/** Text cut to `length` characters (code points), with an ellipsis. */
export function excerpt(text: string, length = 40): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length).join('')}…`;
}
