import { test } from 'node:test';
import { widthPass } from '../../src/clean/passes/width.js';
import { assertPassLeaves, assertPassRows, type PassCase } from '../helpers/clean.js';

const cases: PassCase[] = [
  { input: '增长６％', text: '增长6%', edits: [[2, 3, '6', 'width'], [3, 4, '%', 'width']] },
  { input: '达到１２．５万人', text: '达到12.5万人', edits: [[2, 3, '1', 'width'], [3, 4, '2', 'width'], [4, 5, '.', 'width'], [5, 6, '5', 'width']] },
  { input: '建成５Ｇ基站', text: '建成5G基站', edits: [[2, 3, '5', 'width'], [3, 4, 'G', 'width']] },
  { input: '降低ＰＭｘ浓度', text: '降低PMx浓度', edits: [[2, 3, 'P', 'width'], [3, 4, 'M', 'width'], [4, 5, 'x', 'width']] },
  // a sign drawn like % after a figure is one
  { input: '增长15.2℅', text: '增长15.2%', edits: [[6, 7, '%', 'other']] },
  { input: '提高3﹪', text: '提高3%', edits: [[3, 4, '%', 'other']] },
];

// Chinese punctuation in the same Unicode block is the normal form and stays.
const unchanged = ['全年增长，稳中有进。', '（一）坚持稳中求进！', '是否完成？是：', '句末的全角点．不在数字之间', '寄信人℅地址'];

test('full-width digits, letters and number symbols become half-width', () => {
  assertPassRows(widthPass, cases);
});

test('Chinese punctuation stays full-width', () => {
  assertPassLeaves(widthPass, unchanged);
});
