/**
 * A heading without a number inside a numbered part of a report is a subheading of that part (or a line a copy
 * broke short): its paragraphs keep the part's role unless its own words say otherwise, and the part goes on after
 * it. The closing words (结束语) still end the report's last part; in a text without numbered parts a bare heading
 * is a part of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsOf } from '../../src/structure/sections.js';

const OPENING = ['政府工作报告', '各位代表：', '现在，我代表县人民政府报告工作。'];

const CASES: [name: string, lines: string[], sections: [string, number, string][]][] = [
  [
    'a subheading inside a numbered review',
    ['一、2024年工作回顾', '过去一年，全县经济平稳运行。', '全县生产总值', '增长6%，财政收入增长5%。'],
    [['一、2024年工作回顾', 1, 'review_last_year'], ['全县生产总值', 2, 'review_last_year']],
  ],
  [
    'two bare subheadings are siblings, not nested',
    ['二、2025年工作安排', '聚焦产业升级', '全年实施重点项目80个。', '聚焦民生改善', '新建幼儿园3所。'],
    [['二、2025年工作安排', 1, 'annual_tasks'], ['聚焦产业升级', 2, 'annual_tasks'], ['聚焦民生改善', 2, 'annual_tasks']],
  ],
  [
    'under a second-level part, a third-level one',
    ['二、2025年工作安排', '（一）抓项目', '聚焦产业升级', '全年实施重点项目80个。'],
    [['二、2025年工作安排', 1, 'annual_tasks'], ['（一）抓项目', 2, 'annual_tasks'], ['聚焦产业升级', 3, 'annual_tasks']],
  ],
  [
    'the closing words end the last part',
    ['二、2025年工作安排', '全年实施重点项目80个。', '结束语', '各位代表，让我们团结奋斗！'],
    [['二、2025年工作安排', 1, 'annual_tasks'], ['结束语', 1, 'other']],
  ],
  [
    'without numbered parts, a bare heading is a part',
    ['全县经济平稳运行', '过去一年，全县生产总值增长6%。'],
    [['全县经济平稳运行', 1, 'other']],
  ],
];

test('bare headings inside numbered parts', () => {
  for (const [name, lines, expected] of CASES) {
    const { sections } = sectionsOf([...OPENING, ...lines].join('\n'), 2025);
    assert.deepEqual(sections.map((s) => [s.heading, s.level, s.role]), expected, name);
  }
});
