import type { Commitment, Extraction } from '../extract/index.js';
import { COUNTERS, directionOf } from '../extract/index.js';
import type { Structured } from '../structure/index.js';
import type { Verdict } from '../ledger/model.js';
import {
  DELIVERY_VERBS,
  FALL_BEFORE_FIGURE,
  GENERIC_COUNTER,
  MEASURE_NAMES,
  MISSED_IN_WORDS,
  REACH_GAP_MAX,
  REACH_OPENING,
  REDUCTION_TARGET,
  SAID_OF_MIN_PAIRS,
  SAID_OF_SHARE,
  SAME_MEASURE,
  TARGET_WORDS,
  TOPIC_WORDS,
} from './tables/verification.js';
import { aboutTolerance } from './tolerance.js';
import { formatValue } from './format.js';
import { comparableUnits, figureOf, hanPairs, inUnit, sameFigure, sameMeasure, shareIn, type Figure, type ResultSource } from './results.js';

/** What a target is checked against: a figure of a results document, or its words. */
export type VerificationResult = Omit<Figure, 'low'> & { low?: number };

export interface TargetVerdict {
  target: Pick<Commitment, 'text' | 'indicator' | 'low' | 'high' | 'unit' | 'op' | 'deadline' | 'span'>;
  /** The result the verdict is from: the bulletin's (final) where it gives one, else the next report's. */
  result: VerificationResult | null;
  verdict: Verdict;
  /** Why, in words. */
  reason: string;
  /** The kind of document the result is from; null when none gives one. */
  source: ResultSource | null;
  /** When both the next report and the bulletin were read: what each says (null: nothing) and whether they differ. */
  preliminary?: VerificationResult | null;
  final?: VerificationResult | null;
  /** The two figures differ beyond the precision of the coarser (预计增长4.8% against 4.5%). */
  differ?: boolean;
}

/** A document the results are read from: year N+1's report or year N's statistical bulletin (its kind says which). */
export interface ResultsDocument {
  extraction: Extraction;
  /** Its structure, to find a target a report says in words was missed. */
  doc?: Structured;
}

/** The reports of two consecutive years of one government, as extracted and structured. */
export interface VerificationPair {
  targets: Extraction;
  results: Extraction;
  /** The results report's structure, to find a target said in words to be missed. */
  resultsDoc?: Structured;
}

const sameUnit = (a?: string, b?: string) => (a ?? '') === (b ?? '');

/** Any of the delivery verbs, longest first (新改建 before 改建). */
const VERBS = new RegExp(DELIVERY_VERBS.map((v) => v.verb).join('|'), 'g');

/** The deeds (building new, renovating) a text's delivery verbs name. */
const deedsOf = (text: string): Set<string> => new Set([...text.matchAll(VERBS)].flatMap((m) => DELIVERY_VERBS.find((v) => v.verb === m[0])!.deeds));

/** A result may state the target unless both name deeds and none is the same (新建 is not 改造; 新改建 is either). */
const deedsAgree = (target: string, result: string): boolean => {
  const [a, b] = [deedsOf(target), deedsOf(result)];
  return a.size === 0 || b.size === 0 || [...a].some((d) => b.has(d));
};

/** Units a review may count the same things in: the same unit, 个 and any counter, 人 and 名. */
const countsAlike = (a?: string, b?: string): boolean =>
  sameUnit(a, b) ||
  (a !== undefined && b !== undefined &&
    (((a === GENERIC_COUNTER || b === GENERIC_COUNTER) && COUNTERS.includes(a) && COUNTERS.includes(b)) || SAME_MEASURE.some((g) => g.includes(a) && g.includes(b))));

/** A ceiling (以内, or an indicator whose lower figures are better: prices, unemployment) rather than a floor. */
export const lowerIsBetter = (target: Pick<Commitment, 'indicator' | 'op'>): boolean =>
  target.op === 'at_most' || (target.indicator ? directionOf(target.indicator) === 'lower' : false);

