import type { Structured } from '../structure/index.js';
import type { Commitment } from './commitment.js';

/** A refiner filters, merges or annotates the whole list (chrono's refiners). */
export type Refiner = (items: Commitment[], doc: Structured) => Commitment[];

/**
 * A headline figure restated later ("经济增长预期目标为5%左右" after the list of targets; last year's price rise
 * repeated in the explanation of this year's) is one item: the first statement (gold-format.md).
 */
export const dropRestatements: Refiner = (items) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    if ((item.kind !== 'target' && item.kind !== 'achievement') || !item.indicator) return true;
    const key = [item.kind, item.indicator, item.low, item.high, item.unit, item.op, item.deadline, item.period].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

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
