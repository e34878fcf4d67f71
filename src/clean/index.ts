import type { Source } from '../read/source.js';
import type { Span } from '../span.js';
import type { Edit } from './edit.js';
import { MappedText } from './mapped-text.js';
import { findBody } from './body.js';
import { cleanPasses } from './passes/index.js';
import type { CleanContext } from './pass.js';

export type { Edit, EditType, LocalEdit } from './edit.js';
export type { CleanPass, CleanContext } from './pass.js';
export { MappedText } from './mapped-text.js';

/** The clean stage's result: the report body cleaned, every edit, and a map back to the original. */
export interface Cleaned {
  /** The decoded original (Source.text). */
  original: string;
  /** The cleaned body text. */
  text: string;
  /** Where the report body lies in the original. */
  body: Span;
  /** Every change inside the body, in original offsets, in text order. */
  edits: Edit[];
  /** The original range behind cleaned text[start, end). */
  toOriginal(start: number, end: number): Span;
}

/**
 * Runs the body finder, then each pass in order on the output of the one before. `body` overrides the finder
 * (the evaluation cleans whole inputs to tell what the finder loses from what cleaning loses).
 */
export function clean(source: Pick<Source, 'text'>, body: Span = findBody(source.text)): Cleaned {
  const original = source.text;
  const context: CleanContext = { outside: original.slice(0, body.start) + '\n' + original.slice(body.end) };
  let mapped = MappedText.of(original, body);
  const edits: Edit[] = [];
  for (const pass of cleanPasses) {
    const { next, edits: made } = mapped.apply(pass.run(mapped.text, context));
    mapped = next;
    for (const edit of made) edits.push(edit); // a spread of 100,000s of edits overflows the stack
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const final = mapped;
  return { original, text: final.text, body, edits, toOriginal: (s, e) => final.toOriginal(s, e) };
}
