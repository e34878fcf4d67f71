import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MappedText } from '../../src/clean/mapped-text.js';

test('edits chained over two passes report original offsets', () => {
  const original = 'XX全年增长６％左右';
  const first = MappedText.of(original, { start: 2, end: original.length });
  const a = first.apply([{ start: 4, end: 5, to: '6', type: 'width', rule: 't' }, { start: 5, end: 6, to: '%', type: 'width', rule: 't' }]);
  assert.equal(a.next.text, '全年增长6%左右');
  assert.deepEqual(a.edits.map((e) => [e.start, e.end, e.from]), [[6, 7, '６'], [7, 8, '％']]);
  // a second pass deletes 2 characters; a third maps the character after the deletion
  const b = a.next.apply([{ start: 0, end: 2, to: '', type: 'keyword', rule: 't' }]);
  assert.equal(b.next.text, '增长6%左右');
  assert.deepEqual(b.edits.map((e) => [e.start, e.end, e.from]), [[2, 4, '全年']]);
  assert.deepEqual(b.next.toOriginal(2, 4), { start: 6, end: 8 });
  assert.deepEqual(b.next.toOriginal(0, 0), { start: 4, end: 4 });
});

test('a replacement longer than what it replaces maps every new character to the replaced range', () => {
  const m = MappedText.of('实施;;六稳;;工作');
  const { next } = m.apply([{ start: 2, end: 4, to: '“', type: 'artifact', rule: 't' }]);
  assert.equal(next.text, '实施“六稳;;工作');
  assert.deepEqual(next.toOriginal(2, 3), { start: 2, end: 4 });
  assert.deepEqual(next.toOriginal(3, 5), { start: 4, end: 6 });
});

test('overlapping edits: the first is kept', () => {
  const { next, edits } = MappedText.of('abcdef').apply([
    { start: 1, end: 3, to: 'X', type: 'other', rule: 't' },
    { start: 2, end: 4, to: 'Y', type: 'other', rule: 't' },
  ]);
  assert.equal(next.text, 'aXdef');
  assert.equal(edits.length, 1);
});
