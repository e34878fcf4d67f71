import type { Structured } from '../structure/index.js';
import type { Commitment } from './commitment.js';

/** A refiner filters, merges or annotates the whole list (chrono's refiners). */
export type Refiner = (items: Commitment[], doc: Structured) => Commitment[];

/**
 * A figure restated later is one item: the first statement (gold-format.md). A headline figure is known by its
 * indicator ("经济增长预期目标为5%左右" after the list of targets; last year's price rise repeated in the
 * explanation of this year's); any other by saying the same of the same thing (a list entry restated under its
 * sub-heading: "新建中小学25所，新增学位2.7万个" and "（一）新建中小学25所，新增学位2.7万个"; a milestone so restated).
 */
export const dropRestatements: Refiner = (items) => {
  const seen = new Set<string>();
  const unnamed = new Map<string, { text: string; pairs?: Set<string> }[]>();
  return items.filter((item) => {
    if (item.kind === 'task') return true;
    const key = `${item.kind}|${item.indicator}|${item.low}|${item.high}|${item.unit}|${item.op}|${item.deadline}|${item.period}`;
    if (item.indicator) {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }
    // the last few statements of the figure are enough to compare with (a run of thousands stays linear); most
    // figures are stated once, so an item's pairs are only made when there is an earlier one to compare
    const same = unnamed.get(key);
    if (same === undefined) {
      unnamed.set(key, [{ text: item.text }]);
      return true;
    }
    const mine = pairsOf(item.text);
    if (same.some((earlier) => sharedShare((earlier.pairs ??= pairsOf(earlier.text)), mine) >= RESTATED_OVERLAP)) return false;
    unnamed.set(key, [...same.slice(1 - RESTATEMENTS_COMPARED), { text: item.text, pairs: mine }]);
    return true;
  });
};

/** The character pairs of the first words of a statement, without white space and punctuation. */
function pairsOf(text: string): Set<string> {
  const found = new Set<string>();
  const words = text.slice(0, STATEMENT_COMPARED).replace(/[\s，。、；：,.;:“”"（）()]/g, '');
  for (let i = 0; i + 1 < words.length; i++) found.add(words.slice(i, i + 2));
  return found;
}

/** The share of the smaller set of pairs that the larger has: how far two statements say the same. */
function sharedShare(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / small.size;
}

/** Two statements of one figure about the same thing share most of their wording. */
const RESTATED_OVERLAP = 0.7;
const RESTATEMENTS_COMPARED = 4;
/** How much of a statement is compared: a statement is short, a run-on one need not be read whole. */
const STATEMENT_COMPARED = 80;

/**
 * Puts the units of each unit note on the items of its paragraph that come before it (and after the note
 * before it): task-split documents name the units after each task.
 */
export const attachNamedUnits: Refiner = (items, doc) => {
  const { toOriginal } = doc.cleaned;
  let from = 0;
  let paragraph = -1;
  for (const note of doc.unitNotes) {
    const at = doc.paragraphs.findIndex((p) => p.start <= note.start && note.start < p.end);
    if (at !== paragraph) from = doc.paragraphs[at]?.start ?? note.start;
    paragraph = at;
    const start = toOriginal(from, from).start;
    const end = toOriginal(note.start, note.start).start;
    for (const item of items) {
      if (item.span.start < start || item.span.start >= end) continue;
      item.lead_units = note.lead;
      if (note.units.length) item.units = note.units;
    }
    from = note.end;
  }
  return items;
};
