import assert from 'node:assert/strict';
import { MappedText } from '../../src/clean/mapped-text.js';
import type { CleanPass } from '../../src/clean/pass.js';
import type { Edit } from '../../src/clean/edit.js';

/** Runs one pass on a whole input, as the pipeline would, and returns the text and edits (original offsets). */
export function runPass(pass: CleanPass, input: string, outside = ''): { text: string; edits: Edit[] } {
  const { next, edits } = MappedText.of(input).apply(pass.run(input, { outside }));
  return { text: next.text, edits };
}

/** Provenance: every edit's offsets point at its `from` text in the original. */
export function assertEditsPointAtOriginal(original: string, edits: readonly Edit[]): void {
  for (const e of edits) assert.equal(original.slice(e.start, e.end), e.from, `edit ${JSON.stringify(e)}`);
}

/** The compact form table rows are written in: [start, end, to, type]. */
export const brief = (edits: readonly Edit[]) => edits.map((e) => [e.start, e.end, e.to, e.type] as const);

/** A table row of one pass: the input, the text it becomes, and its edits as [start, end, to, type]. */
export interface PassCase {
  input: string;
  text: string;
  edits: (readonly [number, number, string, string])[];
}

/** Every row becomes its text with its edits, each edit pointing at its original text. */
export function assertPassRows(pass: CleanPass, cases: readonly PassCase[]): void {
  for (const c of cases) {
    const { text, edits } = runPass(pass, c.input);
    assert.equal(text, c.text, c.input);
    assert.deepEqual(brief(edits), c.edits, c.input);
    assertEditsPointAtOriginal(c.input, edits);
  }
}

/** The pass changes none of the inputs. */
export function assertPassLeaves(pass: CleanPass, inputs: readonly string[]): void {
  for (const input of inputs) assert.deepEqual(runPass(pass, input).edits, [], input);
}
