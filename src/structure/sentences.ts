import type { Span } from '../span.js';
import type { Paragraph } from './sections.js';
import { CLAUSE_MARKS, SENTENCE_MARKS } from './tables/clause-marks.js';

export interface Sentence extends Span {
  paragraph: number;
}

export interface Clause extends Span {
  sentence: number;
}

/** Splits `span` of `text` after each of `marks`, trimming white space; empty pieces are dropped. */
function split(text: string, span: Span, marks: string): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) pieces.push({ start: s, end: e });
  };
  for (let i = span.start; i < span.end; i++) {
    if (!marks.includes(text[i])) continue;
    push(i + 1);
    start = i + 1;
  }
  push(span.end);
  return pieces;
}

/**
 * Sentences (split at 。！？) and clauses (split at ，；：) of every paragraph. Where punctuation was deleted,
 * a clause runs on; the extractor splits such runs at its items.
 */
export function sentencesOf(text: string, paragraphs: readonly Paragraph[]): { sentences: Sentence[]; clauses: Clause[] } {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const s of split(text, paragraph, SENTENCE_MARKS)) {
      sentences.push({ ...s, paragraph: p });
      for (const c of split(text, s, CLAUSE_MARKS)) clauses.push({ ...c, sentence: sentences.length - 1 });
    }
  });
  return { sentences, clauses };
}
