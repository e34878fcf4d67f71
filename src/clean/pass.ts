import type { LocalEdit } from './edit.js';

/** What a pass may know besides the text it cleans. */
export interface CleanContext {
  /** The input outside the report body (spam title, site chrome, footers): evidence for spam-keyword removal. */
  outside: string;
}

/**
 * One cleaning phenomenon: reads the current text, proposes edits in its coordinates, returns [] when
 * it finds nothing. A pass never mutates, never throws on odd input, and is a pure function.
 */
export interface CleanPass {
  name: string;
  run(text: string, context: CleanContext): LocalEdit[];
}
