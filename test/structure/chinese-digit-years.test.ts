import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oriented, type OrientationRow } from '../helpers/orientation.js';

/** A year written in Chinese digits (二〇二四年, 一九九四年, 二o二五年) opens a frame as a figure year does. */
const rows: OrientationRow[] = [
  [
    'a review and a plan opened by years in Chinese digits',
    '二〇二四年，全市地区生产总值达到1200亿元，增长5.6%。\n二〇二五年主要预期目标：地区生产总值增长6%左右。',
    [
      ['全市地区生产总值达到1200亿元', 'review'],
      ['增长5.6%', 'review'],
      ['地区生产总值增长6%左右', 'plan'],
    ],
  ],
  [
    'an old report read as of its own year',
    '一九九四年，全市国内生产总值达到52.3亿元，比上年增长14%。',
    [
      ['全市国内生产总值达到52.3亿元', 'review'],
      ['比上年增长14%', 'review'],
    ],
  ],
];

test('years in Chinese digits open frames', () => {
  for (const [what, text, expected] of rows) {
    const year = what.startsWith('an old') ? 1995 : 2025;
    assert.deepEqual(oriented(text, year), expected, what);
  }
});
