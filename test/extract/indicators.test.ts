import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indicatorId, subjectBefore } from '../../src/extract/indicator.js';
import { directionOf } from '../../src/extract/tables/indicators.js';
import { itemsOf, report } from '../helpers/extract.js';

/** [text before the figure, unit, expected id] — the subject named nearest before the figure decides. */
const rows: [string, string, string | undefined][] = [
  ['地区生产总值增长', '%', 'gdp_growth'],
  ['全年地区生产总值完成', '元', 'gdp_total'],
  ['人均地区生产总值达到', '美元', 'gdp_per_capita'],
  ['国内生产总值增长', '%', 'gdp_growth'],
  ['规模以上工业增加值增长', '%', 'industrial_va_growth'],
  ['一般公共预算收入完成', '元', 'budget_revenue'],
  ['一般公共预算收入增长', '%', 'budget_revenue_growth'],
  ['农民人均纯收入达到', '元', 'rural_income'],
  ['城镇登记失业率控制在', '%', 'registered_unemployment'],
  ['居民消费价格涨幅', '%', 'cpi'],
  ['城镇新增就业', '人', 'new_urban_jobs'],
  ['单位地区生产总值能耗降低', '%', 'energy_intensity'],
  ['粮食产量稳定在', '斤', 'grain_output'],
  ['赤字率拟按', '%', 'deficit_ratio'],
  ['新建高标准农田', '亩', undefined],
  // a rate family has no level in 元; a level-only family no growth id
  ['城镇登记失业率', '人', undefined],
];

test('headline indicator ids from the subject and the unit', () => {
  for (const [before, unit, expected] of rows) {
    const subject = subjectBefore(before, 0, before.length);
    const id = subject ? indicatorId(subject.family, unit) : undefined;
    assert.equal(id, expected, before);
  }
});

test('names a level of government uses its own way: 财政收入 is the budget revenue of the State Council, a local government\'s total revenue', () => {
  const id = (before: string, unit: string, level?: 'national' | 'province' | 'city' | 'county') => {
    const subject = subjectBefore(before, 0, before.length, level);
    return subject ? indicatorId(subject.family, unit) : undefined;
  };
  assert.equal(id('全国财政收入增长', '%', 'national'), 'budget_revenue_growth');
  assert.equal(id('财政收入完成', '元', 'national'), 'budget_revenue');
  assert.equal(id('财政收入完成', '元', 'city'), undefined);
  assert.equal(id('财政收入完成', '元'), undefined);
  // a local total revenue is still the subject: the figure after it is not the GDP named before it
  assert.equal(id('地区生产总值604亿元，财政总收入', '元', 'city'), undefined);
  assert.equal(id('地方财政收入增长', '%', 'province'), 'budget_revenue_growth');
  assert.equal(id('一般预算收入完成', '元', 'county'), 'budget_revenue');
  assert.equal(id('农牧民人均可支配收入达到', '元'), 'rural_income');
  assert.equal(id('规模工业增加值增长', '%'), 'industrial_va_growth');
});

test('another output between the name and the figure breaks the subject', () => {
  const items = itemsOf(report('一、2023年工作回顾', '粮食总产量达到60万吨，油料产量1.4万吨。'));
  assert.deepEqual(items.map((c) => [c.low, c.indicator]), [[600000, 'grain_output'], [14000, undefined]]);
});

test('a joint subject followed by 分别 gives one id per figure in order', () => {
  const joint = subjectBefore('城镇、农村常住居民人均可支配收入分别达到', 0, 19)!;
  assert.deepEqual([0, 1].map((nth) => indicatorId(joint.family, '元', nth)), ['urban_income', 'rural_income']);
  const subject = subjectBefore('城乡居民人均可支配收入分别增长', 0, 15)!;
  assert.deepEqual([0, 1].map((nth) => indicatorId(subject.family, '%', nth)), ['urban_income_growth', 'rural_income_growth']);
  const short = subjectBefore('城乡居民人均收入分别实际增长', 0, 14)!;
  assert.deepEqual([0, 1].map((nth) => indicatorId(short.family, '%', nth)), ['urban_income_growth', 'rural_income_growth']);
});

