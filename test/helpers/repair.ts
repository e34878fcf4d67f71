import assert from 'node:assert/strict';
import { MappedText } from '../../src/clean/mapped-text.js';
import type { Edit } from '../../src/clean/edit.js';
import { swappedPass } from '../../src/clean/passes/swapped.js';
import { traditionalPass } from '../../src/clean/passes/traditional.js';

/** Runs the character-repair passes in pipeline order (traditional, then swapped) on a sentence. */
export function repair(input: string): { text: string; edits: Edit[] } {
  let mapped = MappedText.of(input);
  const edits: Edit[] = [];
  for (const pass of [traditionalPass, swappedPass]) {
    const applied = mapped.apply(pass.run(mapped.text, { outside: '' }));
    mapped = applied.next;
    edits.push(...applied.edits);
  }
  return { text: mapped.text, edits };
}

/** A table row's expected edit: [start, end, from, to, type]. */
export type ExpectedEdit = [number, number, string, string, string];

export const compact = (edits: readonly Edit[]): ExpectedEdit[] =>
  edits.map((e) => [e.start, e.end, e.from, e.to, e.type]);

/** A table row: the input, the text it repairs to, and the edits. */
export interface RepairCase {
  input: string;
  text: string;
  edits: ExpectedEdit[];
}

/** Every row repairs as it says. */
export function assertRepairs(cases: readonly RepairCase[]): void {
  for (const c of cases) {
    const { text, edits } = repair(c.input);
    assert.equal(text, c.text, c.input);
    assert.deepEqual(compact(edits), c.edits, c.input);
  }
}

/** None of the inputs is changed. */
export function assertUnrepaired(inputs: readonly string[]): void {
  for (const input of inputs) assert.deepEqual(repair(input).edits, [], input);
}
