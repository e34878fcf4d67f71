import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// How reports speak of a five-year plan's start (开好局、起好步, 良好开局), which names a year without saying 今年是…
// 开局之年, and of the first year of a party congress's spirit. Texts written for these tests in the style of reports
// and newspaper commentaries.

const named: MetaRow[] = [
  {
    // wished for: the plan's first year
    input: '确保“十四五”开好局、起好步，以优异成绩迎接建党100周年。',
    expected: { year: 2021 },
    confidence: { year: 'low' },
  },
  {
    input: '努力实现“十二五”时期经济社会发展良好开局。',
    expected: { year: 2011 },
  },
  {
    // reported done: the year after
    input: '全市经济平稳增长，实现了“十三五”良好开局。',
    expected: { year: 2017 },
  },
  {
    // prepared for: the last year of the plan before
    input: '为“十五五”开好局打下坚实基础。',
    expected: { year: 2025 },
  },
];

const congressStart: MetaRow[] = [
  {
    // the first year of implementing a congress's spirit: the year after the congress
    input: '今年是全面贯彻党的二十大精神的开局之年，做好今年工作意义重大。',
    expected: { year: 2023 },
    confidence: { year: 'medium' },
  },
  {
    input: '过去一年是全面贯彻党的十九大精神的开局之年，全县经济平稳增长。',
    expected: { year: 2019 },
  },
  {
    // a congress implemented, without the start: only a likely year
    input: '全县上下深入贯彻党的十九大精神，扎实推进各项工作。',
    expected: { year: 2018 },
    confidence: { year: 'low' },
  },
];

const notNamed: MetaRow[] = [
  {
    // 开局良好 is said of a plan years into it
    input: '过去五年，“九五”计划胜利完成，“十五”计划开局良好。',
    expected: { year: undefined },
  },
  {
    // a start neither wished for nor reported done in its clause
    input: '“十四五”实现良好开局，全市发展又取得新成就。',
    expected: { year: undefined },
  },
];

test('a plan\'s start names a year', () => checkMetaRows(named));
test('a plan\'s start that names none', () => checkMetaRows(notNamed));
test('the first year of a congress\'s spirit names a year', () => checkMetaRows(congressStart));
