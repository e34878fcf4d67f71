/**
 * Rare forms outside the standard simplified set standing for a very common character in an ordinary word
 * (src/clean/passes/character-judge.ts): the shape is the evidence, so a weak word is enough where the
 * character only adds an affix to a neighbouring word, and none where the dictionary never saw the character.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  // 化 written inside 囮, joining the word before it (快速化, 法治化, 规范化: in the dictionary, but rare)
  { input: '环线快速囮改造完工', text: '环线快速化改造完工', edits: [[4, 5, '囮', '化', 'homophone']] },
  { input: '深化基层法治囮建设', text: '深化基层法治化建设', edits: [[6, 7, '囮', '化', 'homophone']] },
  { input: '推进服务规范囮、便利囮', text: '推进服务规范化、便利化', edits: [[6, 7, '囮', '化', 'homophone'], [10, 11, '囮', '化', 'homophone']] },
  // characters the dictionary never saw, in no word either way: the close form (written inside and read the same)
  { input: '矿区破坏媔复绿工程', text: '矿区破坏面复绿工程', edits: [[4, 5, '媔', '面', 'homophone']] },
  { input: '全年新增绿地媔积', text: '全年新增绿地面积', edits: [[6, 7, '媔', '面', 'homophone']] },
  // ... chosen by the context among its candidates: 唩 (委 inside, read wo or wei) is 县委 here, not the frequent 我
  { input: '在市委、市政府和县唩的坚强领导下', text: '在市委、市政府和县委的坚强领导下', edits: [[9, 10, '唩', '委', 'homophone']] },
  // ... or the standard form of a variant
  { input: '兜窂民生底线', text: '兜牢民生底线', edits: [[1, 2, '窂', '牢', 'traditional']] },
];

// Names outside the standard set whose inner character joins no word of the neighbours; a character the
// dictionary never saw with no close form; two such characters side by side (a place name).
const unchanged = ['副市长杨玥同志', '张珺主持会议', '凤翙路口改造', '昌乐县鄌郚镇'];

test('a rare form standing for the character inside it, as an affix of the word beside it, is repaired', () => {
  assertRepairs(cases);
});

test('rare forms in names stay', () => {
  assertUnrepaired(unchanged);
});
