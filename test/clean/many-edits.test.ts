/**
 * A text with hundreds of thousands of edits is cleaned, not a stack overflow: edit lists are never spread into a
 * call (`push(...made)` threw RangeError past about 120,000 edits, as on 4 MB of random CJK text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';

/** Each row: a long input, how many edits cleaning it makes, and how its cleaned text starts. */
const cases: { name: string; input: string; edits: number; starts: string }[] = [
  // full-width digits: one width edit each
  { name: 'full-width digits', input: '１２３４５６７８９０'.repeat(20_000), edits: 200_000, starts: '1234567890' },
  // one letter-spaced line: one edit per space, made by one pass over one line
  { name: 'a letter-spaced line', input: '政 府 工 作 报 告 '.repeat(40_000).trimEnd(), edits: 239_999, starts: '政府工作报告政府' },
];

test('hundreds of thousands of edits in one pass', () => {
  for (const c of cases) {
    const cleaned = clean({ text: c.input });
    assert.equal(cleaned.edits.length, c.edits, c.name);
    assert.ok(cleaned.text.startsWith(c.starts), `${c.name}: ${cleaned.text.slice(0, 20)}`);
  }
});
