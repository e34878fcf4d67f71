/** Figures and texts as they appear in reasons, reminders and tables: 1.2万个, 4.5%, 85%, a text cut to length. */
import type { Commitment } from '../ledger/model.js';
import { TITLE_LENGTH } from './thresholds.js';

const RATE_UNIT = /^(?:%|‰|个百分点|百分点)$/;

/** Up to `digits` decimals, trailing zeros dropped. */
const trim = (n: number, digits: number): string => {
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
};

/** A value with its unit, as Chinese reports write it: 10000个 → 1万个, 4109.59个 → 4110个, 7.5% → 7.5%. */
export function formatValue(value: number, unit = ''): string {
  if (RATE_UNIT.test(unit)) return `${trim(value, 2)}${unit}`;
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8, 2)}亿${unit}`;
  if (abs >= 1e4) return `${trim(value / 1e4, 2)}万${unit}`;
  if (abs >= 100) return `${Math.round(value)}${unit}`;
  return `${trim(value, 2)}${unit}`;
}

/** The target as stated: 8%-8.5%, 5000座以上, 4.5%以内, 5%左右. */
export function describeGoal(c: Pick<Commitment, 'low' | 'high' | 'unit' | 'op'>): string {
  const unit = c.unit ?? '';
  if (c.low !== undefined && c.high !== undefined && c.low !== c.high) {
    const [low, high] = [formatValue(c.low, unit), formatValue(c.high, unit)];
    const suffix = /[^\d.]*$/.exec(high)![0];
    return `${suffix && low.endsWith(suffix) ? low.slice(0, -suffix.length) : low}-${high}`;
  }
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

/** A share as a whole percentage: 0.853 → 85%. */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;

/** An item's text cut to TITLE_LENGTH characters (code points, so no half characters). */
export function excerpt(text: string, length = TITLE_LENGTH): string {
  const chars = [...text.trim()];
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length).join('')}…`;
}
