import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meets, verify } from '../../src/loop/verify.js';
import { analyze } from '../../src/analyze.js';
import type { Source } from '../../src/read/index.js';

/** [indicator, op, low, unit, reported value, met?] — gold-format.md's rules for each op and direction. */
const rows: [string | undefined, 'exact' | 'about' | 'at_least' | 'at_most' | 'range', number, string, number, boolean][] = [
  ['gdp_growth', 'about', 5, '%', 5.2, true],
  ['gdp_growth', 'about', 5, '%', 4.6, true], // within half a point
  ['gdp_growth', 'about', 5.5, '%', 3, false],
  ['gdp_growth', 'about', 8, '%', 10.3, true], // above the target is no shortfall
  ['gdp_growth', 'exact', 5, '%', 4.8, false],
  ['new_urban_jobs', 'at_least', 11000000, '人', 12690000, true],
  ['cpi', 'about', 3, '%', 3.3, false], // lower is better: no leeway upwards
  ['cpi', 'about', 3, '%', 0.2, true],
  ['registered_unemployment', 'at_most', 4.5, '%', 4.02, true],
  ['energy_intensity', 'about', 4, '%', 1.2, false], // a reduction: more is better
  ['m2_growth', 'about', 13, '%', 13.6, false], // a money-supply target is a ceiling
  [undefined, 'about', 1000, '个', 960, true], // 5% of the value otherwise
  [undefined, 'about', 1000, '个', 940, false],
];

test('whether a result meets a target', () => {
  for (const [indicator, op, low, unit, value, expected] of rows) {
    assert.equal(meets({ indicator, op, low, unit }, value), expected, `${indicator} ${op} ${low}${unit} vs ${value}`);
  }
});

const source = (text: string): Source => ({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'x.txt', bytes: text.length });

const year2024 = `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上

二、2024年工作安排

主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业4000人以上，城镇登记失业率控制在4%以内，粮食产量稳定在4.2亿斤以上，单位地区生产总值能耗降低2.5%左右。到2027年，全县地区生产总值突破300亿元。
`;
const year2025 = `——2025年1月15日在临溪县第十八届人民代表大会第五次会议上

一、2024年工作回顾

全年地区生产总值增长6.8%，城镇新增就业3800人，城镇登记失业率3.6%。节能降耗目标没有完成。
`;

test('a pair of reports: achieved, missed, missed in words, not mentioned — with both spans', () => {
  const targets = analyze(source(year2024));
  const results = analyze(source(year2025));
  const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
  assert.deepEqual(
    verdicts.map((v) => [v.target.indicator, v.verdict, v.result?.low]),
    [
      ['gdp_growth', 'achieved', 6.8],
      ['new_urban_jobs', 'missed', 3800],
      ['registered_unemployment', 'achieved', 3.6],
      ['grain_output', 'not_mentioned', undefined],
      ['energy_intensity', 'missed', undefined],
      // a target due after the year the next report reviews cannot have been reported on
      ['gdp_total', 'not_mentioned', undefined],
    ],
  );
  for (const v of verdicts) {
    assert.equal(year2024.slice(v.target.span.start, v.target.span.end), v.target.text);
    if (v.result) assert.ok(year2025.slice(v.result.span.start, v.result.span.end).includes(v.result.text.slice(0, 6)));
  }
});

test('a target with no headline indicator is checked against the result that says its words again, in its unit', () => {
  const plan = `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n二、2024年工作安排\n\n新建5G基站600个，新增高速公路通车里程30公里，投资8亿元，建设保障性租赁住房2000套，完成“四好农村路”新改建200公里，年均增长6.5%左右。\n`;
  const review = `——2025年1月15日在临溪县第十八届人民代表大会第五次会议上\n\n一、2024年工作回顾\n\n新建5G基站720个，新增高速公路通车里程21公里，完成交通投资9亿元，筹集保障性租赁住房2300套，新改建农村公路230公里。\n`;
  const targets = analyze(source(plan));
  const results = analyze(source(review));
  const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
  assert.deepEqual(
    verdicts.map((v) => [v.target.low, v.verdict, v.result?.low]),
    [
      [600, 'achieved', 720],
      [30, 'missed', 21],
      // 投资8亿元 names no subject: no result is said of it
      [800000000, 'not_mentioned', undefined],
      [2000, 'achieved', 2300],
      // 完成 only makes it a target: the review need not say it again
      [200, 'achieved', 230],
      // an average over years is due at the end of the plan period
      [6.5, 'not_mentioned', undefined],
    ],
  );
});

test('a review may word the deliverable’s verb otherwise, and count it in another measure word of things', () => {
  const plan = `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n二、2024年工作安排\n\n新建农村沼气池5000口，新建5G基站1000个，招聘乡村教师300名，新建城区公办幼儿园3所。\n`;
  const review = `——2025年1月15日在临溪县第十八届人民代表大会第五次会议上\n\n一、2024年工作回顾\n\n建成沼气池4800口，建成5G基站1260座，招聘乡村教师320人，改造城区公办幼儿园5所。\n`;
  const targets = analyze(source(plan));
  const results = analyze(source(review));
  const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
  assert.deepEqual(
    verdicts.map((v) => [v.target.low, v.verdict, v.result?.low]),
    [
      [5000, 'missed', 4800],
      [1000, 'achieved', 1260],
      [300, 'achieved', 320],
      // the same things, another deed: renovating is not building
      [3, 'not_mentioned', undefined],
    ],
  );
});
