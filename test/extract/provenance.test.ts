import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

const fixture = readFileSync(new URL('../fixtures/clean/county-report.txt', import.meta.url), 'utf8');
const sample = readFileSync(new URL('../../samples/county-report-dirty.txt', import.meta.url), 'utf8');

test('on clean text every item’s span is exactly its text in the original', () => {
  const { commitments } = extract(structure(clean({ text: fixture })));
  assert.ok(commitments.length > 30);
  for (const c of commitments) assert.equal(fixture.slice(c.span.start, c.span.end), c.text);
});

test('on a dirty copy every span lies in the body and covers the item (modulo repairs)', () => {
  const cleaned = clean({ text: sample });
  const { commitments } = extract(structure(cleaned));
  assert.ok(commitments.length > 30);
  for (const c of commitments) {
    assert.ok(cleaned.body.start <= c.span.start && c.span.end <= cleaned.body.end, c.text);
    // the digits of a figure are never repaired, so they appear in the original span as they do in the text
    const digits = (s: string) => s.replace(/[^0-9.]/g, '');
    assert.equal(digits(sample.slice(c.span.start, c.span.end).normalize('NFKC')), digits(c.text), c.text);
  }
});
