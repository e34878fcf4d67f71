/**
 * Matching a split's tasks to a report's items by what the texts say (split-match.ts): a task restating an item in
 * other words, a task that gave two items, a figure or an indicator agreeing; and, as negative rows, what must not
 * match — the same words with another figure, the same verb over another object, a deadline's month taken for a
 * figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchTasks, MATCH_THRESHOLD } from '../../src/exchange/split-match.js';

/** The report's items the tasks are matched against (a county's, written for this test). */
const ITEMS = [
  '地区生产总值增长6%左右',
  '全年实施重点项目130个',
  '完成投资160亿元以上',
  '新建城区公办幼儿园3所',
  '改造老旧小区40个',
  '上半年开工建设青岭物流园',
  '新增公共停车泊位2000个',
  '深化“一件事一次办”改革',
  '推进乡村振兴',
].map((text, id) => ({ id, text }));

/** [a task, the items it takes (their texts), or none] */
const matching: [task: string, items: string[]][] = [
  ['全县地区生产总值增长6%左右', ['地区生产总值增长6%左右']],
  ['GDP增长6%左右', ['地区生产总值增长6%左右']], // the indicator by another of its names, the figure agreeing
  ['全年实施重点项目130个，完成投资160亿元以上', ['全年实施重点项目130个', '完成投资160亿元以上']],
  ['城区新建3所公办幼儿园，增加学前教育学位', ['新建城区公办幼儿园3所']],
  ['加快青岭物流园建设，确保上半年开工', ['上半年开工建设青岭物流园']],
  ['实施城镇老旧小区改造40个', ['改造老旧小区40个']],
];

const notMatching: [task: string, why: string][] = [
  ['新建城区公办幼儿园5所', 'the same words, another figure'],
  ['新增公共停车泊位3000个', 'another figure'],
  ['改造农村危房200户', 'the same verb, another object'],
  ['6月底前建成县体育中心全民健身馆', 'the 6 of 6月 is a time, not the 6% of the growth target'],
  ['建设县域数字化应急指挥平台', 'nothing of the report'],
];

test('a task takes the items it restates, in its own words or cut otherwise', () => {
  for (const [task, items] of matching) {
    const [m] = matchTasks([{ text: task }], ITEMS);
    assert.deepEqual(m!.matches.map((x) => ITEMS[x.commitmentId]!.text).sort(), [...items].sort(), task);
    assert.ok(m!.matches.every((x) => x.score >= MATCH_THRESHOLD && x.score <= 1));
  }
});

test('what must not match: another figure, another object, a time taken for a figure, nothing alike', () => {
  for (const [task, why] of notMatching) {
    const [m] = matchTasks([{ text: task }], ITEMS);
    assert.deepEqual(m!.matches, [], `${task}: ${why} (best ${JSON.stringify(m!.candidates[0])})`);
  }
});

test('an item goes to the task that covers it best, once; every task shows its candidates best first', () => {
  const tasks = [{ text: '实施重点项目130个' }, { text: '全年实施重点项目130个，完成投资160亿元以上' }];
  const [a, b] = matchTasks(tasks, ITEMS);
  const texts = (m: typeof a) => m!.matches.map((x) => ITEMS[x.commitmentId]!.text);
  // both say all of 全年实施重点项目130个: the tighter fit takes it, the other keeps it among its candidates
  assert.deepEqual([texts(a), texts(b)], [['全年实施重点项目130个'], ['完成投资160亿元以上']]);
  assert.equal(ITEMS[b!.candidates[0]!.commitmentId]!.text, '全年实施重点项目130个', 'taken by the other task, still a candidate');
  for (const m of [a, b]) assert.deepEqual(m!.candidates.map((c) => c.score), [...m!.candidates.map((c) => c.score)].sort((x, y) => y - x));
});
