/**
 * A rare character right after a digit that makes no word with what follows stands for a word that follows figures
 * (src/clean/tables/figure-words.ts: the jieba dictionary's numerals and measure words), the one of its candidates
 * jieba reads best there, measure words the dictionary tags by another use (条, 人) among them. The old
 * one-character unit names (瓩 = 千瓦) are meant after a figure and stay.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  { input: '1妜27日上午开幕', text: '1月27日上午开幕', edits: [[1, 2, '妜', '月', 'homophone']] },
  { input: '本文以56蚡县级报告为样本', text: '本文以56份县级报告为样本', edits: [[5, 6, '蚡', '份', 'homophone']] },
  { input: '新增城镇就业2.5劢人以上', text: '新增城镇就业2.5万人以上', edits: [[9, 10, '劢', '万', 'homophone']] },
  // measure words the dictionary tags by another use (条: n; 人: n)
  { input: '打通10朓城区断头路', text: '打通10条城区断头路', edits: [[4, 5, '朓', '条', 'homophone']] },
  { input: '全年新增就业4000岃，改造老旧小区', text: '全年新增就业4000人，改造老旧小区', edits: [[10, 11, '岃', '人', 'homophone']] },
];

const unchanged = ['建成7,000瓩的发电机组', '装机容量3000瓩'];

test('a rare character after a digit stands for a numeral or a measure word', () => {
  assertRepairs(cases);
});

test('an old one-character unit name after a figure stays', () => {
  assertUnrepaired(unchanged);
});
