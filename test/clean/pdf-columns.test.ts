import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineBreaksPass } from '../../src/clean/passes/line-breaks.js';
import { assertEditsPointAtOriginal, runPass } from '../helpers/clean.js';

/**
 * A PDF copy wrapped at its column: the column is a width, not a count of characters (a line with figures holds
 * more of them, digits being half as wide), and a paragraph's first line lost its two-character indent. Its
 * breaks inside sentences are joined; breaks after a sentence stay. Rows are [input, cleaned text].
 */
const opening = ['现在，我代表县人民政府，向大会报告工作，请予审', '议，并请各位县政协委员和列席人员提出意见。'];
const review = [
  '过去一年，全县地区生产总值增长6.5%，一般公共预算收',
  '入12.3亿元，增长8.1%，固定资产投资增长10.2%，社会',
  '消费品零售总额增长7.6%，城乡居民人均可支配收入分别',
  '增长6%和8%，各项主要指标好于预期，新建改建农村公路',
  '120公里，完成造林绿化2万亩，新增城镇就业4000人，改',
  '造老旧小区12个，惠及群众3000户以上。',
];

const rows: [string, string][] = [
  [[...opening, ...review].join('\n'), `${opening.join('')}\n${review.join('')}`],
  // a heading between paragraphs keeps its lines
  [
    [...opening, '一、2023年工作回顾', ...review].join('\n'),
    `${opening.join('')}\n一、2023年工作回顾\n${review.join('')}`,
  ],
];

test('a PDF column wrapped at one width is joined inside its sentences', () => {
  for (const [input, expected] of rows) {
    const { text, edits } = runPass(lineBreaksPass, input);
    assert.equal(text, expected);
    assertEditsPointAtOriginal(input, edits);
  }
});

/** A copy a program wrapped at a count of characters (here 24), figures or not, cutting a figure (达1⏎2.3亿元). */
const counted = [
  '过去一年，全县的地区生产总值完成210.5亿元，',
  '按可比价格计算增长6.1%；一般公共预算收入达1',
  '2.3亿元，增长8.1%；固定资产投资增长10%',
  '；社会消费品零售总额增长较快，城乡居民人均可支配',
  '收入分别增长百分之六和百分之八，各项主要指标好于',
  '预期，新建农村公路120公里，完成造林绿化2万亩',
  '。',
];

test('a copy wrapped at a count of characters is joined inside its sentences', () => {
  const { text, edits } = runPass(lineBreaksPass, counted.join('\n'));
  assert.equal(text, counted.join(''));
  assertEditsPointAtOriginal(counted.join('\n'), edits);
});

test('short lines one item each are no column', () => {
  const list = '新建学校5所\n改造道路12条\n新增就业4000人\n建成公园3个\n完成造林1万亩';
  assert.equal(runPass(lineBreaksPass, list).text, list);
});
