import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';

/**
 * A heading naming a year's 主要工作 without a word of review (二、2025年主要工作) is told plan from review by the
 * report year: the report's own year (or a later one) is its plan, an earlier one its review. 主要工作回顾 is always
 * the review. Texts are our own, in the style of a page of a report.
 */
const rows: [heading: string, role: string][] = [
  ['二、2025年主要工作', 'annual_tasks'],
  ['二、今年的主要工作', 'annual_tasks'],
  ['一、2024年主要工作', 'review_last_year'],
  ['一、2024年主要工作回顾', 'review_last_year'],
  ['一、2025年主要工作回顾', 'review_last_year'],
];

test('a year\'s 主要工作 is the plan of the report year and the review of an earlier one', () => {
  for (const [heading, role] of rows) {
    const text = `临溪县2025年政府工作报告（全文）（三）\n${heading}\n（一）全力推进项目建设。全年实施重点项目300个，完成投资120亿元。`;
    const { sections } = structure(clean({ text }), { year: 2025 });
    assert.deepEqual(sections.map((s) => s.role), [role, role], heading);
  }
});
