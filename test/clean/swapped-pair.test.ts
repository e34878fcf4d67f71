/**
 * Two adjacent characters swapped together (src/clean/passes/character-judge.ts judgePair): neither forms a word
 * with the other, so each alone is kept; a candidate of each making a frequent word together repairs both.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  {
    input: '推进企业妀慥升级',
    text: '推进企业改造升级',
    edits: [
      [4, 5, '妀', '改', 'homophone'],
      [5, 6, '慥', '造', 'homophone'],
    ],
  },
  {
    input: '提升垺雺水平',
    text: '提升服务水平',
    edits: [
      [2, 3, '垺', '服', 'homophone'],
      [3, 4, '雺', '务', 'homophone'],
    ],
  },
  // one of the two makes a word with its outer neighbour: judged alone as before, no pair needed
  { input: '大力发展噺兴产业', text: '大力发展新兴产业', edits: [[4, 5, '噺', '新', 'homophone']] },
];

// two rare characters side by side that are meant: a place name no candidate pair reads better than
const unchanged = ['昌乐县鄌郚镇推进土地流转'];

test('two adjacent swapped characters are repaired together', () => {
  assertRepairs(cases);
});

test('adjacent rare characters that no candidate pair reads better stay', () => {
  assertUnrepaired(unchanged);
});
