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
    input: '新华网金华2月16日电 16日上午，金华市第八届人大第五次会议开幕，市长作政府工作报告。报告回顾了2015年工作。',
    expected: { date: '2016-02-16', year: 2016 },
  },
  {
    input: '金华日报1月12日讯 今天上午，金华市第八届人民代表大会第二次会议开幕。报告回顾了2013年工作。',
    expected: { date: '2014-01-12' },
  },
  {
    // a copy that stripped the year's digits: the day stands, its year inferred
    input: '年1月27日，在金华市第九届人民代表大会第六次会议上，代市长作政府工作报告。2021年金华市十件民生实事如下。',
    expected: { date: '2021-01-27', year: 2021 },
  },
  {
    // the day after the session's name, in the same sentence
    input: '甘肃省第十一届人大第二次会议1月15日上午在兰州开幕。2009年甘肃省经济社会发展的主要预期目标是：生产总值增长10%。',
    expected: { date: '2009-01-15', year: 2009 },
  },
  {
    // the story's bare day, in the month of the page's stamp: said to be a guess
    input: '2022-01-20 15:35:51 来源：县融媒体中心\n17日上午，省长代表甘肃省人民政府所作的《政府工作报告》，对2022年工作作出部署。',
    expected: { date: '2022-01-17', year: 2022 },
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
    input: '2024年1月31日上午，遵义市第六届人民代表大会第四次会议开幕，听取了市人民政府工作报告。',
    expected: { date: '2024-01-31', year: 2024 },
    confidence: { date: 'high' },
  },
];

const notDelivered: MetaRow[] = [
  {
    // a session over several days names no day of delivery
    input: '1月5日至8日，临溪县五届人大六次会议召开。2025年，临溪县将重点做好八个方面工作。',
    expected: { date: undefined, year: 2025 },
  },
  {
    // a newspaper's dateline is the day it wrote, not the day of the report
    input: '金华日报1月19日讯 翻开2012年金华市《政府工作报告》，民生被写得格外醒目。',
    expected: { date: undefined, year: 2012 },
  },
  {
    // the report explained to the CPPCC before the congress meets is not its delivery
    input: '2011-01-18 09:00\n17日上午，金华市政协十一届四次会议举行，常务副市长作关于《政府工作报告(协商稿)》的说明。第三部分是2011年重点工作。',
    expected: { date: undefined, year: 2011 },
  },
  {
    // a page's publication stamp is not the day of delivery
    input: '发布时间：2019-01-25 10:30\n报告提出，2019年全县地区生产总值增长7%左右。',
    expected: { date: undefined, year: 2019 },
  },
];

test('the day of delivery a text gives', () => checkMetaRows(delivered));
test('days that are not the day of delivery', () => checkMetaRows(notDelivered));
