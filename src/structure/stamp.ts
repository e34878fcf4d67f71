import type { Span } from '../span.js';
import type { PagePart } from './page.js';
import { PUBLICATION_STAMP } from './tables/year-cues.js';

/** A page's publication stamp (发布时间:2024-01-31 13:58): when the page was put up, not when the report was given. */
export interface Stamp {
  year: number;
  month: number;
  day: number;
  part: PagePart;
  span: Span;
}

export function stampsIn(parts: readonly PagePart[]): Stamp[] {
  const stamps: Stamp[] = [];
  for (const part of parts) {
    for (const m of part.text.matchAll(PUBLICATION_STAMP)) {
      const [year, month, day] = [m[1] ?? m[4] ?? m[7], m[2] ?? m[5] ?? m[8], m[3] ?? m[6] ?? m[9]].map(Number);
      stamps.push({ year, month, day, part, span: part.toOriginal(m.index, m.index + m[0].length) });
    }
  }
  return stamps;
}
