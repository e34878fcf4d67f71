import { ABOUT_TOLERANCE_POINTS, ABOUT_TOLERANCE_SHARE } from './tables/verification.js';

/**
 * How far short of a 左右 (about) figure still counts as meeting it (gold-format.md): half a percentage point
 * for rates, 5% of the value otherwise. One rule for the status engine and for verification.
 */
export function aboutTolerance(value: number, unit: string | undefined): number {
  return unit === '%' || unit === '百分点' ? ABOUT_TOLERANCE_POINTS : Math.abs(value) * ABOUT_TOLERANCE_SHARE;
}
