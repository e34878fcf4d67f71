/** Days written as offices write them, and read back from what people type in a 完成时限 cell. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chineseDate, localizeDates, readTypedDay, type TypedDay } from '../../src/calendar/index.js';

test('written: a day, an instant, a month, a year; other text as it is', () => {
  const rows: [string | undefined, string][] = [
    ['2021-07-31', '2021年7月31日'],
    ['2024-01-05', '2024年1月5日'],
    ['2024-09-16T02:00:00.000Z', '2024年9月16日'],
    ['2023-12', '2023年12月'],
    ['2023', '2023年'],
    ['2019-2023', '2019-2023'],
    ['上半年', '上半年'],
    [undefined, ''],
  ];
  for (const [value, written] of rows) assert.equal(chineseDate(value), written, String(value));
  assert.equal(localizeDates('2024-09-16报告6.8%，期限2024-12-31'), '2024年9月16日报告6.8%，期限2024年12月31日');
});

test('typed: the forms a cell is filled with', () => {
  const rows: [string, number | undefined, TypedDay][] = [
    ['2024年12月31日', undefined, { ok: true, day: '2024-12-31' }],
    ['2024年9月5号', undefined, { ok: true, day: '2024-09-05' }],
    ['2024/8/1', undefined, { ok: true, day: '2024-08-01' }],
    ['２０２４年６月３０日', undefined, { ok: true, day: '2024-06-30' }],
    ['2024年2月底', undefined, { ok: true, day: '2024-02-29' }],
    ['2025年年底', undefined, { ok: true, day: '2025-12-31' }],
    ['9月底前', 2024, { ok: true, day: '2024-09-30' }],
    ['6月30日', 2024, { ok: true, day: '2024-06-30' }],
    ['年内', 2024, { ok: true, day: '2024-12-31' }],
    // refused, each with its problem
    ['年底', undefined, { ok: false, problem: 'needs-year' }],
    ['6月30日', undefined, { ok: false, problem: 'needs-year' }],
    ['2024年2月30日', undefined, { ok: false, problem: 'no-such-day' }],
    ['2024/6/31', undefined, { ok: false, problem: 'no-such-day' }],
    ['2024年13月', undefined, { ok: false, problem: 'no-such-day' }],
    ['下半年', 2024, { ok: false, problem: 'unreadable' }], // a half-year is no day
    ['国庆前', 2024, { ok: false, problem: 'unreadable' }],
    ['2024年底完成验收', undefined, { ok: false, problem: 'unreadable' }], // a day and more: not a day
    ['2024.6-30', undefined, { ok: false, problem: 'unreadable' }],
    ['尽快', 2024, { ok: false, problem: 'unreadable' }],
  ];
  for (const [text, year, typed] of rows) assert.deepEqual(readTypedDay(text, year), typed, text);
});
