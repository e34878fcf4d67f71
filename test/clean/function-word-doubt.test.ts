/**
 * Where no candidate forms a word, a rare character with a frequent function word written inside it is taken for that
 * word (惒 → 和, 叾 → 了); the choice rests on no word, so it is dropped where another candidate reads nearly as well
 * with the neighbours: 救急 and 偏紧 are not 就急 and 便紧, and a doubtful repair is worse than none.
 */
import { test } from 'node:test';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  { input: '着力发展新能源惒新材料产业', text: '着力发展新能源和新材料产业', edits: [[7, 8, '惒', '和', 'traditional']] },
  { input: '各项改革举措取得叾明显成效', text: '各项改革举措取得了明显成效', edits: [[8, 9, '叾', '了', 'homophone']] },
];

const doubtful = ['全力为困难群众㠇急解难', '推动农产品供给楩紧局面缓解'];

test('a function word written inside a character that forms no word stands for it', () => {
  assertRepairs(cases);
});

test('that choice is dropped where another candidate reads nearly as well', () => {
  assertUnrepaired(doubtful);
});
