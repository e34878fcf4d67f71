import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traditionalPass } from '../../src/clean/passes/traditional.js';
import { runPass } from '../helpers/clean.js';
import { assertRepairs, assertUnrepaired, compact, repair, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  {
    input: '我们要加強國際合作',
    text: '我们要加强国际合作',
    edits: [[4, 5, '強', '强', 'traditional'], [5, 6, '國', '国', 'traditional'], [6, 7, '際', '际', 'traditional']],
  },
  {
    input: '推動經濟高質量發展',
    text: '推动经济高质量发展',
    edits: [
      [1, 2, '動', '动', 'traditional'], [2, 3, '經', '经', 'traditional'], [3, 4, '濟', '济', 'traditional'],
      [5, 6, '質', '质', 'traditional'], [7, 8, '發', '发', 'traditional'],
    ],
  },
  // 顯著: only 顯 is traditional; 著 is correct simplified in 显著.
  { input: '顯著提高群众滿意度', text: '显著提高群众满意度', edits: [[0, 1, '顯', '显', 'traditional'], [6, 7, '滿', '满', 'traditional']] },
  // Variant forms of old texts go to the standard form (衞 → 卫 through 衛, 擧 → 举).
  { input: '做好防疫衞生工作', text: '做好防疫卫生工作', edits: [[4, 5, '衞', '卫', 'traditional']] },
  { input: '依法選擧人民代表', text: '依法选举人民代表', edits: [[2, 3, '選', '选', 'traditional'], [3, 4, '擧', '举', 'traditional']] },
  // A form built of traditional components that no table lists (陜 = 阝 + 夾): the character of the simplified parts.
  { input: '陜西省推进乡村振兴', text: '陕西省推进乡村振兴', edits: [[0, 1, '陜', '陕', 'traditional']] },
  // Japanese shinjitai (OpenCC's JPShinjitaiCharacters) go through the traditional form they stand for (経 → 經 → 经).
  { input: '経済運行稳中有進', text: '经济运行稳中有进', edits: [[0, 1, '経', '经', 'traditional'], [1, 2, '済', '济', 'traditional'], [2, 3, '運', '运', 'traditional'], [7, 8, '進', '进', 'traditional']] },
  // Traditional forms that are standard characters too (於 a surname, 後 in old names) where the simplified form
  // makes a frequent word and they make none, or one far less frequent (the dictionary has 对於 too).
  { input: '由於资金到位较晚', text: '由于资金到位较晚', edits: [[1, 2, '於', '于', 'traditional']] },
  { input: '厉行节约对於建设的意义', text: '厉行节约对于建设的意义', edits: [[5, 6, '於', '于', 'traditional']] },
  { input: '三年以後全面建成', text: '三年以后全面建成', edits: [[3, 4, '後', '后', 'traditional']] },
];

// Correct simplified text that opencc's tables would touch (著, 乾, 于, 余, 后, 面, 干) stays as it is.
const unchanged = ['著名的乾坤湾景区', '于是余下的工作', '皇后镇的面条厂', '干部作风显著好转', '覆盖城乡的公共服务', '沈阳市沈河区'];

test('traditional forms become simplified', () => {
  assertRepairs(cases);
});

test('correct simplified text is not converted', () => {
  assertUnrepaired(unchanged);
});

test('a traditional form meant as another character is left to the swapped pass', () => {
  // 人財 means 人才; 鈈's simplified form 钚 (plutonium) is not what 不得鈈说 means.
  assert.deepEqual(runPass(traditionalPass, '引进高层次人財').edits, []);
  assert.deepEqual(compact(repair('引进高层次人財').edits), [[6, 7, '財', '才', 'homophone']]);
  assert.deepEqual(runPass(traditionalPass, '不得鈈说').edits, []);
  assert.deepEqual(compact(repair('不得鈈说').edits), [[2, 3, '鈈', '不', 'homophone']]);
});

// Written for this test in traditional characters throughout, as a Hong Kong repost would give a report.
const TRADITIONAL_DOCUMENT =
  '過去一年，全縣地區生產總值增長6%，位於全市前列。一般公共預算收入增長5%，城鎮新增就業3200人。今後要著力推進鄉村振興，' +
  '於都縣紅色旅遊穩步發展，乾隆年間古建築得到保護。完成投資不低於150億元，建成農村公路120公里。';

test('in a document written in traditional throughout, standard characters that are traditional forms are converted in their words', () => {
  const { text, edits } = runPass(traditionalPass, TRADITIONAL_DOCUMENT);
  for (const simplified of ['位于全市前列', '今后要', '于都县', '不低于150亿元']) assert.ok(text.includes(simplified), `${simplified} in ${text}`);
  // OpenCC's phrases keep what is written so in simplified too
  assert.ok(text.includes('乾隆年间'), text);
  assert.ok(edits.some((e) => e.rule === 'traditional:document' && e.from === '於' && e.to === '于'));
});

test('a simplified document with a few traditional forms keeps its standard characters (於 the surname, 乾坤)', () => {
  const input = '於某某同志主持会议，会议强调要扭转乾坤，加強國際合作。';
  const { text } = runPass(traditionalPass, input);
  assert.equal(text, '於某某同志主持会议，会议强调要扭转乾坤，加强国际合作。');
});
