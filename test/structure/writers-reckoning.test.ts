import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

/** The figures a page's items state, with their kinds, read as a report of 2025. */
const figures = (text: string) => extract(structure(clean({ text }), { year: 2025 })).commitments.filter((c) => c.low !== undefined).map((c) => `${c.kind} ${c.text}`);

/**
 * [what the row shows, a page (our own text, in the style of commentary, 一图读懂 and interviews on reports), the
 * figures that are items]: what the writer or the one answering works out is no item; the report's figures are.
 */
const rows: [string, string, string[]][] = [
  [
    'someone reckons at the target’s rate',
    '今年全市地区生产总值增长6%左右。有人算过一笔账：按6%的增速，今年全市经济总量将新增约150亿元。',
    ['target 今年全市地区生产总值增长6%左右'],
  ],
  [
    'the one answering reckons',
    '今年全省地区生产总值增长5%左右。我们测算过，按5%的增速，今年全省经济增量将超过3000亿元。',
    ['target 今年全省地区生产总值增长5%左右'],
  ],
  [
    'what the report mentioned is said on, reckoned on by the one answering',
    '答：报告还提到，过去五年全市城镇新增就业累计达到60万人以上。按照我们的口径粗算，平均每年新增就业12万人。',
    ['achievement 过去五年全市城镇新增就业累计达到60万人以上'],
  ],
  [
    'a figure spread over days or over the population',
    '2024年全市实现地区生产总值5400亿元。平均到每一天，全市每天创造GDP约14.8亿元；按常住人口600万人计，人均GDP约9万元。',
    ['achievement 2024年全市实现地区生产总值5400亿元'],
  ],
  [
    'a report’s own comparable-price basis is no reckoning',
    '2024年全县国内生产总值达到二十一亿元，按可比价格计算，增长百分之七。',
    ['achievement 2024年全县国内生产总值达到二十一亿元', 'achievement 国内生产总值达到二十一亿元，按可比价格计算，增长百分之七'],
  ],
];

test('a writer’s reckoning is no item', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(figures(text), expected, what);
});
