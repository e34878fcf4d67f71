/** ISO days: which exist, month ends, arithmetic in UTC, instants and Excel date cells. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dayIn, dayOfDate, dayOfInstant, daysBetween, isIsoDay, isoDay, monthEnd } from '../../src/calendar/index.js';

test('a day of the calendar, or none', () => {
  const rows: [number, number, number, string | undefined][] = [
    [2024, 2, 29, '2024-02-29'],
    [2025, 2, 29, undefined],
    [2025, 2, 30, undefined],
    [2026, 6, 31, undefined],
    [2025, 13, 1, undefined],
    [2025, 0, 10, undefined],
    [2025, 1, 0, undefined],
    [2025, 1, 5, '2025-01-05'],
  ];
  for (const [y, m, d, day] of rows) assert.equal(isoDay(y, m, d), day, `${y}-${m}-${d}`);
});

test('month ends, leap years included; no end for a month that is not one', () => {
  const rows: [number, number, string | undefined][] = [
    [2024, 2, '2024-02-29'],
    [2100, 2, '2100-02-28'],
    [2000, 2, '2000-02-29'],
    [2025, 4, '2025-04-30'],
    [2025, 12, '2025-12-31'],
    [2025, 13, undefined],
  ];
  for (const [y, m, day] of rows) assert.equal(monthEnd(y, m), day, `${y}-${m}`);
});

test('day arithmetic and instants', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
  assert.equal(addDays('1969-12-31', -1), '1969-12-30');
  assert.equal(daysBetween('2025-03-30', '2025-03-31'), 1); // no daylight-saving hour lost anywhere
  assert.equal(daysBetween('2025-01-01', '2026-01-01'), 365);
  assert.equal(dayOfInstant('2025-07-20T09:00:00+08:00'), '2025-07-20');
  assert.equal(dayOfInstant('2025-07-20T01:00:00+08:00'), '2025-07-19'); // the UTC day
  assert.equal(dayOfInstant('2025-07-20'), '2025-07-20');
  assert.equal(dayOfInstant('not a day'), undefined);
  assert.throws(() => addDays('2025-13-01', 1), RangeError);
  assert.throws(() => daysBetween('2025-02-30', '2025-03-01'), RangeError);
});

test('validity without throwing', () => {
  for (const [value, ok] of [['2024-02-29', true], ['2025-02-29', false], ['2025-1-5', false], [20250105, false], [undefined, false]] as const) {
    assert.equal(isIsoDay(value), ok, String(value));
  }
});

test('an Excel date cell is the UTC day, a time of day rounded to the nearest day', () => {
  assert.equal(dayOfDate(new Date(Date.UTC(2024, 8, 30))), '2024-09-30');
  assert.equal(dayOfDate(new Date(Date.UTC(2024, 8, 30, 23, 59))), '2024-10-01');
  assert.equal(dayOfDate(new Date(Number.NaN)), undefined);
});

test("today in the office's time zone, not the server's", () => {
  const shanghai = dayIn('Asia/Shanghai');
  assert.equal(shanghai(new Date('2025-03-31T15:59:59Z')), '2025-03-31');
  assert.equal(shanghai(new Date('2025-03-31T16:00:00Z')), '2025-04-01'); // midnight in Beijing
  assert.equal(dayIn('UTC')(new Date('2025-03-31T16:00:00Z')), '2025-03-31');
});
