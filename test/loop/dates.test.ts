/** Reporting cycles: weeks, months and quarters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cycleOf, cyclesBetween, previousCycle } from '../../src/loop/dates.js';

test('cycles: weeks Monday–Sunday, calendar months and quarters, across year ends and leap days', () => {
  const rows: [string, 'weekly' | 'monthly' | 'quarterly', string, string][] = [
    ['2025-06-01', 'weekly', '2025-05-26', '2025-06-01'], // a Sunday
    ['2025-06-02', 'weekly', '2025-06-02', '2025-06-08'], // a Monday
    ['2025-01-01', 'weekly', '2024-12-30', '2025-01-05'],
    ['2024-02-10', 'monthly', '2024-02-01', '2024-02-29'],
    ['2025-02-10', 'monthly', '2025-02-01', '2025-02-28'],
    ['2025-12-31', 'monthly', '2025-12-01', '2025-12-31'],
    ['2025-05-15', 'quarterly', '2025-04-01', '2025-06-30'],
    ['2025-12-01', 'quarterly', '2025-10-01', '2025-12-31'],
  ];
  for (const [day, cycle, start, end] of rows) assert.deepEqual(cycleOf(day, cycle), { start, end }, `${day} ${cycle}`);
  assert.deepEqual(previousCycle('2025-01-15', 'monthly'), { start: '2024-12-01', end: '2024-12-31' });
  assert.deepEqual(previousCycle('2025-02-15', 'quarterly'), { start: '2024-10-01', end: '2024-12-31' });
  assert.deepEqual(cyclesBetween('2025-02-10', '2025-11-01', 'quarterly').map((c) => c.start), ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']);
  assert.deepEqual(cyclesBetween('2025-03-01', '2025-02-01', 'monthly'), []);
});
