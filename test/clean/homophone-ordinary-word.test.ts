/**
 * Rare characters outside the standard set, no form of any other, read like a very common character that makes an
 * ordinary word with a neighbour (诉求, 稳妥, 报销: a few hundred times in the dictionary's corpus, not thousands)
 * (src/clean/passes/character-judge.ts): a modest word is enough. A candidate read the same wins over one that
 * only shares a part with the swapped character. Beside another rare character, the pair is a name and stays.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  { input: '切实解决群众合理诉扏', text: '切实解决群众合理诉求', edits: [[9, 10, '扏', '求', 'homophone']] },
  { input: '积极稳侂推进改革', text: '积极稳妥推进改革', edits: [[3, 4, '侂', '妥', 'homophone']] },
  { input: '纳入医保駂销范围', text: '纳入医保报销范围', edits: [[4, 5, '駂', '报', 'homophone']] },
  // 珗 is read xian like 县, and shares only 王 with 球: 全县, though 全球 is the more frequent word (before 教育 or 地区,
  // 全线 reads nearly as well by the neighbours, and the character is left: context-choice.test.ts)
  { input: '全珗城乡居民收入稳步增长', text: '全县城乡居民收入稳步增长', edits: [[1, 2, '珗', '县', 'homophone']] },
];

// two rare characters side by side (a place name): 郚 is read wu, but 乌镇 is another place
const unchanged = ['昌乐县鄌郚镇', '凤川翙岗村'];

test('a rare homophone of a common character in an ordinary word is repaired', () => {
  assertRepairs(cases);
});

test('rare characters beside each other stay', () => {
  assertUnrepaired(unchanged);
});
