import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oriented, type OrientationRow } from '../helpers/orientation.js';

/**
 * An interview on a report (记者：… 答：…): each question is a new topic, so the time an earlier answer turned to
 * (去年…) does not hold past it; an answer opens its own frame past its turn mark and who speaks (答：报告提出，今年…).
 */
const rows: OrientationRow[] = [
  [
    'an answer on this year after an answer that ended on last year',
    '记者：今年的增长目标是多少？\n答：报告提出，今年全市地区生产总值增长6%左右。去年全市生产总值增长6.8%。\n记者：能源方面呢？\n答：单位地区生产总值能耗下降3%，新能源装机达到800万千瓦。',
    [
      ['今年全市地区生产总值增长6%左右', 'plan'],
      ['去年全市生产总值增长6.8%', 'review'],
      ['单位地区生产总值能耗下降3%', 'plan'],
      ['新能源装机达到800万千瓦', 'plan'],
    ],
  ],
  [
    'the lines after an answer opened on this year stay plan',
    '问：投资方面有哪些安排？\n答：报告提出，今年固定资产投资增长8%以上。在项目方面，安排重大项目300个、年度计划投资2000亿元以上。',
    [
      ['今年固定资产投资增长8%以上', 'plan'],
      ['安排重大项目300个、年度计划投资2000亿元以上', 'plan'],
    ],
  ],
];

test('interview turns: each answer is read in its own frame', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(oriented(text), expected, what);
});
