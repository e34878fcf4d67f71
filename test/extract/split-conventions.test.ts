import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsOf, tasksOf, type Row } from '../helpers/split.js';

const TASKS = '1.全年实施重点项目150个。（责任单位：县发改局、县财政局、县统计局）\n2.城乡居民收入增速快于经济增长。（责任单位：县人社局、县农业农村局分别牵头）\n';
const FIRST_LEADS: Row[] = [
  ['全年实施重点项目150个', ['县发改局'], ['县财政局', '县统计局']],
  ['城乡居民收入增速快于经济增长', ['县人社局', '县农业农村局'], []],
];
const ALL_LEAD: Row[] = [
  ['全年实施重点项目150个', ['县发改局', '县财政局', '县统计局'], []],
  ['城乡居民收入增速快于经济增长', ['县人社局', '县农业农村局'], []],
];

/** [the document's statement of its convention (or none), the tasks as read] */
const statements: [string, Row[]][] = [
  ['', ALL_LEAD],
  ['涉及多个单位的，排在第一位的为牵头单位，其他为配合单位。', FIRST_LEADS],
  ['（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）', FIRST_LEADS],
  ['注：多个部门共同负责的，第一个部门为牵头部门。', FIRST_LEADS],
  ['责任单位中排名第一的单位为牵头单位。', FIRST_LEADS],
  ['各项工作的牵头单位排在首位。', FIRST_LEADS],
  ['各牵头单位要切实履行牵头责任。', ALL_LEAD],
];

test('a 责任单位 list: its first unit leads only where the document says so; 分别牵头 makes each lead', () => {
  for (const [statement, expected] of statements) {
    assert.deepEqual(rowsOf(tasksOf(`各乡镇人民政府：\n${statement}\n${TASKS}`)), expected, statement || 'no statement');
    assert.deepEqual(rowsOf(tasksOf(`${TASKS}${statement}\n`)), expected, `${statement || 'no statement'} (after the tasks)`);
  }
});

test('labels say the roles whatever the convention: 牵头单位 leads, 责任单位 beside it cooperates, beside 配合单位 it leads', () => {
  const text =
    '现将任务分解如下，排在第一位的为牵头单位。\n' +
    '1.新建幼儿园3所。（牵头单位：县教育局；责任单位：县财政局、各乡镇人民政府）\n' +
    '2.改造老旧小区20个。（责任单位：县住建局、县城管局；配合单位：各社区）\n' +
    '3.建成县残疾人综合服务中心。（责任单位：县残联*、县民政局）\n';
  assert.deepEqual(rowsOf(tasksOf(text)), [
    ['新建幼儿园3所', ['县教育局'], ['县财政局', '各乡镇人民政府']],
    ['改造老旧小区20个', ['县住建局', '县城管局'], ['各社区']],
    ['建成县残疾人综合服务中心', ['县残联'], ['县民政局']],
  ]);
});
