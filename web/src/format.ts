/**
 * How the application writes dates, numbers and targets, in Chinese: 2021年7月31日, 186.4亿元, 1.2万个, ≥8%, 约5%.
 * Pure functions, no DOM (unit tests: test/web/format.test.ts).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** '2021-07-31' (or an ISO instant) → '2021年7月31日'; '2021-07' → '2021年7月'; '2021' → '2021年'. Other text is returned as is. */
export function formatDate(value: string | undefined | null): string {
  if (!value) return '';
  const day = DAY.exec(value);
  if (day) return `${Number(day[1])}年${Number(day[2])}月${Number(day[3])}日`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${Number(month[1])}年${Number(month[2])}月`;
  if (/^\d{4}$/.test(value)) return `${value}年`;
  return value;
}

/** Server-written sentences with ISO days (2024-09-16) → Chinese dates (2024年9月16日). */
export function localizeDates(text: string | undefined | null): string {
  return (text ?? '').replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, m: string, d: string) => `${Number(y)}年${Number(m)}月${Number(d)}日`);
}

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

/** 186400 → '18.64万'; 18640000000 → '186.4亿'; 1234 → '1234'; 6.25 → '6.25'. */
export function formatNumber(value: number | undefined | null, digits = 2): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8, digits)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4, digits)}万`;
  return trim(value, digits);
}

const RATE_UNIT = /^(?:%|‰|个百分点|百分点)$/;

/** A value with its unit: 18640000000 元 → '186.4亿元'; 6.5 % → '6.5%'; 10000 个 → '1万个'. */
export function formatValue(value: number | undefined | null, unit?: string | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '';
  const u = unit ?? '';
  if (RATE_UNIT.test(u)) return `${trim(value, 2)}${u}`;
  return `${formatNumber(value)}${u}`;
}

export type Op = 'exact' | 'about' | 'at_least' | 'at_most' | 'range';

/** The symbol an op is written with: ≥ ≤ 约, '' for exact and range. */
export function opSymbol(op: Op | string | undefined | null): string {
  switch (op) {
    case 'at_least':
      return '≥';
    case 'at_most':
      return '≤';
    case 'about':
      return '约';
    default:
      return '';
  }
}

export interface GoalLike {
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  op?: Op | string | null;
}

/** A target's goal: '≥8%', '约6.5%', '≤4.5%', '8%–8.5%', '186.4亿元'; '' when it has no figure. */
export function formatGoal(c: GoalLike): string {
  const low = c.low ?? undefined;
  const high = c.high ?? undefined;
  if (low === undefined && high === undefined) return '';
  if (low !== undefined && high !== undefined && low !== high) {
    return `${formatValue(low, c.unit)}–${formatValue(high, c.unit)}`;
  }
  return `${opSymbol(c.op)}${formatValue((low ?? high)!, c.unit)}`;
}

/** A share 0..1 → '85%'; a rate already in percent with `percent` → '85%'. */
export function formatShare(share: number | undefined | null, percent = false): string {
  if (share === undefined || share === null || !Number.isFinite(share)) return '—';
  return `${trim(percent ? share : share * 100, 1)}%`;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/** YYYY-MM-DD `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const d = new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + n));
  return d.toISOString().slice(0, 10);
}

/** Today as YYYY-MM-DD in the viewer's time zone. */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
