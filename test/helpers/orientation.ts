import { clean } from '../../src/clean/index.js';
import { structure, orientationOf, type Orientation } from '../../src/structure/index.js';

/** Each clause holding a figure (not only a year), with its orientation, for a text read as a report of `year`. */
export function oriented(text: string, year = 2025): [string, Orientation][] {
  const s = structure(clean({ text }), { year });
  return s.clauses
    .map((c) => [s.cleaned.text.slice(c.start, c.end).replace(/[，,；;。：:]$/, ''), orientationOf(c.role)] as [string, Orientation])
    .filter(([words]) => /\d/.test(words.replace(/\d{4}年/g, '')));
}

/** A row: what it shows, a text (our own, in the style of news pages and report excerpts), its figure clauses' orientations. */
export type OrientationRow = [what: string, text: string, expected: [string, Orientation][]];
