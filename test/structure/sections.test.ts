import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsOf } from '../../src/structure/sections.js';

const report = [
  '各位代表：',
  '现在，我代表县人民政府报告工作。',
  '一、2023年工作回顾',
  '过去一年，全县地区生产总值增长6.2%。',
  '（一）产业发展提质增效。新增规上企业23家。',
  '五年来，全县经济总量跨上新台阶。',
  '二、“十五五”时期发展目标',
  '到2030年，地区生产总值突破300亿元。',
  '三、2024年工作安排',
  '今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。',
  '（一）坚定不移抓项目。全年实施重点项目120个。',
  '（二）扎实办好民生实事。新建幼儿园2所。',
  '结束语',
  '各位代表，让我们团结奋斗！',
].join('\n');

test('headings, their levels and roles', () => {
  const { sections } = sectionsOf(report);
  assert.deepEqual(
    sections.map((s) => [s.heading, s.level, s.role]),
    [
      ['一、2023年工作回顾', 1, 'review_last_year'],
      ['（一）产业发展提质增效', 2, 'review_last_year'],
      ['二、“十五五”时期发展目标', 1, 'plan_targets'],
      ['三、2024年工作安排', 1, 'annual_tasks'],
      ['（一）坚定不移抓项目', 2, 'annual_tasks'],
      ['（二）扎实办好民生实事', 2, 'livelihood'],
      ['结束语', 1, 'other'],
    ],
  );
  // a level-2 section ends where the next heading of its level or above starts
  const sub = sections[1];
  assert.equal(report.slice(sub.start, sub.end).trimEnd(), '（一）产业发展提质增效。新增规上企业23家。\n五年来，全县经济总量跨上新台阶。');
});

test('paragraph roles: the review period named by an opening, this year’s indicators', () => {
  const { paragraphs } = sectionsOf(report);
  const roleOf = (start: string) => paragraphs.find((p) => report.slice(p.start, p.end).startsWith(start))?.role;
  assert.equal(roleOf('过去一年'), 'review_last_year');
  assert.equal(roleOf('五年来'), 'review_plan_period');
  assert.equal(roleOf('今年经济社会发展的主要预期目标'), 'annual_indicators');
  assert.equal(roleOf('（一）坚定不移抓项目'), 'annual_tasks');
  assert.equal(roleOf('现在，我代表'), 'other');
});

test('a review of the plan period and last year: an opening switches the rest of the section to last year', () => {
  const text = [
    '一、“十四五”时期及2025年工作回顾',
    '五年来，全县经济总量跨上新台阶。',
    '刚刚过去的2025年，全县上下砥砺奋进。',
    '（一）产业发展提质增效。新增规上企业23家。',
    '二、2026年工作安排',
    '（一）抓项目。',
  ].join('\n');
  const { paragraphs } = sectionsOf(text);
  assert.deepEqual(
    paragraphs.map((p) => p.role),
    ['review_plan_period', 'review_plan_period', 'review_last_year', 'review_last_year', 'annual_tasks', 'annual_tasks'],
  );
});

test('a provincial report in parts: 第一部分 … are headings of the first level', () => {
  const text = ['第一部分　2023年工作回顾', '过去一年，全省地区生产总值增长5.5%。', '第二部分　2024年重点工作', '新建5G基站2万个。', '第三部分　加强政府自身建设', '全面完成省政府机构改革。'].join('\n');
  assert.deepEqual(
    sectionsOf(text).sections.map((s) => [s.heading, s.level, s.role]),
    [
      ['第一部分　2023年工作回顾', 1, 'review_last_year'],
      ['第二部分　2024年重点工作', 1, 'annual_tasks'],
      ['第三部分　加强政府自身建设', 1, 'annual_tasks'],
    ],
  );
});

test('an excerpt opening on a deeper heading: the headings above it after this year’s tasks are more of them', () => {
  const excerpt = [
    '2.今年的主要预期目标和重点任务',
    '今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右。',
    '（一）聚焦工业振兴，壮大实体经济。今年新增规上企业15户以上。',
    '（二）聚焦农业现代化。新建高标准农田10万亩。',
  ].join('\n');
  assert.deepEqual(
    sectionsOf(excerpt).sections.map((s) => [s.heading, s.role]),
    [
      ['2.今年的主要预期目标和重点任务', 'annual_tasks'],
      ['（一）聚焦工业振兴，壮大实体经济', 'annual_tasks'],
      ['（二）聚焦农业现代化', 'annual_tasks'],
    ],
  );
});

test('an excerpt cut into the review: the headings before the plan are the review’s, unless they state a task', () => {
  const excerpt = [
    '3.社会事业全面进步，民生保障持续加强。城镇新增就业5200人。',
    '4.政府自身建设不断加强。办理人大代表建议186件。',
    '二、今年的目标任务',
    '1.加快发展先进制造业。全年新增规模以上工业企业30家。',
  ].join('\n');
  assert.deepEqual(
    sectionsOf(excerpt).paragraphs.map((p) => p.role),
    ['review_last_year', 'review_last_year', 'annual_tasks', 'annual_tasks'],
  );
  const tasks = ['（三）加快发展先进制造业。全年新增规上企业30家。', '二、今年的目标任务', '今年全市生产总值增长7%。'].join('\n');
  assert.equal(sectionsOf(tasks).paragraphs[0]!.role, 'other');
});

test('how a plan or last year’s plan was carried out (完成情况, 执行情况) is reviewed', () => {
  const text = ['一、“九五”计划的完成情况和2000年的工作', '五年来，全区生产总值年均增长9%。', '二、2000年计划执行情况', '全年新增就业2万人。'].join('\n');
  assert.deepEqual(
    sectionsOf(text).sections.map((s) => s.role),
    ['review_plan_period', 'review_last_year'],
  );
});

test('a table of contents (headings one after another, nothing between) lists the parts and opens none of them', () => {
  const text = ['江南省第十四届人民代表大会第二次会议开幕。', '报告分为两大部分', '一、2024年工作回顾', '二、2025年目标任务和主要工作', '回顾2024', '全省生产总值增长5.5%。', '（一）经济运行回升向好。项目投资增长35%。'].join('\n');
  assert.deepEqual(sectionsOf(text, 2025).sections.map((s) => [s.heading, s.role]), [
    ['一、2024年工作回顾', 'other'],
    ['二、2025年目标任务和主要工作', 'other'],
    ['（一）经济运行回升向好', 'other'],
  ]);
});
