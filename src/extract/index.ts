import type { Structured, ReportMeta } from '../structure/index.js';
import type { Commitment } from './commitment.js';
import { sentenceContexts, type SentenceContext } from './context.js';
import { quantifiedItems } from './quantified.js';
import { milestones } from './milestones.js';
import { tasks } from './tasks.js';
import { attachNamedUnits, dropBulletinCells, dropRestatements, type Refiner } from './refiners.js';
import { USUAL_ANNUAL_TARGETS } from './tables/indicators.js';

export type { Commitment, Kind } from './commitment.js';
export type { Op, Quantity } from './quantity/index.js';
export { findQuantities } from './quantity/index.js';
export { directionOf } from './tables/indicators.js';
export { COUNTERS } from './tables/units.js';

/** The extraction stage's result, in the contract's shape. */
export interface Extraction {
  report: ReportMeta & {
    /** Headline indicators a report of this level normally targets that this one states no target for. */
    absent: string[];
  };
  commitments: Commitment[];
}

/** The extractors, in order; each reads one sentence and sees what the ones before it found there. */
const extractors: readonly ((ctx: SentenceContext, found: readonly Commitment[]) => Commitment[])[] = [
  quantifiedItems,
  milestones,
  tasks,
];

/** The refiners, in order, over the whole list. */
const refiners: readonly Refiner[] = [dropBulletinCells, dropRestatements, attachNamedUnits];

/** Every target, milestone, achievement and task of a structured report, each with its span in the original. */
export function extract(doc: Structured): Extraction {
  let commitments: Commitment[] = [];
  for (const ctx of sentenceContexts(doc)) {
    const found: Commitment[] = [];
    for (const extractor of extractors) for (const c of extractor(ctx, found)) found.push(c);
    // in the order their statements end: an item stated from a subject named earlier (…，增长6.2%) follows the
    // items inside its run
    for (const c of found.sort((a, b) => a.span.end - b.span.end || a.span.start - b.span.start)) commitments.push(c);
  }
  for (const refine of refiners) commitments = refine(commitments, doc);
  const year = doc.meta.year;
  const targeted = new Set(
    commitments.filter((c) => c.kind === 'target' && c.indicator && c.deadline?.startsWith(String(year))).map((c) => c.indicator),
  );
  // a bulletin sets no targets: none of them is missing from it
  const absent = doc.meta.level && doc.meta.kind === 'report' ? USUAL_ANNUAL_TARGETS[doc.meta.level].filter((id) => !targeted.has(id)) : [];
  return { report: { ...doc.meta, absent }, commitments };
}
