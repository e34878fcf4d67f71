import { test } from 'node:test';
import { pinyinPass } from '../../src/clean/passes/pinyin.js';
import { assertPassLeaves, assertPassRows, type PassCase } from '../helpers/clean.js';

const cases: PassCase[] = [
  { input: '簡(jiǎn)稱(chēng)', text: '簡稱', edits: [[1, 7, '', 'pinyin'], [8, 15, '', 'pinyin']] },
  { input: '蹚（tāng）出新路', text: '蹚出新路', edits: [[1, 7, '', 'pinyin']] },
  { input: '统筹(tong3 chou2)推进', text: '统筹推进', edits: [[2, 15, '', 'pinyin']] },
];

// Parentheses holding English, abbreviations or toneless words are not annotations.
const unchanged = ['地区生产总值(GDP)增长', '试点(pilot)项目', '附件(a)所列', '(一)坚持创新'];

test('pinyin annotations are removed', () => {
  assertPassRows(pinyinPass, cases);
});

test('parentheses that are not pinyin stay', () => {
  assertPassLeaves(pinyinPass, unchanged);
});
