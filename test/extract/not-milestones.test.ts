import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

/** The milestones of a page read as a report of 2025. */
const milestonesOf = (text: string) =>
  extract(structure(clean({ text }), { year: 2025 })).commitments.filter((c) => c.kind === 'milestone').map((c) => c.text);

/**
 * [what the row shows, a text of our own, the milestones it holds] — sentences that name a time and a deliverable
 * verb yet promise nothing: the year described (2025年是基本建成…的关键之年), the units told to finish the list.
 */
const rows: [string, string, string[]][] = [
  [
    'a sentence about the year itself',
    '二、2025年主要工作\n2025年是基本建成现代化强县的关键之年。年底前建成城北污水处理厂。',
    ['年底前建成城北污水处理厂'],
  ],
  [
    'the units told to finish the list by year end',
    '今年将为民办好以下实事：新建公办幼儿园2所；建成城南公园。\n县政府要求，各有关部门要确保年底前全部完成。',
    ['建成城南公园'],
  ],
];

test('the year described and the units told to finish are no milestones', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(milestonesOf(text), expected, what);
});
