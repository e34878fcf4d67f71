import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// Texts written for these tests in the style of reports, news pages, 民生实事 lists and excerpts.

const decided: MetaRow[] = [
  {
    // the date line decides alone
    input: '政府工作报告\n——2023年1月12日在遵义市第五届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾',
    expected: { year: 2023, date: '2023-01-12' },
    confidence: { year: 'high', date: 'high' },
    noWarnings: ['year-weak', 'year-conflict'],
  },
  {
    // a news lede: the day and the session; the year from what the report reviews and plans
    input: '1月12日上午，遵义市第五届人民代表大会第三次会议开幕，市长代表市人民政府作政府工作报告。报告总结了2022年的工作，部署了2023年各项任务。',
    expected: { year: 2023, date: '2023-01-12' },
    confidence: { year: 'high' },
  },
  {
    // an excerpt whose review heading stands at the very top, the year in Chinese numerals
    input: '二〇一七年工作回顾\n过去的一年，全县地区生产总值增长7%，一般公共预算收入增长9%。',
    expected: { year: 2018 },
    confidence: { year: 'medium' },
  },
  {
    // a statistical bulletin stands for the next year's report
    input: '遵义市2022年国民经济和社会发展统计公报\n全年地区生产总值4500亿元，比上年增长3.5%。',
    expected: { year: 2023 },
  },
  {
    input: '刚刚过去的2016年，全县经济平稳增长，地区生产总值突破200亿元。',
    expected: { year: 2017 },
  },
  {
    // a plan that has last year's signed projects start: the year named is the one before the plan's
    input: '三是全力以赴抓项目建设。确保2016年签约项目全面开工，确保新开工建设工业项目30个、建成投产工业项目12个。',
    expected: { year: 2017 },
  },
  {
    // news of the 2000s writes a year short; its leading zero tells it from a count of years
    input: '本报讯 二月二十日上午，遵义市第二届人民代表大会第五次会议召开。市长说，走过了极不平凡的08年，今年全市经济将保持平稳增长。',
    expected: { year: 2009, date: '2009-02-20' },
  },
  {
    // a 民生实事 list: its opener names the year it plans, not the year before
    input: '2017年区政府民生实事项目\n一、新建幼儿园3所，新增学位900个。\n二、改造农村公路50公里。',
    expected: { year: 2017 },
    confidence: { year: 'medium' },
  },
  {
    input: '2020年，遵义市将重点抓好以下工作：一是扩大有效投资，二是稳定就业。',
    expected: { year: 2020 },
  },
  {
    // a sentence about the year itself (…是…之年) says neither; the 今年 beside it does
    input: '报告说，2016年是“十三五”规划的开局之年。今年全市地区生产总值预期增长7%。',
    expected: { year: 2016 },
  },
  {
    // a media commentary names the report by the year it reviews; its plan says the year
    input: '读报告\n解读\n2019年遵义市政府工作报告（五）\n2019年遵义交出了一份亮眼答卷\n2020年，遵义要加快建设现代化都市区。',
    expected: { year: 2020 },
  },
  {
    // a year in the plan of a five-year period (今年是…的收官之年)
    input: '各位代表，今年是“十三五”规划的收官之年，做好今年工作意义重大。',
    expected: { year: 2020 },
    confidence: { year: 'medium' },
  },
  {
    // an anniversary the year marks
    input: '今年是新中国成立70周年，做好今年工作意义重大。',
    expected: { year: 2019 },
  },
  {
    // the National People's Congress meets on a known calendar
    input: '各位代表：\n我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。',
    expected: { year: 1983 },
  },
  {
    input: '第十三届全国人民代表大会第三次会议在北京开幕，国务院总理作政府工作报告。',
    expected: { year: 2020, region: '全国', level: 'national' },
  },
  {
    // a provincial session's number chooses among the years the text names (terms begin in 2018, 2023 …)
    input: '江南省第十二届人民代表大会第二次会议在省城开幕。报告说，2013年全省生产总值增长8%，2014年全省生产总值增长7.5%左右。',
    expected: { year: 2014 },
  },
  {
    // a report delivered late in the year plans for the next one
    input: '——1981年12月10日在临溪县第九届人民代表大会第三次会议上\n各位代表：\n明年全县要增产粮食。明年要办好学校。今年的任务已经完成。',
    expected: { year: 1982, date: '1981-12-10' },
  },
];

const tense: MetaRow[] = [
  {
    // what comes first in the sentence: a result with its figure, then an estimate looking forward
    input: '县长说，2015年，我们完成地方财政收入12亿元，增长5%；预计全县生产总值将达300亿元。',
    expected: { year: 2016 },
  },
  {
    // a figure aimed at (左右) is a target, whatever verb carries it
    input: '报告提出，2017年全市生产总值增长6.5%左右。',
    expected: { year: 2017 },
  },
  {
    // …and growth of at least a figure (增长14%以上) is an aim, not a result
    input: '报告提出，2008年全县地区生产总值增长14%以上，财政总收入增长16%。',
    expected: { year: 2008 },
  },
  {
    // a named year's result, then this year going on from it: the named year is the one before
    input: '繁荣城乡文化事业。2013年全县新建农村文化礼堂25个，今年再建30个。',
    expected: { year: 2014 },
  },
  {
    // a named year, then 今年 in another clause: one year
    input: '2011年，是“十二五”开局之年，做好今年工作意义重大。',
    expected: { year: 2011 },
  },
  {
    // targets reached are not aims: nothing here says the report plans 2012
    input: '2016年，区政府团结带领全区人民，圆满完成了区三届人大四次会议确定的目标任务。',
    expected: { year: undefined },
  },
  {
    input: '大会还审查了关于2013年全县国民经济和社会发展计划执行情况的报告。',
    expected: { year: 2014 },
  },
  {
    // an estimate with its subject between (预计临溪2019年…)
    input: '县长在报告中说，预计临溪2019年生产总值增长6.5%左右。',
    expected: { year: 2020 },
  },
];

