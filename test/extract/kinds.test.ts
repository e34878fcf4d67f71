import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, pick, report } from '../helpers/extract.js';

const fields = ['kind', 'low', 'unit', 'op', 'deadline', 'period'] as const;

/** [heading, body, expected items (in order)] */
const rows: [string, string, Record<string, unknown>[]][] = [
  // a review reports results of last year
  ['一、2023年工作回顾', '全年新建幼儿园3所，改造老旧小区38个。', [
    { kind: 'achievement', low: 3, unit: '所', op: 'exact', period: '2023' },
    { kind: 'achievement', low: 38, unit: '个', op: 'exact', period: '2023' },
  ]],
  // a plan states targets due at the end of the report year unless a time word says otherwise
  ['二、2024年工作安排', '新建幼儿园3所，年底前建成城市书房5个以上。', [
    { kind: 'target', low: 3, unit: '所', op: 'exact', deadline: '2024-12-31' },
    { kind: 'target', low: 5, unit: '个', op: 'at_least', deadline: '2024-12-31' },
  ]],
  ['二、2024年工作安排', '上半年新增公共停车泊位1500个。', [
    { kind: 'target', low: 1500, unit: '个', op: 'exact', deadline: '2024-06-30' },
  ]],
  // milestones: a deliverable with an explicit time and no figure
  ['二、2024年工作安排', '溪口大桥7月底前建成通车，“七一”前完成县体育馆改造。', [
    { kind: 'milestone', deadline: '2024-07-31' },
    { kind: 'milestone', deadline: '2024-06-30' },
  ]],
  // a clause that is only a time gives it to the deliverable after it
  ['二、2024年工作安排', '到2027年，建成国家创新型城市。年底前，完成城区燃气管道改造。', [
    { kind: 'milestone', deadline: '2027-12-31' },
    { kind: 'milestone', deadline: '2024-12-31' },
  ]],
  // …but not to a clause that introduces a list of targets
  ['二、2024年工作安排', '到“十五五”末，我县经济社会发展要实现以下主要目标：', [{ kind: 'task', deadline: '2024-12-31' }]],
  // two milestones run together where the comma was deleted
  ['二、2024年工作安排', '“五一”前完成南门改造国庆前完成北广场改造。', [
    { kind: 'milestone', deadline: '2024-04-30' },
    { kind: 'milestone', deadline: '2024-09-30' },
  ]],
  // a list whose opener gives the time: deliverables are milestones, figures targets
  ['二、2024年工作安排', '今年办好以下民生实事：建立残疾人意外伤害保险制度；新建社区食堂20个；开展“送医下乡”活动。', [
    { kind: 'milestone', deadline: '2024-12-31' },
    { kind: 'target', low: 20, unit: '个', op: 'exact', deadline: '2024-12-31' },
    { kind: 'milestone', deadline: '2024-12-31' },
  ]],
  // a numbered list on lines of its own after an opener giving the time; the ordinal is not part of an entry, and
  // an entry of another list style (a heading) ends the list
  ['二、2024年工作安排', '今年办好以下民生实事：\n1．新建公办幼儿园2所。\n2．建成县级公共实训基地。\n（二）深化改革开放。', [
    { kind: 'target', low: 2, unit: '所', op: 'exact', deadline: '2024-12-31' },
    { kind: 'milestone', deadline: '2024-12-31' },
    { kind: 'task', deadline: '2024-12-31' },
  ]],
  // open-ended actions are tasks
  ['二、2024年工作安排', '持续优化营商环境，深化“放管服”改革。', [{ kind: 'task', deadline: '2024-12-31' }]],
  // inside a plan, a sentence turning to last year reports results
  ['二、2024年工作安排', '过去一年，全县新增就业4100人。今年要新增就业4000人以上。', [
    { kind: 'achievement', low: 4100, unit: '人', op: 'exact', period: '2023' },
    { kind: 'target', low: 4000, unit: '人', op: 'at_least', deadline: '2024-12-31' },
  ]],
];

test('kinds from the section role, the time words and the sentence', () => {
  for (const [heading, body, expected] of rows) {
    const got = itemsOf(report(heading, body)).map((c) => pick(c, fields));
    assert.deepEqual(got, expected, body);
  }
});

test('text outside review and plan sections gives no items', () => {
  assert.deepEqual(itemsOf('各位代表：\n\n现在，我代表县人民政府向大会报告工作，请予审议，共3个部分。\n'), []);
});
