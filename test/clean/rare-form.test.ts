/**
 * Rare forms outside the standard simplified set standing for a very common character in an ordinary word
 * (src/clean/passes/character-judge.ts): the shape is the evidence, so a weak word is enough where the
 * character only adds an affix to a neighbouring word.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  // 化 written inside 囮, joining the word before it (快速化, 法治化, 规范化: in the dictionary, but rare)
  { input: '环线快速囮改造完工', text: '环线快速化改造完工', edits: [[4, 5, '囮', '化', 'homophone']] },
  { input: '深化基层法治囮建设', text: '深化基层法治化建设', edits: [[6, 7, '囮', '化', 'homophone']] },
  { input: '推进服务规范囮、便利囮', text: '推进服务规范化、便利化', edits: [[6, 7, '囮', '化', 'homophone'], [10, 11, '囮', '化', 'homophone']] },
];

// Names outside the standard set whose inner character joins no word of the neighbours.
const unchanged = ['副市长杨玥同志', '张珺主持会议'];

test('a rare form standing for the character inside it, as an affix of the word beside it, is repaired', () => {
  assertRepairs(cases);
});

test('rare forms in names stay', () => {
  assertUnrepaired(unchanged);
});