const weak: MetaRow[] = [
  {
    // a result reported for a year and a provincial session that fits the year after: two kinds agree
    input: '1月28日上午，江南省十二届人大二次会议开幕。报告指出：\n●2013年全省生产总值达到2.1万亿元、增长9.6%；',
    expected: { year: 2014, date: '2014-01-28' },
    confidence: { year: 'medium' },
  },
  {
    // an estimate names the year just ended (a report delivered mid-year would estimate its own): weaker
    input: '预计2022年全市地区生产总值增长4%，一般公共预算收入增长3%。',
    expected: { year: 2023 },
    confidence: { year: 'low' },
  },
  {
    // only a page's publication stamp: a guess, said to be one
    input: '发布时间：2019-01-25 10:30\n今年全县将新建农村公路100公里，改造危房500户。',
    expected: { year: 2019 },
    confidence: { year: 'low' },
    warnings: ['year-weak'],
  },
  {
    // a page stamped in December is about the year after
    input: '发布时间：2018-12-28 09:00\n今年全县将新建农村公路100公里。',
    expected: { year: 2019 },
    confidence: { year: 'low' },
  },
  {
    // an excerpt that says only 今年: no year is invented
    input: '今年全市将新建公园5个，改造老旧小区30个，新增停车位2000个。',
    expected: { year: undefined },
    warnings: ['year-missing'],
  },
];

const notEvidence: MetaRow[] = [
  {
    // a copy's masked or rewritten years never count, and say so
    input: '三、最新或2021(历届)年重点工作\n今年全县经济社会发展的主要预期目标是：生产总值增长7%左右。',
    expected: { year: undefined },
    warnings: ['year-masked', 'year-missing'],
  },
  {
    input: '县长回顾了2018年的工作，并对201*年的任务作了部署。',
    expected: { year: 2019 },
    warnings: ['year-masked'],
  },
  {
    // the year of an event, a baseline, a bound or a period is not the report's (a deadline: year-end.test.ts)
    input: '全市10年来累计投资1000亿元。做好2022年冬奥会筹办工作。全市地区生产总值比2010年翻一番。到2025年底建成地铁3号线。2016-2020年累计投资1000亿元。制定2035年远景目标，是今年的重要工作。',
    expected: { year: undefined },
    warnings: ['year-missing'],
  },
  {
    // a session the text counts from is an earlier one
    input: '从第七届全国人民代表大会第一次会议到这次大会的召开，已经整整过去了五年。',
    expected: { year: undefined },
  },
  {
    // a list reported done is last year's
    input: '2019年十件民生实事全面完成，群众满意度明显提升。',
    expected: { year: 2020 },
  },
  {
    // 报告提出 states what the report says, a result as well as a plan
    input: '报告提出，2016年全县生产总值增长6.2%。',
    expected: { year: 2017 },
  },
];

const partyMeetings: MetaRow[] = [
  {
    // a copy that rewrote a 2015 report's years still implements the party meetings of its time
    input: '2024年遵义市政府工作报告范文\n一、过去一年的工作\n2024年，我们深入贯彻党的十七大和十七届五中全会精神，全市生产总值增长10%。',
    expected: { year: 2011 },
    confidence: { year: 'low' },
    warnings: ['year-era-conflict'],
  },
  {
    // a year the meetings allow stands
    input: '深入学习贯彻党的二十大和二十届三中全会精神。2025年，全县要加快建设现代化产业体系。',
    expected: { year: 2025 },
    noWarnings: ['year-era-conflict'],
  },
  {
    // the latest meeting alone: the year after it, a guess
    input: '全市上下深入贯彻党的十九届五中全会精神，扎实推进各项工作。',
    expected: { year: 2021 },
    confidence: { year: 'low' },
  },
  {
    // 历次全会 says the congress is held, not which plenum is the latest
    input: '认真贯彻党的十九大和十九届历次全会精神，扎实推进各项工作。',
    expected: { year: undefined },
  },
];

const rewritten: MetaRow[] = [
  {
    // a copy that moved every year by nine: the plan's calendar still says which year it was
    input: '2024年遵义市政府工作报告\n一、2023年工作回顾\n2023年，全市生产总值增长8%。\n二、2024年工作安排\n2024年是全面完成“十二五”规划的收官之年。2024年全市生产总值预期增长7%。',
    expected: { year: 2015 },
    confidence: { year: 'medium' },
    warnings: ['year-rewritten'],
  },
  {
    // the year named is the plan's: nothing rewritten
    input: '二、2016年工作安排\n2016年是“十三五”规划的开局之年。今年全市生产总值预期增长7%。',
    expected: { year: 2016 },
    noWarnings: ['year-rewritten'],
  },
  {
    // the middle of a plan is a loose phrase: its second year is 承上启下 too
    input: '二、2022年工作安排\n2022年是实施“十四五”规划承上启下的关键之年。今年全市生产总值预期增长7%。',
    expected: { year: 2022 },
    noWarnings: ['year-rewritten'],
  },
];

test('the year from evidence that decides it', () => checkMetaRows(decided));
test('a copy that rewrote its years keeps the plans\' calendar', () => checkMetaRows(rewritten));
test('the tense of a sentence about a named year', () => checkMetaRows(tense));
test('a year from weak evidence is a guess with a warning', () => checkMetaRows(weak));
test('what is not evidence of the year', () => checkMetaRows(notEvidence));
test('the party meetings a report implements bound its year', () => checkMetaRows(partyMeetings));
