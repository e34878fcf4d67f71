import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract, type Commitment } from '../../src/extract/index.js';
import { pick } from '../helpers/extract.js';

/** The milestones of a news page read as a report of 2025. */
const milestonesOf = (text: string): Partial<Commitment>[] =>
  extract(structure(clean({ text }), { year: 2025 }))
    .commitments.filter((c) => c.kind === 'milestone')
    .map((c) => pick(c, ['text', 'deadline']));

/**
 * [what the row shows, a text of our own, the milestones] — a clause that is only a time (到2027年，) governs the
 * clauses after it in its sentence, not only the next one; a clause's own time goes first.
 */
const rows: [string, string, Partial<Commitment>[]][] = [
  [
    'a deliverable two clauses after the time',
    '报告提出，到2027年，全县生产总值要达到300亿元，城南产业园基础设施基本建成。',
    [{ text: '城南产业园基础设施基本建成', deadline: '2027-12-31' }],
  ],
  [
    'right after the time, the time is part of the statement; a later clause with its own time keeps it',
    '到2026年，建成县域医疗中心，“五一”前完成老城区排水改造。',
    [
      { text: '到2026年，建成县域医疗中心', deadline: '2026-12-31' },
      { text: '“五一”前完成老城区排水改造', deadline: '2025-04-30' },
    ],
  ],
];

test('a time opening a sentence governs its later clauses', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(milestonesOf(text), expected, what);
});
