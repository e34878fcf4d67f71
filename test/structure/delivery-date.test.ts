import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// Texts written for these tests in the style of reports and news pages.

const delivered: MetaRow[] = [
  {
    input: '1月15日上午，遵义市第五届人民代表大会第三次会议开幕。报告提出，2023年全市地区生产总值增长6%左右。',
    expected: { date: '2023-01-15', year: 2023 },
  },
  {
    // a dateline, then the day in the story
    input: '本报遵义3月2日电 2日上午，遵义市第二届人大第五次会议开幕，市长作政府工作报告。报告回顾了2016年工作。',
    expected: { date: '2017-03-02', year: 2017 },
  },
  {
    input: '遵义日报2月8日讯 今天上午，遵义市第二届人民代表大会第二次会议开幕。报告回顾了2013年工作。',
    expected: { date: '2014-02-08' },
  },
  {
    // a copy that stripped the year's digits: the day stands, its year inferred
    input: '年2月10日，在遵义市第三届人民代表大会第二次会议上，市长作政府工作报告。2018年遵义市十件民生实事如下。',
    expected: { date: '2018-02-10', year: 2018 },
  },
  {
    // the day after the session's name, in the same sentence
    input: '甘肃省第十二届人大第三次会议1月26日上午在省城开幕。2015年甘肃省经济社会发展的主要预期目标是：生产总值增长8%。',
    expected: { date: '2015-01-26', year: 2015 },
  },
  {
    // the story's bare day, in the month of the page's stamp: said to be a guess
    input: '2019-01-31 09:12:40 来源：市融媒体中心\n29日上午，市长代表遵义市人民政府所作的《政府工作报告》，对2019年工作作出部署。',
    expected: { date: '2019-01-29', year: 2019 },
    confidence: { date: 'low' },
    warnings: ['date-month-from-stamp'],
  },
  {
    // a report delivered in December plans for the next year: the day is in the year before
    input: '12月26日上午，临溪县第十八届人民代表大会第五次会议开幕，县长作政府工作报告，对2025年工作作出安排。',
    expected: { date: '2024-12-26', year: 2025 },
  },
  {
    // the year written with the day is evidence of the year too
    input: '2021年3月2日上午，遵义市第三届人民代表大会第五次会议开幕，听取了市人民政府工作报告。',
    expected: { date: '2021-03-02', year: 2021 },
    confidence: { date: 'high' },
  },
];

const notDelivered: MetaRow[] = [
  {
    // a session over several days names no day of delivery
    input: '2月3日至6日，临溪县九届人大三次会议召开。2017年，临溪县将重点抓好六个方面工作。',
    expected: { date: undefined, year: 2017 },
  },
  {
    // a newspaper's dateline is the day it wrote, not the day of the report
    input: '遵义日报2月21日讯 翻开2016年遵义市《政府工作报告》，交通建设占了很大篇幅。',
    expected: { date: undefined, year: 2016 },
  },
  {
    // the report explained to the CPPCC before the congress meets is not its delivery
    input: '2014-01-09 10:00\n8日上午，遵义市政协四届三次会议举行，副市长作关于《政府工作报告(征求意见稿)》的说明。第三部分是2014年重点工作。',
    expected: { date: undefined, year: 2014 },
  },
  {
    // a page's publication stamp is not the day of delivery
    input: '发布时间：2019-01-25 10:30\n报告提出，2019年全县地区生产总值增长7%左右。',
    expected: { date: undefined, year: 2019 },
  },
];

test('the day of delivery a text gives', () => checkMetaRows(delivered));
test('days that are not the day of delivery', () => checkMetaRows(notDelivered));
