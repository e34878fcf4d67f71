/**
 * Rare characters outside the standard set, no form of another, standing where no word forms, between two words
 * (or a word and a function word alone, or a punctuation mark), for a function word read like them (src/clean/passes/character-judge.ts): the one jieba reads best there, before
 * a character merely written inside them (坔 = 水 + 土, read di like 的). In a name the neighbours make no word.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  { input: '今年燿采取四项措施', text: '今年要采取四项措施', edits: [[2, 3, '燿', '要', 'homophone']] },
  { input: '推动第二阶段坔任务', text: '推动第二阶段的任务', edits: [[6, 7, '坔', '的', 'homophone']] },
  { input: '存在偙许多问题', text: '存在的许多问题', edits: [[2, 3, '偙', '的', 'homophone']] },
  // a function word alone on one side (还) and a word on the other
  { input: '城乡发展还踄平衡', text: '城乡发展还不平衡', edits: [[5, 6, '踄', '不', 'homophone']] },
];

// a name's rare character: its neighbours make no word (凤川, 岗村), or it is in the dictionary (玥)
const unchanged = ['凤川翙岗村', '副市长杨玥同志'];

test('a rare character read like a function word, between two words, is that function word', () => {
  assertRepairs(cases);
});

test('a rare character in a name stays', () => {
  assertUnrepaired(unchanged);
});
