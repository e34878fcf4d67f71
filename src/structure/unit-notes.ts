import type { Span } from '../span.js';
import { LEAD_KEY, UNIT_LIST, UNIT_NOTE } from './tables/clause-marks.js';

/** "（牵头单位：市发改委；责任单位：各县区政府）": the units a task-split document names after a task. */
export interface UnitNote extends Span {
  lead: string[];
  units: string[];
}

const listOf = (s: string | undefined) => (s ?? '').split(UNIT_LIST).map((u) => u.trim()).filter(Boolean);

/** Every unit note of the text, in order (cleaned offsets). */
export function unitNotesOf(text: string): UnitNote[] {
  if (!text.includes('牵头') && !text.includes('单位') && !text.includes('部门')) return [];
  return [...text.matchAll(UNIT_NOTE)].map((m) => {
    const { key, first, others } = m.groups!;
    const listed = listOf(first);
    // 责任单位 alone: the unit listed first leads
    const [lead, units] = LEAD_KEY.test(key!) || others !== undefined ? [listed, listOf(others)] : [listed.slice(0, 1), listed.slice(1)];
    return { start: m.index, end: m.index + m[0].length, lead, units };
  });
}
