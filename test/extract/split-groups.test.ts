import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsOf, tasksOf } from '../helpers/split.js';

test('tasks grouped under a heading naming their units take them; a task naming units of its own adds to them', () => {
  const text =
    '一、牵头单位：县发改局\n1.全年实施重点项目150个。\n2.争取专项债券资金10亿元。\n' +
    '二、县教育局牵头的工作（2项）\n3.新建幼儿园3所。\n4.改扩建中小学校舍2万平方米，\n秋季开学前投入使用。\n' +
    '三、县卫健委负责\n5.建成县人民医院新院区。（配合单位：县发改局）\n';
  assert.deepEqual(rowsOf(tasksOf(text)), [
    ['全年实施重点项目150个', ['县发改局'], []],
    ['争取专项债券资金10亿元', ['县发改局'], []],
    ['新建幼儿园3所', ['县教育局'], []],
    ['改扩建中小学校舍2万平方米，秋季开学前投入使用', ['县教育局'], []],
    ['建成县人民医院新院区', ['县卫健委'], ['县发改局']],
  ]);
});

test('a heading that names no units is no group: its tasks are those with notes', () => {
  const text = '一、扩大有效投资（3项）\n1.全年实施重点项目150个。\n2.争取专项债券资金10亿元。（牵头单位：县财政局）\n';
  assert.deepEqual(rowsOf(tasksOf(text)), [['争取专项债券资金10亿元', ['县财政局'], []]]);
});
