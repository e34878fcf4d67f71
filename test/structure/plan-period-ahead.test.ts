import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oriented, type OrientationRow } from '../helpers/orientation.js';

/**
 * [what the row shows, text (our own, in the style of news commentary on reports), clauses with figures and their
 * orientation], read as a report of 2026: a plan period named as the time of what follows is reviewed when it has
 * ended, planned when it begins in the report year or later.
 */
const rows: OrientationRow[] = [
  [
    'the period that begins in the report year is its plan, after a review of the period before',
    '报告显示，“十四五”时期全市地区生产总值年均增长6.2%。目标催人奋进。报告提出，“十五五”期间，全市地区生产总值年均增长5.5%左右，到2030年突破3500亿元。',
    [
      ['“十四五”时期全市地区生产总值年均增长6.2%', 'review'],
      ['全市地区生产总值年均增长5.5%左右', 'plan'],
      ['到2030年突破3500亿元', 'plan'],
    ],
  ],
  [
    'a period that has ended is reviewed, whatever follows it',
    '“十四五”期间，全市地区生产总值年均增长6.2%，城镇新增就业30万人。',
    [
      ['全市地区生产总值年均增长6.2%', 'review'],
      ['城镇新增就业30万人', 'review'],
    ],
  ],
  [
    'the plans before 2006 are named without a middle digit (“十五”期间), and reviewed as well',
    '“十五”期间，全县生产总值年均增长14.1%，财政总收入从7.6亿元增加到21.3亿元。今年全县生产总值增长13%。',
    [
      ['全县生产总值年均增长14.1%', 'review'],
      ['财政总收入从7.6亿元增加到21.3亿元', 'review'],
      ['今年全县生产总值增长13%', 'plan'],
    ],
  ],
];

test('a plan period named as a time: reviewed when over, planned when ahead', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(oriented(text, 2026), expected, what);
});
