import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/extract/quantity/index.js';

/** [figure as written, the step of its last digit in base units] — how far it can be compared with another. */
const rows: [string, number][] = [
  ['230.6亿元', 1e7],
  ['2306460万元', 1e4],
  ['13966.11亿元', 1e6],
  ['增长4.8%', 0.1],
  ['增长10%', 1],
  ['1,200元', 1],
  ['8.5万人', 1000],
  ['一千二百万人', 1e6],
  ['百分之八', 1],
];

test('each figure knows the step of its last digit written', () => {
  for (const [text, precision] of rows) {
    const [q] = findQuantities(text);
    assert.ok(q, text);
    assert.ok(Math.abs(q.precision - precision) < precision * 1e-9, `${text}: ${q.precision} (want ${precision})`);
  }
});
