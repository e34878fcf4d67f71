import assert from 'node:assert/strict';
import { findQuantities, type Op } from '../../src/extract/quantity/index.js';

/** What a row expects of one quantity: its text (input.slice(start, end)), value, unit and op. */
export interface Seen {
  text: string;
  low: number;
  high?: number;
  unit: string;
  op: Op;
}

/** The quantities of an input in the compact form table rows are written in. */
export function seen(input: string): Seen[] {
  return findQuantities(input).map((q) => {
    const row: Seen = { text: input.slice(q.start, q.end), low: q.low, unit: q.unit, op: q.op };
    if (q.high !== undefined) row.high = q.high;
    return row;
  });
}

/** Shorthand for one expected quantity. */
export const q = (text: string, low: number, unit: string, op: Op = 'exact', high?: number): Seen =>
  high === undefined ? { text, low, unit, op } : { text, low, high, unit, op };

export function assertRows(rows: readonly (readonly [string, Seen[]])[]): void {
  for (const [input, expected] of rows) assert.deepEqual(seen(input), expected, input);
}

/** Inputs of which nothing may be extracted. */
export function assertNothing(inputs: readonly string[]): void {
  for (const input of inputs) assert.deepEqual(seen(input), [], input);
}
