import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pairResults, sameFigure } from '../../src/loop/results.js';
import { analyze } from '../../src/analyze.js';
import type { Source } from '../../src/read/index.js';

/** [preliminary, final, same?] — two statements of one figure agree at the precision of the coarser. */
const figures: [{ low: number; unit: string; precision?: number }, { low: number; unit: string; precision?: number }, boolean][] = [
  // 186.5亿元 and 1865320万元 (186.532亿元) round alike at 0.1亿元
  [{ low: 18650000000, unit: '元', precision: 1e7 }, { low: 18653200000, unit: '元', precision: 1e4 }, true],
  // 186.5亿元 and 1866120万元 do not
  [{ low: 18650000000, unit: '元', precision: 1e7 }, { low: 18661200000, unit: '元', precision: 1e4 }, false],
  [{ low: 4.8, unit: '%', precision: 0.1 }, { low: 4.5, unit: '%', precision: 0.1 }, false],
  // 增长5% is as precise as a whole point: 5.2% says the same at that precision
  [{ low: 5, unit: '%', precision: 1 }, { low: 5.2, unit: '%', precision: 0.1 }, true],
  [{ low: 5, unit: '%', precision: 1 }, { low: 5.6, unit: '%', precision: 0.1 }, false],
  // units differ: never the same
  [{ low: 5, unit: '%', precision: 1 }, { low: 5, unit: '百分点', precision: 1 }, false],
  // precision unknown: exactly
  [{ low: 4.2, unit: '%' }, { low: 4.2, unit: '%' }, true],
  [{ low: 4.2, unit: '%' }, { low: 4.25, unit: '%', precision: 0.01 }, false],
];

test('two statements of one figure agree at the precision of the coarser', () => {
  for (const [a, b, same] of figures) assert.equal(sameFigure(a, b), same, `${a.low} / ${b.low}`);
});

const source = (text: string): Source => ({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'x.txt', bytes: text.length });

const review = `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上

一、2023年工作回顾

全年地区生产总值186.5亿元，增长5.3%（预计数）；地方一般公共预算收入8.6亿元，增长6.4%；城镇居民人均可支配收入41230元，增长4.8%；居民消费价格上涨0.4%。
`;
const bulletin = `临溪县2023年国民经济和社会发展统计公报

一、综合

初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长5.1%。全年居民消费价格比上年上涨0.4%。

二、财政

全年全口径一般公共预算收入15.2亿元，比上年增长3.1%，其中地方一般公共预算收入86120万元，增长6.4%。

三、人民生活

全年城镇居民人均可支配收入41320元，比上年增长4.8%。
`;

test('each headline figure of the report is paired with the bulletin\'s of the same measure, and whether they agree', () => {
  const pairs = pairResults(analyze(source(review)).extraction, analyze(source(bulletin)).extraction);
  assert.deepEqual(
    pairs.map((p) => [p.indicator, p.preliminary.low, p.final.low, p.same]),
    [
      ['gdp_total', 18650000000, 18653200000, true],
      ['gdp_growth', 5.3, 5.1, false],
      // the 地方 figure, which the report names, not the 全口径 one
      ['budget_revenue', 860000000, 861200000, true],
      ['budget_revenue_growth', 6.4, 6.4, true],
      ['urban_income', 41230, 41320, false],
      ['urban_income_growth', 4.8, 4.8, true],
      ['cpi', 0.4, 0.4, true],
    ],
  );
  for (const p of pairs) {
    assert.ok(review.slice(p.preliminary.span.start, p.preliminary.span.end).length > 0);
    assert.equal(bulletin.slice(p.final.span.start, p.final.span.end), p.final.text);
  }
});

test('a bulletin of another year pairs nothing', () => {
  const other = bulletin.replace('2023年', '2021年');
  assert.deepEqual(pairResults(analyze(source(review)).extraction, analyze(source(other)).extraction), []);
});

test('figures in two units of mass are compared in one', () => {
  // 4.3亿斤 and 21.5万吨 say the same; 4.3亿斤 and 21.8万吨 do not
  assert.equal(sameFigure({ low: 430000000, unit: '斤', precision: 1e7 }, { low: 215000, unit: '吨', precision: 1000 }), true);
  assert.equal(sameFigure({ low: 430000000, unit: '斤', precision: 1e7 }, { low: 218000, unit: '吨', precision: 1000 }), false);
});
