import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, pick } from '../helpers/extract.js';
import type { Commitment } from '../../src/extract/index.js';

/** A county's bulletin for 2023 around `body` (a title, a chapter heading), as statistics bureaus lay them out. */
const bulletin = (body: string) => `临溪县2023年国民经济和社会发展统计公报\n\n临溪县统计局\n\n一、综合\n\n${body}\n`;

type Row = [string, Partial<Commitment>[]];
const fields = ['kind', 'indicator', 'low', 'unit', 'period'] as const;
const a = (indicator: string | undefined, low: number, unit: string): Partial<Commitment> =>
  indicator ? { kind: 'achievement', indicator, low, unit, period: '2023' } : { kind: 'achievement', low, unit, period: '2023' };

/** Each phenomenon of the genre: the items of the covered year it gives, in the units it writes. */
const rows: Row[] = [
  // a county's total in 万元, then its growth after the total ("按可比价计算" between them)
  ['初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长5.1%。', [a('gdp_total', 18653200000, '元'), a('gdp_growth', 5.1, '%')]],
  // a province's in 亿元, with the name's alias in brackets
  ['初步核算，全年全省地区生产总值（GDP）4521.3亿元，比上年增长6.9%。', [a('gdp_total', 452130000000, '元'), a('gdp_growth', 6.9, '%')]],
  // the sectors after the total are not the total: their growth is theirs
  [
    '全年全县地区生产总值1865320万元，比上年增长5.1%。其中，第一产业增加值213450万元，增长5.1%；第二产业增加值702310万元，增长6.3%。',
    [a('gdp_total', 18653200000, '元'), a('gdp_growth', 5.1, '%'), a(undefined, 2134500000, '元'), a(undefined, 5.1, '%'), a(undefined, 7023100000, '元'), a(undefined, 6.3, '%')],
  ],
  // a copy that lost its % signs: a bare figure after 增长 ending its clause is a rate
  [
    '全年一般公共预算收入86420万元，比上年增长6.4，其中税收收入51230万元，增长2.1。',
    [a('budget_revenue', 864200000, '元'), a('budget_revenue_growth', 6.4, '%'), a(undefined, 512300000, '元'), a(undefined, 2.1, '%')],
  ],
  // spending follows revenue: its growth is not revenue's
  ['全年一般公共预算收入8.6亿元，比上年增长6.4%。一般公共预算支出25.3亿元，比上年增长4.2%。', [a('budget_revenue', 860000000, '元'), a('budget_revenue_growth', 6.4, '%'), a(undefined, 2530000000, '元'), a(undefined, 4.2, '%')]],
  // consumer prices against last year; the index restating it, and the composite ratio, are no items
  ['全年居民消费价格比上年上涨2.1%，居民消费价格总指数为102.1。三次产业结构为11.4:38.2:50.4。', [a('cpi', 2.1, '%')]],
  // the town's and the country's prices after the whole's, and a median, are not the headline figure
  [
    '全年居民消费价格比上年上涨0.9%。城市居民消费价格上涨0.8%，农村居民消费价格上涨1.1%。全县居民人均可支配收入中位数28320元，增长8.7%。',
    [a('cpi', 0.9, '%'), a(undefined, 0.8, '%'), a(undefined, 1.1, '%'), a(undefined, 28320, '元'), a(undefined, 8.7, '%')],
  ],
  // the verb inside the name, as older bulletins write it
  ['规模以上工业完成增加值168.30亿元，增长19.5%。', [a(undefined, 16830000000, '元'), a('industrial_va_growth', 19.5, '%')]],
  // a level in another currency continues its subject
  ['全县人均地区生产总值52310元，按年平均汇率折算为7420美元，比上年增长5.6%。', [a('gdp_per_capita', 52310, '元'), a('gdp_per_capita', 7420, '美元'), a(undefined, 5.6, '%')]],
  // the bulletin's wording of energy use per output
  ['全年万元地区生产总值能耗比上年下降3.1%。', [a('energy_intensity', 3.1, '%')]],
  // a table restating the text's figure, its unit in the header: the text's figure only
  [
    '全年粮食总产量21.5万吨，比上年增长3.2%。\n\n表1 2023年主要农产品产量\n\n产品名称 产量(吨) 比上年增长%\n\n粮食 215430.5 3.2\n\n油料 8230.4 -1.2',
    [a('grain_output', 215000, '吨'), a(undefined, 3.2, '%')],
  ],
  // figures told against last year in the other headline measures
  [
    '全年规模以上工业增加值比上年增长7.2%。全年固定资产投资比上年增长8.4%。全年社会消费品零售总额56.3亿元，比上年增长6.1%。全年城镇新增就业3250人。年末城镇登记失业率为3.4%。',
    [a('industrial_va_growth', 7.2, '%'), a('fai_growth', 8.4, '%'), a(undefined, 5630000000, '元'), a('retail_sales_growth', 6.1, '%'), a('new_urban_jobs', 3250, '人'), a('registered_unemployment', 3.4, '%')],
  ],
];

test('a bulletin\'s figures are achievements of the year it covers, in its own units', () => {
  for (const [body, expected] of rows) {
    const items = itemsOf(bulletin(body)).filter((c) => c.kind !== 'task');
    assert.deepEqual(items.map((c) => pick(c, fields)), expected, body);
  }
});

test('a bulletin states no targets and none is missing from it', async () => {
  const { clean } = await import('../../src/clean/index.js');
  const { structure } = await import('../../src/structure/index.js');
  const { extract } = await import('../../src/extract/index.js');
  const text = bulletin('全年全县地区生产总值1865320万元，比上年增长5.1%。预计全年固定资产投资比上年增长8%。');
  const extraction = extract(structure(clean({ text })));
  assert.equal(extraction.report.kind, 'bulletin');
  assert.equal(extraction.report.covers, 2023);
  assert.deepEqual(extraction.report.absent, []);
  assert.ok(extraction.commitments.every((c) => c.kind !== 'target'));
});