test('direction of good for verification', () => {
  assert.equal(directionOf('gdp_growth'), 'higher');
  assert.equal(directionOf('registered_unemployment'), 'lower');
  assert.equal(directionOf('cpi'), 'lower');
});

import { itemsOf, report } from '../helpers/extract.js';

/** [body of a 2023 review, expected [indicator, low] of the items in order] — through the whole pipeline. */
const inReports: [string, [string | undefined, number][]][] = [
  // the clause continues the subject of the one before
  ['地区生产总值完成186.4亿元，增长6.2%。', [['gdp_total', 18640000000], ['gdp_growth', 6.2]]],
  // 分别: the subjects named before go to the figures in order
  ['城镇居民人均可支配收入41260元，农村居民人均可支配收入19870元，分别增长5.6%和7.9%。', [
    ['urban_income', 41260], ['rural_income', 19870], ['urban_income_growth', 5.6], ['rural_income_growth', 7.9],
  ]],
  // a joint subject in the clause before stands for its parts, after another subject named earlier
  ['社会消费品零售总额增长7.1%；城乡居民人均可支配收入分别达到52000元和28000元，分别增长5.5%、7.2%。', [
    ['retail_sales_growth', 7.1], ['urban_income', 52000], ['rural_income', 28000], ['urban_income_growth', 5.5], ['rural_income_growth', 7.2],
  ]],
  // a share of GDP, a contribution to growth and an increment are not the indicator
  ['服务业增加值占地区生产总值比重达到52.1%，一般公共预算收入12.8亿元，比上年增加1.1亿元。', [
    [undefined, 52.1], ['budget_revenue', 1280000000], [undefined, 110000000],
  ]],
  // a level in a unit the indicator is not measured in
  ['出台促进经济增长的十项措施。', [[undefined, 10]]],
  // a use of water per unit of GDP is not GDP
  ['万元GDP用水量下降5%，单位地区生产总值能耗下降2%。', [[undefined, 5], ['energy_intensity', 2]]],
  // percentage points are a change of a rate
  ['城镇登记失业率下降0.3个百分点。', [[undefined, 0.3]]],
  // a Latin code is a whole word (M2 in PM2.5); a subgroup's figure is not the headline one; the report's own territory is
  ['城市细颗粒物（PM2.5）平均浓度下降2.7%，脱贫地区农村居民收入增长8.4%。', [[undefined, 2.7], [undefined, 8.4]]],
  ['全县地区生产总值增长5.8%，贫困县农民收入增长9%。', [['gdp_growth', 5.8], [undefined, 9]]],
  // a figure describing another noun; a figure at a level the indicator is known for
  ['地区生产总值增长6.1%，是在经济总量超过180亿元的高基数上取得的，城镇调查失业率稳定在5%左右的较低水平。', [
    ['gdp_growth', 6.1], [undefined, 18000000000], ['surveyed_unemployment', 5],
  ]],
];

test('indicators through the pipeline: continued subjects, 分别, breakers, increments', () => {
  for (const [body, expected] of inReports) {
    const got = itemsOf(report('一、2023年工作回顾', body)).map((c) => [c.indicator, c.low]);
    assert.deepEqual(got, expected, body);
  }
});

test('subjects joined before 分别 take one figure each in order; before 均, one figure is each one\'s', () => {
  const items = (body: string) => itemsOf(report('二、2024年工作安排', body)).map((c) => [c.indicator, c.low, c.op]);
  assert.deepEqual(items('城镇居民人均可支配收入和农民人均纯收入分别增长8%和8%以上。'), [
    ['urban_income_growth', 8, 'exact'],
    ['rural_income_growth', 8, 'at_least'],
  ]);
  assert.deepEqual(items('城镇居民人均可支配收入和农民人均纯收入均增长7%。'), [
    ['urban_income_growth', 7, 'exact'],
    ['rural_income_growth', 7, 'exact'],
  ]);
  // 分别 before a single figure: it is each one's too
  assert.deepEqual(items('城乡居民人均可支配收入分别增长9%。'), [
    ['urban_income_growth', 9, 'exact'],
    ['rural_income_growth', 9, 'exact'],
  ]);
  // 年均 is an average over years, not "each"
  assert.deepEqual(items('地区生产总值年均增长6%。'), [['gdp_growth', 6, 'exact']]);
});
