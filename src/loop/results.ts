/**
 * A year's results as two documents give them: the next year's work report reviews it early in the next year with
 * preliminary figures (预计, 初步核算), the statistical bulletin of the year gives the final ones a few weeks later.
 * Which figure of a document states the measure another names, and whether two figures agree.
 */
import type { Commitment, Extraction } from '../extract/index.js';
import type { DocumentKind } from '../structure/index.js';
import type { Span } from '../span.js';
import { MASS_IN_KILOGRAMS, OWN_MEASURE, TARGET_WORDS } from './tables/verification.js';

/** Where a result is read from: the next year's report (preliminary) or the year's bulletin (final). */
export type ResultSource = DocumentKind;

/** A figure as a document states it. */
export interface Figure {
  text: string;
  low: number;
  high?: number;
  unit?: string;
  op?: string;
  /** The step of its last digit written, in base units (absent: compared exactly). */
  precision?: number;
  span: Span;
}

/** The figure of an item, as verification keeps it. */
export const figureOf = (c: Commitment): Figure => ({
  text: c.text,
  low: c.low!,
  ...(c.high !== undefined ? { high: c.high } : {}),
  ...(c.unit !== undefined ? { unit: c.unit } : {}),
  ...(c.op !== undefined ? { op: c.op } : {}),
  ...(c.precision !== undefined ? { precision: c.precision } : {}),
  span: c.span,
});

/** Whether figures in these units measure alike: the same unit, or two units of mass (万吨 and 亿斤). */
export const comparableUnits = (a: string | undefined, b: string | undefined): boolean =>
  (a ?? '') === (b ?? '') || (a !== undefined && b !== undefined && MASS_IN_KILOGRAMS[a] !== undefined && MASS_IN_KILOGRAMS[b] !== undefined);

/** A figure's value and precision in another unit of mass (19.9万吨 is 3.98亿斤); in any other unit, as it is. */
export function inUnit<T extends Pick<Figure, 'low' | 'unit' | 'precision'>>(figure: T, unit: string | undefined): T {
  const [from, to] = [MASS_IN_KILOGRAMS[figure.unit ?? ''], MASS_IN_KILOGRAMS[unit ?? '']];
  if (from === undefined || to === undefined || from === to) return figure;
  const factor = from / to;
  return { ...figure, low: figure.low * factor, unit, ...(figure.precision !== undefined ? { precision: figure.precision * factor } : {}) };
}

/**
 * Whether two statements of one figure agree at the precision of the coarser: 230.6亿元 and 2306460万元 do (230.646
 * rounds to 230.6), 4.8% and 4.5% do not. A figure whose precision is unknown is compared exactly.
 */
export function sameFigure(a: Pick<Figure, 'low' | 'unit' | 'precision'>, other: Pick<Figure, 'low' | 'unit' | 'precision'>): boolean {
  if (!comparableUnits(a.unit, other.unit)) return false;
  const b = inUnit(other, a.unit);
  const step = Math.max(a.precision ?? 0, b.precision ?? 0);
  if (step === 0) return Math.abs(a.low - b.low) <= 1e-9 * Math.max(1, Math.abs(a.low));
  // in whole steps, with the floating-point noise of the division rounded away first
  const steps = (x: number) => Math.round(Number((x / step).toPrecision(12)));
  return steps(a.low) === steps(b.low);
}

/** The pairs of Han characters in a text, none across what stands between them. */
export function hanPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) if (isHan(text.charCodeAt(i)) && isHan(text.charCodeAt(i + 1))) pairs.add(text.slice(i, i + 2));
  return pairs;
}
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** The share of `pairs` that stand in `words`. */
export function shareIn(pairs: ReadonlySet<string>, words: ReadonlySet<string>): number {
  let shared = 0;
  for (const pair of pairs) if (words.has(pair)) shared++;
  return pairs.size ? shared / pairs.size : 0;
}

/** The pairs of Han characters of a statement's words, its figures and the words that only make it a target left out. */
const namingPairs = (text: string): Set<string> => hanPairs(text.replace(TARGET_WORDS, '|').replace(/[\d.]+[十百千万亿]*/g, '|'));

/**
 * Of figures of one indicator, the one that names the measure `statement` names: most of its words (地方一般公共预算
 * 收入 is not the 全口径 one); where that does not decide, the government's own measure (tables/verification.ts), then
 * the figure nearest `near` when given, then the first.
 */
export function sameMeasure<T extends Commitment>(statement: string, candidates: readonly T[], near?: Pick<Figure, 'low' | 'unit'>): T | undefined {
  if (candidates.length <= 1) return candidates[0];
  const wanted = namingPairs(statement);
  const ranked = candidates.map((c, i) => ({ c, i, shared: shareIn(wanted, namingPairs(c.text)), own: OWN_MEASURE.test(c.text) ? 1 : 0, off: near === undefined ? 0 : Math.abs(inUnit({ low: c.low ?? 0, unit: c.unit }, near.unit).low - near.low) }));
  ranked.sort((x, y) => y.shared - x.shared || y.own - x.own || x.off - y.off || x.i - y.i);
  return ranked[0]!.c;
}

/** One headline indicator of a year as the next report gives it and as the bulletin does. */
export interface ResultPair {
  indicator: string;
  preliminary: Figure;
  final: Figure;
  /** The two agree at the precision of the coarser. */
  same: boolean;
}

/** The headline results of a year (its achievements with an indicator), by indicator, in order. */
function headlineResults(extraction: Extraction, year: string): Map<string, Commitment[]> {
  const byIndicator = new Map<string, Commitment[]>();
  for (const c of extraction.commitments) {
    if (c.kind !== 'achievement' || !c.indicator || c.period !== year || c.low === undefined) continue;
    byIndicator.set(c.indicator, [...(byIndicator.get(c.indicator) ?? []), c]);
  }
  return byIndicator;
}

/**
 * Each headline figure the next year's report gives for the year the bulletin covers, with the bulletin's figure of
 * the same measure, in the same unit, and whether the two agree (gold-format.md: preliminary-vs-final).
 */
export function pairResults(report: Extraction, bulletin: Extraction): ResultPair[] {
  const covers = bulletin.report.covers ?? (bulletin.report.year === undefined ? undefined : bulletin.report.year - 1);
  if (covers === undefined) return [];
  const finals = headlineResults(bulletin, String(covers));
  const pairs: ResultPair[] = [];
  for (const [indicator, stated] of headlineResults(report, String(covers))) {
    for (const c of stated) {
      const final = sameMeasure(c.text, (finals.get(indicator) ?? []).filter((f) => comparableUnits(f.unit, c.unit)), { low: c.low!, unit: c.unit });
      if (!final) continue;
      const [preliminary, finalFigure] = [figureOf(c), figureOf(final)];
      pairs.push({ indicator, preliminary, final: finalFigure, same: sameFigure(preliminary, finalFigure) });
    }
  }
  return pairs;
}
