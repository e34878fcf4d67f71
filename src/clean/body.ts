import type { Span } from '../span.js';

/** Where the report itself lies in the input. (First version: everything.) */
export function findBody(original: string): Span {
  return { start: 0, end: original.length };
}
