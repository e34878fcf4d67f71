import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tasksOf } from '../helpers/split.js';

/** [a task and its note or row, the deadline] in a split for 2025 */
const cases: [string, string | null][] = [
  ['1.新建幼儿园3所。（牵头单位：县教育局；完成时限：2025年8月底）', '2025-08-31'],
  ['1.新建幼儿园3所。\n牵头单位：县教育局\n完成时间：9月30日前', '2025-09-30'],
  ['1.新建幼儿园3所。\n牵头单位：县教育局\n时间节点：2025年6月15日', '2025-06-15'],
  // a time of the task's own text where no time is given beside it
  ['1.6月底前建成县人民医院新院区。（牵头单位：县卫健委）', '2025-06-30'],
  ['1.新建改建农村公路120公里，2025年11月30日前全部完工。（牵头单位：县交通运输局）', '2025-11-30'],
  // the time beside the task wins over a time in its text
  ['1.上半年开工建设溪南物流园。（牵头单位：县商务局；完成时限：年底前）', '2025-12-31'],
  ['1.深化“放管服”改革。（牵头单位：县政务服务中心；完成时限：长期坚持）', null],
  ['1.深化“放管服”改革。（牵头单位：县政务服务中心）', null],
];

test('deadlines: the time given beside a task, else a time in its text, in the year of the split', () => {
  for (const [task, deadline] of cases) {
    const [found] = tasksOf(`青岭县2025年重点工作任务分解\n\n${task}\n`);
    assert.equal(found?.deadline, deadline, task);
  }
});

test('the year of the split is the one given over the one the text says (--year)', () => {
  const text = '青岭县2025年重点工作任务分解\n\n1.新建幼儿园3所。（牵头单位：县教育局；完成时限：9月底前）\n';
  assert.equal(tasksOf(text, 2026)[0]?.deadline, '2026-09-30');
});
