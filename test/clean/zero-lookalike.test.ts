import { test } from 'node:test';
import { widthPass } from '../../src/clean/passes/width.js';
import { assertPassLeaves, assertPassRows, type PassCase } from '../helpers/clean.js';

/**
 * A copy that writes 〇 or ○ for the digit zero inside an Arabic figure: after a digit, or after a decimal point
 * after one, it is the digit. Rows are our own, in the style of old reports copied from print.
 */
const cases: PassCase[] = [
  { input: '生产总值2〇3.5亿元', text: '生产总值203.5亿元', edits: [[5, 6, '0', 'width']] },
  { input: '财政收入4.〇6亿元', text: '财政收入4.06亿元', edits: [[6, 7, '0', 'width']] },
  { input: '增长1〇.2%', text: '增长10.2%', edits: [[3, 4, '0', 'width']] },
  { input: '日供水3○万吨', text: '日供水30万吨', edits: [[4, 5, '0', 'width']] },
];

// a year in Chinese digits, a Chinese numeral and a bullet keep their zero sign
const unchanged = ['二〇二四年工作回顾', '一〇五国道', '○ 新建学校5所', '第○号'];

test('a zero sign inside an Arabic figure is the digit', () => {
  assertPassRows(widthPass, cases);
});

test('a zero sign among Chinese digits or as a bullet stays', () => {
  assertPassLeaves(widthPass, unchanged);
});
