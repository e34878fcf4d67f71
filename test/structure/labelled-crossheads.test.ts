import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oriented, type OrientationRow } from '../helpers/orientation.js';

/**
 * An 一图读懂 page's crossheads carry a label before a colon (关键词②：, 亮点一：): the heading is read whole, so the
 * year or the plan it names frames the lines under it. A numbered crosshead that is a bare figure (数字二：6.1%) is
 * a sub-headline over the paragraph that states it: never an item itself.
 */
const rows: OrientationRow[] = [
  [
    'a labelled crosshead naming this year frames the lines under it as plan',
    '关键词①：2024年成绩单\n地区生产总值\n增长6.2%\n关键词②：2025年主要预期目标\n地区生产总值增长5.5%左右\n居民消费价格涨幅3%左右\n关键词③：十件民生实事\n▶新增托位1500个\n▶改造农贸市场12家',
    [
      ['增长6.2%', 'review'],
      ['地区生产总值增长5.5%左右', 'plan'],
      ['居民消费价格涨幅3%左右', 'plan'],
      ['▶新增托位1500个', 'plan'],
      ['▶改造农贸市场12家', 'plan'],
    ],
  ],
  [
    'a numbered crosshead that is only a figure states nothing; the paragraph under it does',
    '报告中的这些数字值得关注。\n数字一：5.5%\n今年全市地区生产总值预期增长5.5%左右。\n数字二：6.1%\n去年全市地区生产总值增长6.1%。\n数字三：3万人\n今年城镇新增就业3万人以上。',
    [
      ['5.5%', 'neither'],
      ['今年全市地区生产总值预期增长5.5%左右', 'plan'],
      ['6.1%', 'neither'],
      ['去年全市地区生产总值增长6.1%', 'review'],
      ['3万人', 'neither'],
      ['今年城镇新增就业3万人以上', 'plan'],
    ],
  ],
];

test('labelled crossheads frame the lines under them; a bare-figure crosshead is no statement', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(oriented(text), expected, what);
});
