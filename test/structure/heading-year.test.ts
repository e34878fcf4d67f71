/**
 * A heading that names a year is placed against the report's year once it is known: a year before it heads the
 * review, the same year this year's work, a later one the plan period; without the report's year, or when the year
 * is the name of a report, the heading's words decide as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionsOf } from '../../src/structure/sections.js';

const CASES: [heading: string, year: number | undefined, role: string][] = [
  ['一、2024年全县经济社会保持平稳发展', 2025, 'review_last_year'],
  ['一、2025年全县经济社会发展的主要任务', 2025, 'annual_tasks'],
  ['三、2030年远景发展展望', 2025, 'plan_targets'],
  ['一、2024年全县经济社会保持平稳发展', undefined, 'annual_tasks'],
  ['一、2024年工作回顾', 2025, 'review_last_year'],
  ['一、2024年政府工作报告解读', 2025, 'annual_tasks'],
  ['二、2024年以来新开工项目', 2025, 'annual_tasks'],
];

test('a heading naming a year, against the report year', () => {
  for (const [heading, year, role] of CASES) {
    const text = ['政府工作报告', '各位代表：', '现在，我代表县人民政府报告工作。', heading, '全县地区生产总值增长6%。'].join('\n');
    assert.equal(sectionsOf(text, year).sections[0]?.role, role, `${heading} in ${year}`);
  }
});

test('the review section keeps its figures when every sentence is on a line of its own', () => {
  const text = ['政府工作报告', '各位代表：', '现在，我代表县人民政府报告工作。', '一、2024年全县经济社会保持平稳发展', '过去一年，面对复杂形势，我们迎难而上。', '据统计，全县地区生产总值增长6%。'].join('\n');
  const { paragraphs } = sectionsOf(text, 2025);
  assert.equal(paragraphs.find((p) => text.slice(p.start, p.end).startsWith('据统计'))?.role, 'review_last_year');
});
