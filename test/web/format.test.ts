/** The web application's formatting helpers (web/src/format.ts) and text splitting at spans (web/src/highlight.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, excerpt, formatGoal, formatNumber, formatShare, formatValue, parseFigure } from '../../web/src/format.js';
import { segments, sentenceAround } from '../../web/src/highlight.js';

// formatDate and localizeDates are the calendar's (test/calendar/chinese-dates.test.ts).

describe('formatNumber and formatValue: 万 and 亿', () => {
  for (const [value, unit, expected] of [
    [18_640_000_000, '元', '186.4亿元'],
    [1_280_000_000, '元', '12.8亿元'],
    [100_000_000, '元', '1亿元'],
    [10_000, '个', '1万个'],
    [12_345, '人', '12345人'],
    // the report's own precision: in 万 or 亿 only when that says it exactly
    [41_260, '元', '41260元'],
    [12_000_000, '人', '1200万人'],
    [1_300_000_000_000, '斤', '1.3万亿斤'],
    [12_440_000, '人', '1244万人'],
    [5000, '座', '5000座'],
    [6.5, '%', '6.5%'],
    [150_000, '%', '150000%'],
    [0.5, '个百分点', '0.5个百分点'],
    [-25_000, '元', '-2.5万元'],
  ] as const) {
    it(`${value} ${unit} → ${expected}`, () => assert.equal(formatValue(value, unit), expected));
  }
  it('no unit', () => assert.equal(formatNumber(1_244_0000), '1244万'));
  it('typed as written', () => {
    for (const [typed, value] of [['1200万', 12_000_000], ['1.3万亿', 1_300_000_000_000], ['41,260', 41_260], ['８.５', 8.5]] as const) assert.equal(parseFigure(typed), value, typed);
    assert.equal(parseFigure('一千'), undefined);
  });
  it('not a number → empty', () => {
    assert.equal(formatNumber(undefined), '');
    assert.equal(formatValue(Number.NaN, '元'), '');
  });
});

describe('ops and goals', () => {
  for (const [goal, expected] of [
    [{ low: 8, unit: '%', op: 'at_least' }, '8%以上'],
    [{ low: 4.5, unit: '%', op: 'at_most' }, '4.5%以内'],
    [{ low: 6.5, unit: '%', op: 'about' }, '6.5%左右'],
    [{ low: 8, high: 8.5, unit: '%', op: 'range' }, '8%—8.5%'],
    [{ low: 18_640_000_000, unit: '元', op: 'exact' }, '186.4亿元'],
    [{ low: 10_000, unit: '个', op: 'at_least' }, '1万个以上'],
    [{ low: 12_000_000, unit: '人', op: 'about' }, '1200万人左右'],
    [{ low: 1_300_000_000_000, unit: '斤', op: 'at_least' }, '1.3万亿斤以上'],
    [{ high: 3, unit: '%', op: 'at_most' }, '3%以内'],
    [{}, ''],
  ] as const) {
    it(`${JSON.stringify(goal)} → ${expected || '(none)'}`, () => assert.equal(formatGoal(goal), expected));
  }
});

describe('shares, days, excerpts', () => {
  it('share', () => {
    assert.equal(formatShare(0.853), '85.3%');
    assert.equal(formatShare(1), '100%');
    assert.equal(formatShare(undefined), '—');
  });
  it('days between and after', () => {
    assert.equal(daysBetween('2024-01-01', '2024-12-31'), 365);
    assert.equal(daysBetween('2024-03-01', '2024-02-28'), -2);
    assert.equal(addDays('2024-12-20', 30), '2025-01-19');
  });
  it('excerpt counts characters, not UTF-16 units', () => {
    assert.equal(excerpt('新增停车泊位1万个以上', 6), '新增停车泊位…');
    assert.equal(excerpt('𠀀𠀁𠀂', 2), '𠀀𠀁…');
    assert.equal(excerpt('短', 6), '短');
  });
});

describe('segments: text split at spans, marks in place', () => {
  const text = '地区生产总值增长6.5%左右，一般公共预算收入增长6%。';
  const item = (id: number, start: number, end: number) => ({ id, span: { start, end } });
  it('pieces cover the text exactly, in order', () => {
    const parts = segments(text, [item(2, 15, 27), item(1, 0, 14)]);
    assert.equal(parts.map((p) => p.text).join(''), text);
    assert.deepEqual(parts.filter((p) => p.item).map((p) => [p.item!.id, p.text]), [
      [1, '地区生产总值增长6.5%左右'],
      [2, '一般公共预算收入增长6%'],
    ]);
  });
  it('each character is marked by the innermost span covering it: nested items keep their own marks', () => {
    const parts = segments(text, [item(1, 0, 14), item(2, 8, 12), item(3, 10, 20)]);
    assert.deepEqual(
      parts.map((p) => [p.item?.id, p.text]),
      [
        [1, '地区生产总值增长'],
        [2, '6.5%'],
        [3, '左右，一般公共预'],
        [undefined, '算收入增长6%。'],
      ],
    );
    assert.equal(parts.map((p) => p.text).join(''), text);
  });
  it('an item stated inside a longer one: both marked, the longer around the shorter', () => {
    const t = '地区生产总值完成285.6亿元，增长6.2%。';
    const parts = segments(t, [item(2, 0, 22), item(1, 0, 15)]);
    assert.deepEqual(parts.map((p) => [p.item?.id, p.text]), [[1, '地区生产总值完成285.6亿元'], [2, '，增长6.2%'], [undefined, '。']]);
  });
  it('markup in the text stays text', () => {
    const t = '目标<script>alert(1)</script>完成';
    const parts = segments(t, [item(1, 2, 10)]);
    assert.equal(parts[1]!.text, '<script>');
  });
  it('a window of the text (the report body)', () => {
    const parts = segments(text, [item(1, 0, 14)], 6, 20);
    assert.equal(parts.map((p) => p.text).join(''), text.slice(6, 20));
  });
  it('surrogate pairs: offsets are UTF-16 units', () => {
    const t = '𠀀新建学校2所';
    const parts = segments(t, [item(1, 2, 8)]);
    assert.equal(parts[1]!.text, '新建学校2所');
  });
  it('the sentence around a span', () => {
    const t = '过去一年成绩显著。今年主要目标是：地区生产总值增长6.5%左右；城镇新增就业3000人。';
    const s = sentenceAround(t, { start: 17, end: 31 });
    assert.equal(s.inside, '地区生产总值增长6.5%左右');
    assert.equal(s.before, '今年主要目标是：');
    assert.equal(s.after, '；');
  });
});
