import type { Structured } from '../structure/index.js';
import type { Commitment } from './commitment.js';

/** A refiner filters, merges or annotates the whole list (chrono's refiners). */
export type Refiner = (items: Commitment[], doc: Structured) => Commitment[];

/**
 * A headline target restated later ("经济增长预期目标为5%左右" after the list of targets) is one item:
 * the first statement (gold-format.md).
 */
export const dropRestatedTargets: Refiner = (items) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.kind !== 'target' || !item.indicator) return true;
    const key = [item.indicator, item.low, item.high, item.unit, item.op, item.deadline].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** "（牵头单位：市发改委；责任单位：各县区政府）" — units named in the text after a task, as task-split documents write them. */
const UNIT_NOTE = /[（(]牵头单位[:：]([^；;）)]+)(?:[；;][ \u3000]*(?:责任单位|配合单位|参与单位)[:：]([^）)]+))?[）)]/g;
const UNIT_LIST = /[、，,]/;

/** Puts the units of each unit note on the items of its paragraph that come before it (and after the note before). */
export const attachNamedUnits: Refiner = (items, doc) => {
  const { text } = doc.cleaned;
  for (const paragraph of doc.paragraphs) {
    let from = paragraph.start;
    for (const note of text.slice(paragraph.start, paragraph.end).matchAll(UNIT_NOTE)) {
      const at = paragraph.start + note.index;
      const lead = note[1].split(UNIT_LIST).map((u) => u.trim()).filter(Boolean);
      const others = (note[2] ?? '').split(UNIT_LIST).map((u) => u.trim()).filter(Boolean);
      for (const item of items) {
        const start = doc.cleaned.toOriginal(at, at).start;
        if (item.span.start < doc.cleaned.toOriginal(from, from).start || item.span.start >= start) continue;
        item.lead_units = lead;
        if (others.length) item.units = others;
      }
      from = at + note[0].length;
    }
  }
  return items;
};
