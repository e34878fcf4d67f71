/** Reminders on the fixture ledger, and their CSV and print exports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reminders, remindersCsv, remindersPrintHtml, type Reminder } from '../../src/loop/reminders.js';
import { LEDGER, TODAY } from './ledger-fixture.js';
import { UNITS } from './helpers.js';

test('in-app reminders: by unit, overdue before due soon before not reported', () => {
  const list = reminders(LEDGER, TODAY);
  assert.deepEqual(
    list.map((r) => [r.unitId, r.commitmentId, r.kind, r.dueOn]),
    [
      [10, 1, 'due_soon', '2025-07-31'],
      [10, 1, 'not_reported', '2025-07-31'],
      [20, 3, 'overdue', '2025-06-30'],
      [30, 4, 'overdue', '2025-06-30'],
      [30, 10, 'not_reported', '2025-07-31'],
    ],
  );
  const [dueSoon, notRep, overdue, missed] = list;
  assert.equal(dueSoon.message, '“钟楼街改造7月完工”将于2025年7月31日到期（还有11天），当前状态：进度正常。请按时完成并报送进展。');
  assert.equal(notRep.message, '“钟楼街改造7月完工”本月尚未报送进展，请于2025年7月31日前报送。');
  assert.equal(overdue.message, '“地铁2号线6月通车”已超过完成时限（2025年6月30日）20天，尚未完成。请说明原因并报送整改措施。');
  assert.match(missed.message, /完成时限2025年6月30日已过，目标未完成/);
});

test('due soon window: 14 days by default, today included, configurable; nothing for done, rejected, unassigned or unconfirmed', () => {
  const kinds = (today: string, dueSoonDays?: number) =>
    reminders(LEDGER, today, 'monthly', { dueSoonDays }).filter((r) => r.kind === 'due_soon').map((r) => r.commitmentId);
  assert.deepEqual(kinds('2025-07-16'), [], '15 days before: not yet');
  assert.deepEqual(kinds('2025-07-17'), [1], '14 days before');
  assert.deepEqual(kinds('2025-07-31'), [1], 'on the day');
  assert.deepEqual(kinds('2025-07-10', 30), [1]);
  const all = reminders(LEDGER, TODAY).map((r) => r.commitmentId);
  for (const id of [5, 6, 7, 8, 9]) assert.ok(!all.includes(id), `no reminder for item ${id}`);
  assert.match(reminders(LEDGER, '2025-07-31').find((r) => r.kind === 'due_soon')!.message, /今天（2025年7月31日）到期/);
});

test('CSV: UTF-8 BOM, Chinese headers, CRLF, quoting, no formulas', () => {
  const csv = remindersCsv(reminders(LEDGER, TODAY), UNITS);
  assert.ok(csv.startsWith('\uFEFF单位,事项,类型,到期日,提醒\r\n'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.length, 7, 'header, 5 rows, trailing empty');
  assert.equal(lines[1], '市住房城乡建设局,钟楼街改造7月完工,即将到期,2025年7月31日,“钟楼街改造7月完工”将于2025年7月31日到期（还有11天），当前状态：进度正常。请按时完成并报送进展。');
  assert.match(lines[3], /^市交通运输局,地铁2号线6月通车,已逾期,2025年6月30日,/);
  assert.match(lines[5], /^市人力资源社会保障局,就业帮扶,未报送进展,/);

  const tricky: Reminder[] = [
    { unitId: 99, commitmentId: 1, kind: 'overdue', title: '=HYPERLINK("x")', message: '第一行\n第二行, "引号"', dueOn: '2025-01-01' },
  ];
  const row = remindersCsv(tricky, UNITS).split('\r\n')[1];
  assert.equal(row, `单位#99,"'=HYPERLINK(""x"")",已逾期,2025年1月1日,"第一行\n第二行, ""引号"""`);
});

test('print export: one sheet per unit, escaped, self-contained', () => {
  const html = remindersPrintHtml(reminders(LEDGER, TODAY), UNITS, { today: TODAY });
  assert.match(html, /^<!DOCTYPE html>/);
  assert.equal(html.match(/<section class="sheet">/g)?.length, 3);
  assert.match(html, /<p>市住房城乡建设局：<\/p>\n<p>截至2025年7月20日，贵单位牵头的以下2项工作需要督办/);
  // issued as an office issues it: its name, a number of its own per sheet, its seal and the unit's receipt
  const office = remindersPrintHtml(reminders(LEDGER, TODAY), UNITS, { today: TODAY, office: '青岭市人民政府督查室' });
  assert.deepEqual(office.match(/督办〔2025〕第\d+号/g), ['督办〔2025〕第072001号', '督办〔2025〕第072002号', '督办〔2025〕第072003号']);
  assert.equal(office.match(/青岭市人民政府督查室（盖章）<br>2025年7月20日/g)?.length, 3);
  assert.equal(office.match(/签收人/g)?.length, 3);
  assert.ok(!/\d{4}-\d{2}-\d{2}/.test(office), 'no ISO dates on the sheet');
  assert.ok(!/<script|https?:/.test(html));
  const evil = remindersPrintHtml(
    [{ unitId: 10, commitmentId: 1, kind: 'due_soon', title: '<script>alert(1)</script>', message: 'a & b', dueOn: '2025-07-31' }],
    UNITS,
    { today: TODAY },
  );
  assert.ok(evil.includes('&lt;script&gt;alert(1)&lt;/script&gt;') && evil.includes('a &amp; b'));
  assert.match(remindersPrintHtml([], UNITS, { today: TODAY }), /无提醒事项/);
});
