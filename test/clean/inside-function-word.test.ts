/**
 * A rare character of the standard set written as a function word plus a radical (茬 = 艹 + 在), standing alone
 * between two words where it makes none itself (src/clean/passes/character-judge.ts): the function word. Where a
 * neighbour is a punctuation mark or a single character, the character is a name's (a river, a person) and stays;
 * in a word of its own (麦茬) it is meant.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  { input: '我们愿意茬这个原则基础上', text: '我们愿意在这个原则基础上', edits: [[4, 5, '茬', '在', 'homophone']] },
  { input: '及时增加怼低收入群体', text: '及时增加对低收入群体', edits: [[4, 5, '怼', '对', 'homophone']] },
];

const unchanged = ['湘、资、沅、澧四水流域', '副市长丁晖出席', '生活更加美美哒', '改造麦茬地'];

test('a function word written inside a rare standard character, between two words, is repaired', () => {
  assertRepairs(cases);
});

test('a rare standard character beside a punctuation mark or in a word of its own stays', () => {
  assertUnrepaired(unchanged);
});
