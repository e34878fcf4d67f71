import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, report } from '../helpers/extract.js';

/** [heading, body, expected periods of the items in order] — the report year is 2024. */
const rows: [string, string, string[]][] = [
  ['一、2023年工作回顾', '地区生产总值增长6.2%。', ['2023']],
  ['一、过去五年工作回顾', '五年来，新建学校12所。', ['2019-2023']],
  // multi-year words inside a review of last year: the plan period, or the years they count
  ['一、2023年工作回顾', '地区生产总值年均增长6.5%，连续三年新增就业超过2万人，全年累计接待游客120万人次。', ['2019-2023', '2021-2023', '2023']],
  ['一、2023年工作回顾', '粮食产量连续两年稳定在45万吨以上，两年来新建学校5所，2019-2023年累计减贫1万人。', ['2022-2023', '2022-2023', '2019-2023']],
  // multi-year words after the figure speak of something else: a ranking held for years
  ['一、2023年工作回顾', '全县地区生产总值迈上300亿元新台阶、连续十年居全市首位。', ['2023']],
  // in the review of the plan period a count of years is read as the period
  ['一、过去五年工作回顾', '连续三年投入科技专项资金10亿元。', ['2019-2023']],
  // in a five-year review, what is said to be last year's, and a headline level reached at the end
  ['一、过去五年工作回顾', '去年地区生产总值增长6.2%。地区生产总值达到186亿元，年均增长6.8%。', ['2023', '2023', '2019-2023']],
  // a year's sum of money reached from a base is the last year's; a count reached stands for the period
  ['一、过去五年工作回顾', '财政总收入从7.6亿元增加到21.3亿元，高新技术企业从38家增加到213家。', ['2023', '2019-2023']],
  // a plan-period review opened by a last-year paragraph
  ['一、“十四五”以来及2023年工作回顾', '五年来新建道路30公里。\n\n刚刚过去的2023年，新建道路8公里。', ['2019-2023', '2023']],
];

test('the period a result covers', () => {
  for (const [heading, body, expected] of rows) {
    assert.deepEqual(itemsOf(report(heading, body)).map((c) => c.period), expected, body);
  }
});
