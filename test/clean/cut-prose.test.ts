import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineBreaksPass } from '../../src/clean/passes/line-breaks.js';
import { assertEditsPointAtOriginal, runPass } from '../helpers/clean.js';

/**
 * A few lines of a PDF copy, too few or too uneven for a column width to show: a long line of running prose (a
 * clause mark inside) that ends in a Han character or a digit is cut mid-sentence, and joins the next line. Titles,
 * headings and lines ending a sentence keep their breaks. Rows are our own.
 */
const joined: [input: string, text: string][] = [
  [
    '过去一年，全县生产总值达到86.2亿元，增长7.1%；固定资产投资41.3亿元，增\n长12.5%；一般公共预算收入5.6亿元。',
    '过去一年，全县生产总值达到86.2亿元，增长7.1%；固定资产投资41.3亿元，增长12.5%；一般公共预算收入5.6亿元。',
  ],
  [
    '全年新增城镇就业3200人，城镇登记失业率控制在3.5%以内，比上年增长1\n2.4%的民生支出全部到位。',
    '全年新增城镇就业3200人，城镇登记失业率控制在3.5%以内，比上年增长12.4%的民生支出全部到位。',
  ],
];

const kept = [
  '临溪县人民政府工作报告\n各位代表：',
  '一、2023年工作回顾\n2023年，全县生产总值增长6%。',
  '全县生产总值增长6%，新建学校5所。\n今年要新增就业4000人。',
  '来源：临溪县人民政府网 发布时间 2024年1月16日 浏览次数 1024\n各位代表：',
  // rows of a table flattened with bars end at their line breaks
  '1|学前教育|新增幼儿园学位1200个，新增托位300个|区教委|2025年9月\n2|环境治理|完成南湖调蓄工程主体建设|区水务局|2025年6月',
];

test('a long prose line cut mid-sentence joins the next', () => {
  for (const [input, text] of joined) {
    const { text: out, edits } = runPass(lineBreaksPass, input);
    assert.equal(out, text, input);
    assertEditsPointAtOriginal(input, edits);
  }
});

test('titles, headings and finished sentences keep their breaks', () => {
  for (const input of kept) assert.equal(runPass(lineBreaksPass, input).text, input, input);
});