/** Whether a result meets a target under its op and the indicator's direction of good (gold-format.md). */
export function meets(target: Pick<Commitment, 'indicator' | 'low' | 'high' | 'unit' | 'op'>, value: number): boolean {
  const low = target.low ?? 0;
  const tolerance = aboutTolerance(low, target.unit);
  // lower is better: at or below the target (a range: below its top); 左右 gives no leeway upwards
  if (lowerIsBetter(target)) return value <= (target.high ?? low) + 1e-9;
  const floor = target.op === 'about' ? low - tolerance : low;
  return value >= floor - 1e-9;
}

/**
 * The result a document gives for a target: the same headline indicator in the same unit, for the target's year —
 * a result of that year (of the measure the target names, where there are several: 地方 or 全口径 budget revenue);
 * else the base a new target starts from ("赤字率从去年的2.1%提高到2.3%"); else a bound said to hold over a period
 * ending that year ("赤字率一直控制在3%以内").
 */
function resultFor(target: Commitment, next: readonly Commitment[], year: string): Figure | undefined {
  if (!target.indicator) return resultSaidOf(target, next, year);
  const same = next.filter((r) => r.indicator === target.indicator && comparableUnits(r.unit, target.unit));
  const annual = sameMeasure(target.text, same.filter((r) => r.kind === 'achievement' && r.period === year && r.low !== undefined));
  if (annual) return figureOf(annual);
  const base = same.find((r) => r.kind === 'target' && r.baseline !== undefined && r.baseline_period === year);
  if (base) return { text: base.text, low: base.baseline!, ...(base.unit !== undefined ? { unit: base.unit } : {}), span: base.span };
  const bound = same.find((r) => r.kind === 'achievement' && r.op === 'at_most' && r.period?.endsWith(`-${year}`) && r.low !== undefined);
  if (bound) return figureOf(bound);
  return undefined;
}

/**
 * The result of the target's year, in its unit or one counting alike, that speaks of the same thing as a target with
 * no headline indicator: most of the target's words stand in it (新建5G基站2万个 → 新建5G基站2.6万个; 建设保障性租赁
 * 住房2万套 → 筹集保障性租赁住房2.3万套), or most of what it delivers, whatever the verb (新建农村沼气池5000口 →
 * 建成沼气池5200口) as long as the deed is the same. The best such: most words, then most of the deliverable.
 */
function resultSaidOf(target: Commitment, next: readonly Commitment[], year: string): Figure | undefined {
  // the target's words, without those that make it a target and without its figure (28亿元 says no subject)
  const figure = new RegExp(`[\\d.]+[十百千万亿]*(?:${target.unit ?? ''})?`, 'g');
  const words = spelled(target.text.replace(TARGET_WORDS, '')).replace(figure, '|');
  const names = hanPairs(words);
  const deliverable = hanPairs(words.replace(VERBS, '|'));
  if (names.size < SAID_OF_MIN_PAIRS) return undefined;
  let best: { result: Commitment; share: number; delivered: number } | undefined;
  for (const [i, result] of next.entries()) {
    if (result.kind !== 'achievement' || result.period !== year || result.low === undefined || !countsAlike(result.unit, target.unit)) continue;
    const said = spelled(reachedBy(result, next[i - 1]) + result.text);
    if (!deedsAgree(target.text, said)) continue;
    const share = shareIn(names, hanPairs(said));
    const delivered = deliverable.size >= SAID_OF_MIN_PAIRS ? shareIn(deliverable, hanPairs(said.replace(VERBS, '|'))) : 0;
    if (share < SAID_OF_SHARE && delivered < SAID_OF_SHARE) continue;
    if (!best || share > best.share || (share === best.share && delivered > best.delivered)) best = { result, share, delivered };
  }
  return best && figureOf(best.result);
}

/** A text with each measure named one way (MEASURE_NAMES). */
const spelled = (text: string): string => MEASURE_NAMES.reduce((t, { words, as }) => t.replace(words, as), text);

/** The words of the deliverable a reach figure (惠及2.1万户) is said of: the figure right before it, if any. */
function reachedBy(result: Commitment, before: Commitment | undefined): string {
  if (!before || !REACH_OPENING.test(result.text)) return '';
  const gap = result.span.start - before.span.end;
  return gap >= 0 && gap <= REACH_GAP_MAX ? before.text : '';
}

