import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/index.js';
import { assertEditsPointAtOriginal } from '../helpers/clean.js';

const dirty = readFileSync(new URL('../../samples/county-report-dirty.txt', import.meta.url), 'utf8');
const fixture = readFileSync(new URL('../fixtures/clean/county-report.txt', import.meta.url), 'utf8');

/**
 * What cleaning the shipped dirty sample cannot give back, by design: punctuation the copy deleted or made
 * half-width is not restored (the structure stage copes with it).
 */
const byDesign: [string, string][] = [
  ['县人民政府，向大会', '县人民政府,向大会'],
  ['兜牢了民生底线。', '兜牢了民生底线'],
  ['坚强领导下，踔厉', '坚强领导下,踔厉'],
];

/** Swaps the method does not repair yet; listed so that a fix shows up as a failing expectation to update. */
const unsupported: [string, string, string][] = [];

test('every edit of the sample points at its original text', () => {
  assertEditsPointAtOriginal(dirty, clean({ text: dirty }).edits);
});

test('the sample cleans to the report it was made from, but for punctuation and known gaps', () => {
  let expected = fixture.trimEnd();
  for (const [clean, kept] of byDesign) expected = expected.replace(clean, kept);
  for (const [repaired, left] of unsupported) expected = expected.replace(repaired, left);
  assert.equal(clean({ text: dirty }).text, expected);
});

test('the body leaves out the spam title, the reply box, the footer and the appended chat', () => {
  const { text } = clean({ text: dirty });
  assert.ok(text.startsWith('政府工作报告'));
  assert.ok(text.endsWith('而努力奋斗！'));
  for (const chrome of ['便民网', '我要回帖', '版权声明', '站长微信', '楼主']) assert.ok(!text.includes(chrome), chrome);
});

test('cleaning clean text is the identity', () => {
  const cleaned = clean({ text: fixture });
  assert.deepEqual(cleaned.edits, []);
  assert.equal(cleaned.text, fixture.trimEnd());
});

for (const [, , reason] of unsupported) test.todo(`unsupported: ${reason}`);
