/**
 * The choice between the characters a swapped one may stand for, by its neighbours across a word's edge
 * (src/clean/indexes/context-model.ts, weighed in src/clean/passes/character-judge.ts): 的 or 地 before a verb, 是 or
 * 使 before a clause, a word's half whose other half is a neighbour's. Where the neighbours leave two candidates
 * read alike nearly level, nothing is changed: a doubtful repair is worse than none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertRepairs, assertUnrepaired, type RepairCase } from '../helpers/repair.js';
import { contextAt } from '../../src/clean/indexes/context-model.js';

const cases: RepairCase[] = [
  // 地 before a verb after an adverb or an idiom, not 的
  { input: '才能不断苐从胜利走向胜利', text: '才能不断地从胜利走向胜利', edits: [[4, 5, '苐', '地', 'homophone']] },
  { input: '坚定不移蹢推进改革', text: '坚定不移地推进改革', edits: [[4, 5, '蹢', '地', 'homophone']] },
  { input: '认真蹢做好各项工作', text: '认真地做好各项工作', edits: [[2, 3, '蹢', '地', 'homophone']] },
  // 使 before a clause it causes, not 是
  { input: '这才能狶我国经济稳步发展', text: '这才能使我国经济稳步发展', edits: [[3, 4, '狶', '使', 'homophone']] },
  // 特别是, where no word forms with either neighbour
  { input: '加强基层特别狧村一级', text: '加强基层特别是村一级', edits: [[6, 7, '狧', '是', 'homophone']] },
  // a verb between two words that it forms none with (一手抓…, 一手抓…)
  { input: '一手簻传统产业改造', text: '一手抓传统产业改造', edits: [[2, 3, '簻', '抓', 'homophone']] },
];

// the neighbours leave 的 and 地 (and 计 and 期) nearly level: no guess
const doubtful = ['人口一年一年苐增加', '积极媂培养年轻干部', '符合预簊'];

// correct uses of the characters the context chooses between
const unchanged = [
  '他们认真地完成了任务',
  '取得的成绩来之不易',
  '发展得更好',
  '这是我们的责任',
  '使人民群众得到实惠',
  '现在再次强调',
  '在此基础上',
  '做好民生工作',
  '作出新的贡献',
];

test('the neighbours choose between candidates read alike', () => {
  assertRepairs(cases);
});

test('a choice the neighbours leave in doubt is not made', () => {
  assertUnrepaired(doubtful);
});

test('correct function words and verbs stay', () => {
  assertUnrepaired(unchanged);
});

// [text with _ where the candidates stand, the better, the worse]
const scored: [string, string, string][] = [
  ['不断_从胜利', '地', '的'],
  ['取得_成绩', '的', '地'],
  ['才能_我国', '使', '是'],
  ['这_我们', '是', '使'],
  ['56_报告', '份', '分'],
];

test('the context model scores the fitting character higher', () => {
  for (const [text, better, worse] of scored) {
    const at = text.indexOf('_');
    const codes = Array.from(text, (c) => c.charCodeAt(0));
    const score = (c: string) => contextAt(codes, at, codes.length)(c.charCodeAt(0));
    assert.ok(score(better) > score(worse), `${text}: ${better} ${score(better)} over ${worse} ${score(worse)}`);
  }
});