/** A sentence of the review saying in words that the target's topic was not met ("物价调控目标没有完成"). */
function missedInWords(target: Commitment, doc: Structured | undefined): VerificationResult | undefined {
  const topics = target.indicator ? TOPIC_WORDS[target.indicator] : undefined;
  if (!doc || !topics) return undefined;
  const { text } = doc.cleaned;
  for (const sentence of doc.sentences) {
    if (sentence.role !== 'review_last_year' && sentence.role !== 'review_plan_period') continue;
    const words = text.slice(sentence.start, sentence.end);
    if (MISSED_IN_WORDS.test(words) && words.includes('目标') && topics.some((t) => words.includes(t))) {
      return { text: words.replace(/[，。；,;]$/, ''), span: doc.cleaned.toOriginal(sentence.start, sentence.end) };
    }
  }
  return undefined;
}

/**
 * The value a result reports in the target's unit, below zero where its words say the figure is a fall (比上年下降
 * 2.1% against 增长6%) — unless the target is itself a reduction, which the reduction reported is compared with.
 */
export function resultValue(target: Pick<Commitment, 'text' | 'unit'>, result: Pick<Figure, 'text' | 'low' | 'unit'>): number {
  const value = inUnit(result, target.unit).low;
  return FALL_BEFORE_FIGURE.test(result.text) && !REDUCTION_TARGET.test(target.text) ? -value : value;
}

/** One verdict per target of year N against year N+1's report (see verifyAgainst). */
export function verify(pair: VerificationPair): TargetVerdict[] {
  return verifyAgainst(pair.targets, [{ extraction: pair.results, ...(pair.resultsDoc ? { doc: pair.resultsDoc } : {}) }]);
}

const SOURCE_NAMES: Readonly<Record<ResultSource, string>> = { report: '次年报告', bulletin: '统计公报' };

/**
 * One verdict per target of the targets report (gold-format.md), against year N+1's report (preliminary figures),
 * year N's statistical bulletin (final ones), or both: a target due in its year is achieved or missed against the
 * final figure where the bulletin gives one, else the report's, or missed where the report says so in words; else,
 * and for a target due later (到2025年), not mentioned. With both documents, each verdict keeps both figures and
 * says whether they differ.
 */
export function verifyAgainst(targets: Extraction, results: readonly ResultsDocument[]): TargetVerdict[] {
  const year = targets.report.year;
  const report = results.find((r) => r.extraction.report.kind !== 'bulletin');
  const bulletin = results.find((r) => r.extraction.report.kind === 'bulletin');
  const both = report !== undefined && bulletin !== undefined;
  const read = report ? SOURCE_NAMES.report : SOURCE_NAMES.bulletin;
  return targets.commitments
    .filter((c) => c.kind === 'target')
    .map((c): TargetVerdict => {
      const target = { text: c.text, indicator: c.indicator, low: c.low, high: c.high, unit: c.unit, op: c.op, deadline: c.deadline, span: c.span };
      const due = year === undefined || c.deadline?.startsWith(String(year));
      if (!due) return { target, result: null, verdict: 'not_mentioned', reason: `目标年度晚于${read}所回顾的年度`, source: null };
      const preliminary = report && resultFor(c, report.extraction.commitments, String(year));
      const final = bulletin && resultFor(c, bulletin.extraction.commitments, String(year));
      const differ = preliminary && final ? !sameFigure(preliminary, final) : undefined;
      const sides = both ? { preliminary: preliminary ?? null, final: final ?? null, ...(differ !== undefined ? { differ } : {}) } : {};
      const result = final ?? preliminary;
      if (result) {
        const ok = meets(c, resultValue(c, result));
        const source: ResultSource = final ? 'bulletin' : 'report';
        const also = differ && preliminary ? `（次年报告${formatValue(preliminary.low, preliminary.unit)}）` : '';
        const reason = `${ok ? '达到' : '未达到'}目标：${both ? SOURCE_NAMES[source] : '报告'}${formatValue(result.low, result.unit)}${also}`;
        return { target, result, verdict: ok ? 'achieved' : 'missed', reason, source, ...sides };
      }
      const words = missedInWords(c, report?.doc);
      if (words) return { target, result: words, verdict: 'missed', reason: '次年报告说明未完成', source: 'report', ...sides };
      return { target, result: null, verdict: 'not_mentioned', reason: `${both ? '次年报告和统计公报均' : read}未提及`, source: null, ...sides };
    });
}
