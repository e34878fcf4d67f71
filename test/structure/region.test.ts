import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// Texts written for these tests in the style of reports, news pages and zone portals.

const named: MetaRow[] = [
  {
    // the government's own name, not its city's
    input: '北京市朝阳区第十五届人民代表大会第三次会议今天开幕，区长代表区人民政府作政府工作报告。',
    expected: { region: '朝阳区', level: 'county', parent: '北京市' },
    confidence: { region: 'high', level: 'high' },
  },
  {
    // the words before a name are not part of it
    input: '记者从3月1日召开的遵义市第二届人民代表大会第四次会议上了解到，全市将新建学校10所。',
    expected: { region: '遵义市', level: 'city', parent: '贵州省' },
  },
  {
    // autonomous divisions go by their short names
    input: '临夏州第十六届人民代表大会第三次会议开幕，州长作政府工作报告。',
    expected: { region: '临夏州', level: 'city' },
  },
  {
    // a short name counts for the name as the text writes it
    input: '推进临夏州文化旅游发展。临夏将建设生态屏障，临夏要扩大开放，临夏州新增就业1万人。',
    expected: { region: '临夏州', level: 'city', parent: '甘肃省' },
  },
  {
    input: '2022年长阳县政府工作报告\n各位代表：',
    expected: { region: '长阳县', level: 'county', parent: '宜昌市' },
  },
  {
    // a county-level city is a county
    input: '昆山市第十七届人民代表大会第一次会议隆重开幕，市长作政府工作报告。',
    expected: { region: '昆山市', level: 'county', parent: '苏州市' },
  },
  {
    input: '省长代表甘肃省人民政府所作的《政府工作报告》，对今年工作作出部署。',
    expected: { region: '甘肃省', level: 'province' },
  },
  {
    // a name missing from GB/T 2260 (a county renamed since) is kept as written, its level from its ending
    input: '2014年临溪县政府工作报告\n各位代表：',
    expected: { region: '临溪县', level: 'county' },
  },
  {
    // a province written short, often: a guess, said to be one
    input: '宁夏坚持生态优先。宁夏将加快黄河流域生态保护。宁夏全区地区生产总值增长6%。',
    expected: { region: '宁夏回族自治区', level: 'province' },
    confidence: { region: 'low' },
    warnings: ['region-weak'],
  },
  {
    input: '各位代表：\n现在，我代表国务院，向大会报告政府工作。',
    expected: { region: '全国', level: 'national' },
    confidence: { region: 'high' },
  },
  {
    // a city's short name written once, where the text's territory word is a city's: weak evidence
    input: '全市汽车产量从1.2万辆增加到22万辆，遵义成为全省重要的汽车生产基地。全市新增就业5万人。',
    expected: { region: '遵义市', level: 'city' },
    confidence: { region: 'low' },
    warnings: ['region-weak'],
  },
  {
    // …or across the page: the paper's name in the header and the place in the story
    input: '遵义日报　2016年02月24日　第01版\n\n五年前遵义还在为“千亿城市”的目标努力，全市地区生产总值今年将增长8%。',
    expected: { region: '遵义市', level: 'city' },
  },
  {
    // a zone's committee names its report with the year between name and title
    input: '临溪新区2025年政府工作报告（摘登）\n今年新区地区生产总值增长6%左右。',
    expected: { region: '临溪新区', level: 'county' },
  },
  {
    input: '青岭经济技术开发区2024年度政府工作报告\n各位代表：',
    expected: { region: '青岭经济技术开发区', level: 'county' },
  },
  {
    // a session named after 经 (经县人大会议票决: "by the county's congress") has no place 经县
    input: '长阳县2024年十大民生实事项目出炉\n日前，经县十六届人大三次会议票决，2024年长阳县十大民生实事项目正式确定。',
    expected: { region: '长阳县', level: 'county' },
  },
  {
    // the verbs a commentary puts before a session are no place name
    input: '本报评论员：以实干开启新征程\n——一论学习贯彻市十四届人大五次会议精神\n全市今年将新建学校5所。',
    expected: { region: undefined, level: 'city' },
  },
];

const notNamed: MetaRow[] = [
  {
    // the State Council named in a local report does not make it the State Council's
    input: '遵义市认真贯彻国务院决策部署，全市地区生产总值增长6%，增速居全国前列。遵义市新增就业5万人。',
    expected: { region: '遵义市', level: 'city' },
  },
  {
    // no name at all: the territory word gives the level, weakly
    input: '今年全县将新建农村公路100公里，全县农村居民人均可支配收入增长8%。',
    expected: { region: undefined, level: 'county' },
    confidence: { level: 'low' },
    warnings: ['region-missing', 'level-weak'],
  },
  {
    // a government whose name is an ordinary word (老城区) is not named by the word alone
    input: '长阳县实施污水处理厂二期工程，加快老城区污水管网建设，推进老城区背街小巷治理。全县新建公园3个。',
    expected: { region: '长阳县' },
  },
  {
    // 全国 written once is a comparison, not the State Council's territory
    input: '全县粮食产量居全国前列，全县将新建高标准农田1万亩。',
    expected: { level: 'county' },
  },
];

test('the region as the government writes its own name, and its level', () => checkMetaRows(named));
test('what does not name the region', () => checkMetaRows(notNamed));
