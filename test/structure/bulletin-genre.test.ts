import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metaOf } from '../helpers/meta.js';

/**
 * Texts we wrote in the manner of statistical bulletins and of work reports: whether each is a bulletin, the year it
 * covers, and `year` (the year after: a bulletin stands for the report that reviews the same year).
 */
const rows: { input: string; kind: 'report' | 'bulletin'; covers?: number; year?: number; region?: string }[] = [
  {
    // a county's: title with place then year, 初步核算, chapters spaced out as printed copies have them
    input:
      '临溪县2023年国民经济和社会发展统计公报\n\n临溪县统计局\n\n一、综  合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长5.1%。' +
      '全年居民消费价格比上年上涨0.4%。\n\n二、农  业\n\n全年粮食总产量21.5万吨，比上年增长3.2%。',
    kind: 'bulletin', covers: 2023, year: 2024, region: '临溪县',
  },
  {
    // year before the place
    input: '2022年青岭市国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全市地区生产总值2350.62亿元，比上年增长4.6%。',
    kind: 'bulletin', covers: 2022, year: 2023,
  },
  {
    // the statistics bureau's own title form, with the year in Chinese digits
    input: '关于二〇二一年国民经济和社会发展的统计公报\n\n一、综合\n\n初步核算，全年全省地区生产总值28310.6亿元，比上年增长7.3%。',
    kind: 'bulletin', covers: 2021, year: 2022,
  },
  {
    // an excerpt without its title: the opening names the year; 初步核算, chapters and figures told against last year
    input:
      '2019年，全省上下坚持稳中求进工作总基调，经济运行总体平稳。\n一、综合\n(一)地区生产总值\n初步核算，全年全省地区生产总值4521.3亿元，比上年增长6.9%。' +
      '\n(二)财政\n全年一般公共预算收入612.5亿元，比上年增长5.2%。全年一般公共预算支出1302.8亿元，比上年增长9.1%。',
    kind: 'bulletin', covers: 2019, year: 2020,
  },
  {
    // an older layout, the years it names deciding where the opening does not
    input:
      '一、综合\n\n全年国内生产总值326.5亿元，按可比价格计算，比上年增长9.2%。全年居民消费价格总水平比上年上涨1.5%。\n\n二、农业\n\n1998年粮食总产量达到86.2万吨，比上年增长2.1%。' +
      '1998年末全市总人口312.4万人，比上年末增加1.2万人。',
    kind: 'bulletin', covers: 1998, year: 1999,
  },
  {
    // an excerpt saying it met the report's targets: the report named is not the text's genre
    input:
      '2019年，全县上下较好完成了县十五届人大四次会议政府工作报告确定的目标任务。\n一、综合\n初步核算，全年全县地区生产总值1865320万元，比上年增长6.9%。' +
      '全年居民消费价格比上年上涨2.1%。\n二、农业\n全年粮食总产量21.5万吨，比上年增长1.2%。',
    kind: 'bulletin', covers: 2019, year: 2020,
  },
  // work reports: the audience, the speaker, the first person — however many figures are told against last year
  {
    input:
      '——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n初步核算，全县地区生产总值186.5亿元，比上年增长5.1%；一般公共预算收入8.6亿元，比上年增长6.4%；' +
      '城镇居民人均可支配收入41230元，比上年增长4.8%。',
    kind: 'report', year: 2024,
  },
  {
    input: '1月16日上午，青岭市第十五届人民代表大会第四次会议开幕。报告指出，初步核算，2023年全市地区生产总值2350.6亿元，比上年增长4.6%；固定资产投资比上年增长6.2%；社会消费品零售总额比上年增长7.1%。',
    kind: 'report',
  },
  {
    // a review on a site whose menu names the genre, its figures told against last year, in the report's voice
    input:
      '统计公报 | 年鉴 | 报告\n统计公报年度索引: 2023 2022 2021\n\n过去一年，我们顶住压力，全县地区生产总值比上年增长5.1%；一般公共预算收入比上年增长6.4%；' +
      '固定资产投资比上年增长8.2%；社会消费品零售总额比上年增长7.1%。我们坚持项目为王，我们狠抓招商引资。',
    kind: 'report',
  },
  {
    // the genre named in a sentence is no title
    input: '各位代表：\n\n据2023年统计公报，全县地区生产总值比上年增长5.1%。我们坚持稳中求进，我们狠抓落实。',
    kind: 'report',
  },
];

test('a statistical bulletin is told from a work report, with the year it covers', () => {
  for (const { input, kind, covers, year, region } of rows) {
    const meta = metaOf(input);
    const label = input.slice(0, 30);
    assert.equal(meta.kind, kind, `kind of ${label}`);
    assert.equal(meta.covers, covers, `covers of ${label}`);
    if (year !== undefined) assert.equal(meta.year, year, `year of ${label}`);
    if (region !== undefined) assert.equal(meta.region, region, `region of ${label}`);
    for (const e of meta.evidence) assert.ok(e.span.start >= 0 && e.span.end <= input.length && e.span.start < e.span.end, `evidence span of ${label}`);
  }
});

test('a bulletin is published, not delivered: no date, session or speaker; its evidence names the marks of the genre', () => {
  const meta = metaOf('临溪县2023年国民经济和社会发展统计公报\n\n临溪县统计局\n\n2024年3月20日\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，比上年增长5.1%。');
  assert.equal(meta.kind, 'bulletin');
  assert.deepEqual([meta.date, meta.session, meta.speaker], [undefined, undefined, undefined]);
  const rules = meta.evidence.filter((e) => e.field === 'kind').map((e) => e.rule);
  assert.ok(rules.includes('bulletin-title') && rules.includes('preliminary-accounting'), rules.join(', '));
  assert.equal(meta.confidence.year, 'high');
});

test('a year given for a bulletin is the year after the one it covers', async () => {
  const { clean } = await import('../../src/clean/index.js');
  const { structure } = await import('../../src/structure/index.js');
  const text = '一、综合\n\n初步核算，全年全省地区生产总值4521.3亿元，比上年增长6.9%。全年一般公共预算收入612.5亿元，比上年增长5.2%。\n二、农业\n全年粮食总产量比上年增长1.2%。';
  const meta = structure(clean({ text }), { year: 2021 }).meta;
  assert.deepEqual([meta.kind, meta.year, meta.covers], ['bulletin', 2021, 2020]);
});
