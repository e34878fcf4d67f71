import type { Span } from '../span.js';

/** The kinds of character change the contract knows (extraction-contract.md). */
export type EditType =
  | 'homophone'
  | 'traditional'
  | 'lookalike'
  | 'keyword'
  | 'width'
  | 'pinyin'
  | 'artifact'
  | 'other';

/** A change proposed by a pass, in the coordinates of the text that pass was given. */
export interface LocalEdit extends Span {
  /** The replacement ("" deletes). */
  to: string;
  type: EditType;
  /** The pass or rule that made it, for tracing (chrono's "tagged with the parser that produced it"). */
  rule: string;
}

/** A change as reported: `start`/`end` index the original decoded input, `from` is original.slice(start, end). */
export interface Edit extends Span {
  from: string;
  to: string;
  type: EditType;
  rule: string;
}
