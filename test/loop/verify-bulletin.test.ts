import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verifyAgainst } from '../../src/loop/verify.js';
import { analyze } from '../../src/analyze.js';
import type { Source } from '../../src/read/index.js';

const source = (text: string): Source => ({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'x.txt', bytes: text.length });

const plan = `——2023年1月12日在临溪县第十八届人民代表大会第三次会议上

二、2023年工作安排

主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长6%，城镇居民人均可支配收入增长5%，居民消费价格涨幅控制在3%左右，粮食产量稳定在21万吨以上。
`;
const review = `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上

一、2023年工作回顾

全年地区生产总值增长5.3%（预计数）；地方一般公共预算收入8.6亿元，增长6.4%；城镇居民人均可支配收入41230元，增长4.8%。粮食生产目标没有完成。
`;
const bulletin = `临溪县2023年国民经济和社会发展统计公报

一、综合

初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。

二、农业

全年粮食总产量20.6万吨，比上年下降1.2%。

三、财政

全年全口径一般公共预算收入15.2亿元，比上年增长3.1%，其中地方一般公共预算收入86120万元，增长6.4%。
`;

const [targets, report, final] = [plan, review, bulletin].map((t) => analyze(source(t)));
const of = (a: typeof report) => ({ extraction: a.extraction, doc: a.structured });

test('against the report and the bulletin: the verdict from the final figure, both figures kept, and where they differ', () => {
  const verdicts = verifyAgainst(targets.extraction, [of(report), of(final)]);
  assert.deepEqual(
    verdicts.map((v) => [v.target.indicator, v.verdict, v.source, v.preliminary?.low ?? null, v.final?.low ?? null, v.differ]),
    [
      // 预计5.3% would meet 5.5%左右; the final 4.9% does not
      ['gdp_growth', 'missed', 'bulletin', 5.3, 4.9, true],
      // the 地方 figure, the government's own revenue, not the 全口径 one
      ['budget_revenue_growth', 'achieved', 'bulletin', 6.4, 6.4, false],
      // the bulletin does not give it: the report's figure decides
      ['urban_income_growth', 'missed', 'report', 4.8, null, undefined],
      ['cpi', 'achieved', 'bulletin', null, 0.4, undefined],
      ['grain_output', 'missed', 'bulletin', null, 206000, undefined],
    ],
  );
  for (const v of verdicts) if (v.final) assert.equal(bulletin.slice(v.final.span.start, v.final.span.end), v.final.text);
});

test('against the bulletin alone, and the report alone, as before', () => {
  assert.deepEqual(
    verifyAgainst(targets.extraction, [of(final)]).map((v) => [v.verdict, v.source, 'final' in v]),
    [['missed', 'bulletin', false], ['achieved', 'bulletin', false], ['not_mentioned', null, false], ['achieved', 'bulletin', false], ['missed', 'bulletin', false]],
  );
  assert.deepEqual(
    // the report's 预计5.3% meets 5.5%左右
    verifyAgainst(targets.extraction, [of(report)]).map((v) => [v.verdict, v.source]),
    [['achieved', 'report'], ['achieved', 'report'], ['missed', 'report'], ['not_mentioned', null], ['missed', 'report']],
  );
});

test('a result in another unit of mass is compared in the target\'s; a fall is below zero unless the target is a reduction', () => {
  const plan2020 = `——2020年1月10日在临溪县第十七届人民代表大会第五次会议上

二、2020年工作安排

主要预期目标是：地区生产总值增长6%左右，粮食产量稳定在4.2亿斤以上，单位地区生产总值能耗降低3%左右。
`;
  const bulletin2020 = `临溪县2020年国民经济和社会发展统计公报

一、综合

初步核算，全年全县地区生产总值1702130万元，按可比价计算，比上年下降7.0%。全年万元地区生产总值能耗比上年下降3.4%。

二、农业

全年粮食总产量21.5万吨，比上年增长1.1%。
`;
  const verdicts = verifyAgainst(analyze(source(plan2020)).extraction, [of(analyze(source(bulletin2020)))]);
  assert.deepEqual(
    verdicts.map((v) => [v.target.indicator, v.verdict, v.result?.low, v.result?.unit]),
    [
      // 下降7.0% is no growth of 6%
      ['gdp_growth', 'missed', 7, '%'],
      // 21.5万吨 is 4.3亿斤
      ['grain_output', 'achieved', 215000, '吨'],
      ['energy_intensity', 'achieved', 3.4, '%'],
    ],
  );
});
