/**
 * Figures and texts as a Chinese office writes them — in reasons, reminders, the 任务分解表, the exports and the web
 * app (one formatter for all): 1200万人左右, 1.3万亿斤以上, 186.4亿元, 41260元, 4.5%以内; a text cut to length.
 */
import type { Commitment } from '../ledger/model.js';
import { TITLE_LENGTH } from './thresholds.js';

/**
 * Units in which a figure is a rate or share, not an amount that adds up over a period: written with its decimals, its
 * distance from a target said in percentage points (the status engine and the self-assessment read them here too).
 */
export const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '百分点']);

/** The multipliers a report writes large figures with, largest first (GB/T 15835 and the reports' own usage). */
const MAGNITUDES: readonly (readonly [number, string])[] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
/** A figure written with a multiplier keeps at most this many decimals, exactly (1.23万 is 12300, not 12345). */
const DECIMALS = 2;

/** Up to `digits` decimals, trailing zeros dropped. */
const trim = (n: number, digits: number): string => {
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** Whether `n` has at most DECIMALS decimals (up to floating-point noise). */
const exact = (n: number): boolean => Math.abs(n * 10 ** DECIMALS - Math.round(n * 10 ** DECIMALS)) < 1e-6;

/**
 * A figure as the report writes it: in the largest of 万亿, 亿, 万 that says it exactly with at most two decimals
 * (12000000 → 1200万, 1300000000000 → 1.3万亿, 18640000000 → 186.4亿), else in full (41260 stays 41260, not
 * 4.13万), with at most two decimals.
 */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of MAGNITUDES) {
    if (abs >= size && exact(value / size)) return `${trim(value / size, DECIMALS)}${word}`;
  }
  return trim(value, DECIMALS);
}


/** A value with its unit: 12000000 人 → 1200万人, 7.5 % → 7.5%, 41260 元 → 41260元. */
export function formatValue(value: number, unit = ''): string {
  return RATE_UNITS.has(unit) ? `${trim(value, DECIMALS)}${unit}` : `${formatNumber(value)}${unit}`;
}

/**
 * A figure as an office types it (1200万, 1.3万亿, 41,260, ８.５): the number, or undefined when the text is none. The
 * inverse of formatNumber.
 */
export function parseFigure(text: string): number | undefined {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '');
  const m = /^([-+]?\d+(?:\.\d+)?)(万亿|亿|万)?$/.exec(plain);
  if (!m) return undefined;
  const size = MAGNITUDES.find(([, word]) => word === m[2])?.[0] ?? 1;
  // scaled through the decimal string, so 1.3万亿 is exactly 1300000000000
  const [whole, fraction = ''] = m[1]!.split('.');
  const digits = Math.log10(size);
  return Number(`${whole}${fraction.padEnd(digits, '0').slice(0, digits)}${fraction.length > digits ? `.${fraction.slice(digits)}` : ''}`);
}

/** The target as the report states it: 8%—8.5%, 5000座以上, 4.5%以内, 5%左右, 1200万人左右, 1.3万亿斤以上. */
export function describeGoal(c: Pick<Commitment, 'low' | 'high' | 'unit' | 'op'>): string {
  const unit = c.unit ?? '';
  if (c.low !== undefined && c.high !== undefined && c.low !== c.high) return `${formatValue(c.low, unit)}—${formatValue(c.high, unit)}`;
  const v = formatValue((c.low ?? c.high)!, unit);
  switch (c.op) {
    case 'at_least':
      return `${v}以上`;
    case 'at_most':
      return `${v}以内`;
    case 'about':
      return `${v}左右`;
    default:
      return v;
  }
}

/**
 * A value worked out rather than reported (what 序时进度 expects today), to the precision the goal is written
 * in: in 亿 or 万 with one decimal where the goal is that large (104.6亿元, not 10457142857元), else one decimal
 * (83.7个, 1.4所).
 */
export function formatExpected(value: number, unit: string | undefined, goal: number): string {
  const scale = Math.abs(goal) >= 1e8 ? 1e8 : Math.abs(goal) >= 1e4 ? 1e4 : 1;
  return formatValue((Math.round((value / scale) * 10) / 10) * scale, unit ?? '');
}

/** Percentage points to one decimal, as a 督查通报 writes them: 42.5, 50, 7.5. */
export const roundPoints = (points: number): number => Math.round(points * 10) / 10;
export const formatPoints = (points: number): string => String(roundPoints(points));

/** A share as a whole percentage: 0.853 → 85%. */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;

/** An item's text cut to TITLE_LENGTH characters (code points, so no half characters). */
export function excerpt(text: string, length = TITLE_LENGTH): string {
  const chars = [...text.trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}
