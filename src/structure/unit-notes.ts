import type { Span } from '../span.js';
import { UNIT_LIST, UNIT_NOTE } from './tables/clause-marks.js';

/** "（牵头单位：市发改委；责任单位：各县区政府）": the units a task-split document names after a task. */
export interface UnitNote extends Span {
  lead: string[];
  units: string[];
}

const listOf = (s: string | undefined) => (s ?? '').split(UNIT_LIST).map((u) => u.trim()).filter(Boolean);

/** Every unit note of the text, in order (cleaned offsets). */
export function unitNotesOf(text: string): UnitNote[] {
  if (!text.includes('单位') && !text.includes('部门')) return [];
  return [...text.matchAll(UNIT_NOTE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lead: listOf(m[1]),
    units: listOf(m[2]),
  }));
}
