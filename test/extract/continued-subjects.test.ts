import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, report } from '../helpers/extract.js';

/**
 * [review sentence, indicator of each figure in order] — a clause that opens with a verb (增长6.2%) continues the
 * subject of the figures just before it: the headline named before them only where nothing else was named since.
 */
const rows: [string, (string | undefined)[]][] = [
  ['全年地区生产总值4153亿元，比上年增加200亿元，增长2.6%。', ['gdp_total', undefined, 'gdp_growth']],
  ['全县地区生产总值186.5亿元，按可比价计算，同比增长5.1%。', ['gdp_total', 'gdp_growth']],
  ['地区生产总值186.5亿元，增长5.1%，其中第一产业增加值21.3亿元，增长4.2%。', ['gdp_total', 'gdp_growth', undefined, undefined]],
  ['粮食总产量在上年增产的基础上，又增产2.1亿斤，达到31.4亿斤。', [undefined, 'grain_output']],
  ['城镇居民人均可支配收入38420元，农村居民人均可支配收入17650元，分别增长5.2%和6.8%。', ['urban_income', 'rural_income', 'urban_income_growth', 'rural_income_growth']],
];

test('a continuing clause takes the subject of the figures before it', () => {
  for (const [sentence, expected] of rows) {
    const items = itemsOf(report('一、2023年工作回顾', sentence)).filter((c) => c.kind === 'achievement');
    assert.deepEqual(items.map((c) => c.indicator), expected, sentence);
  }
});

/** [plan sentence, each target's text] — a verb with an object of its own (减少农村贫困人口) opens its own statement. */
const own: [string, string[]][] = [
  ['城镇登记失业率控制在4%以内，减少农村贫困人口2.3万人。', ['城镇登记失业率控制在4%以内', '减少农村贫困人口2.3万人']],
  ['一般公共预算收入12亿元，增长8%。', ['一般公共预算收入12亿元', '一般公共预算收入12亿元，增长8%']],
];

test('a verb with an object of its own does not continue the subject before it', () => {
  for (const [sentence, expected] of own) {
    const items = itemsOf(report('二、2024年工作安排', `今年的主要预期目标是：${sentence}`)).filter((c) => c.kind === 'target');
    assert.deepEqual(items.map((c) => c.text), expected, sentence);
  }
});
