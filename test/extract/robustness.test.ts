import { test } from 'node:test';
import assert from 'node:assert/strict';
import { random } from '../helpers/random.js';
import { findQuantities, type Quantity } from '../../src/extract/quantity/index.js';

/** Characters that exercise every path: numerals, multipliers, units, modifiers, connectors, quotes, codes. */
const ALPHABET = [
  ...'0123456789012345678901234567890123456789', ...'〇零一二两三四五六七八九十百千万亿', ...'元人个家座所亩吨米次年月日号第每',
  ...'%‰.,-—至到~+×:#AGM', ...'以上下内左右约近多余超过不少于突破控制在向迈进奋', ...'，。；、“”《》（）() 点分之级',
  ...'的发展建设增长全市推进',
];
const OPS = new Set(['exact', 'about', 'at_least', 'at_most', 'range']);

function assertWellFormed(text: string, found: Quantity[]): void {
  let previousEnd = 0;
  for (const x of found) {
    const wellFormed =
      previousEnd <= x.start && x.start <= x.number.start && x.number.start < x.number.end && x.number.end <= x.end &&
      x.end <= text.length && Number.isFinite(x.low) && OPS.has(x.op) && (x.high !== undefined) === (x.op === 'range');
    // The message is built only on failure: the text may be a megabyte.
    if (!wellFormed) assert.fail(`${JSON.stringify(text.slice(x.start - 20, x.end + 20))} ${JSON.stringify(x)}`);
    previousEnd = x.end;
  }
}

test('random strings never throw and give ordered, non-overlapping, well-formed quantities', () => {
  const next = random(20210223);
  for (let n = 0; n < 5000; n++) {
    const length = 1 + Math.floor(next() * 40);
    let text = '';
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    assertWellFormed(text, findQuantities(text));
  }
});

test('a 1 MB single line is read in one pass', () => {
  const next = random(7);
  const parts: string[] = [];
  for (let size = 0; size < 1 << 20; size += 16) {
    let chunk = '';
    for (let k = 0; k < 16; k++) chunk += ALPHABET[Math.floor(next() * ALPHABET.length)];
    parts.push(chunk);
  }
  const line = parts.join('');
  assertWellFormed(line, findQuantities(line));
  for (const ch of ['1', '一', '万', '“', '%', '-']) findQuantities(ch.repeat(1 << 20));
});

test('10,000 repetitions of a figure are 10,000 quantities (that time grows linearly: scripts/bench-linear.ts)', () => {
  assert.equal(findQuantities('增长8%-'.repeat(10_000)).length, 10_000);
});
