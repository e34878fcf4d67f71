/**
 * A unit's 进展报送表 read back: every row judged, each bad one rejected with its row number and the reason in
 * Chinese; rows with nothing filled in skipped; rows sorted in Excel still matched by their hidden ids; a file that is
 * no such sheet refused whole. One row of the table per phenomenon: what is typed into the sheet, and what comes back.
 * The tables type into the rows of the sheet as read back (cells as Excel stores them); sorting, the hidden sheet and
 * a file that is none go through the file itself.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type ExcelJS from 'exceljs';
import { checkPeriodRows, parsePeriodSheet, periodSheet, rowCheck, type PeriodRow } from '../../src/exchange/index.js';
import { FIRST_DATA_ROW } from '../../src/exchange/period-sheet.js';
import { PERIOD_COLUMNS } from '../../src/exchange/sheet-layout.js';
import { periodOf, type CycleInForce } from '../../src/loop/index.js';
import { assignments, byId, commitments, load, save, unit } from '../helpers/exchange.js';

const TODAY = '2024-06-03';
const CYCLE: CycleInForce = { kind: 'monthly', dueDay: 5 };
// 县发展和改革局 (unit 1) leads 101 and 104; May's report is owed, dated 6 May – 5 June
const UNIT = unit(1);
const rows: PeriodRow[] = [101, 104].map((id) => ({ commitment: byId(id), assignment: assignments.find((a) => a.commitmentId === id)!, period: periodOf(TODAY, CYCLE) }));
const col = (name: (typeof PERIOD_COLUMNS)[number]) => PERIOD_COLUMNS.indexOf(name) + 1;
const ID = PERIOD_COLUMNS.length + 1;
const CHECK = PERIOD_COLUMNS.length + 2;
const R1 = FIRST_DATA_ROW;
const R2 = FIRST_DATA_ROW + 1;

type Fill = Partial<Record<(typeof PERIOD_COLUMNS)[number] | 'id' | 'check', ExcelJS.CellValue>>;

/** The sheet as downloaded, read back once: each case types into its rows (cells as Excel or WPS store them). */
const downloaded = (async () => {
  const parsed = await parsePeriodSheet(await periodSheet(rows, { unit: UNIT, asOf: TODAY, title: '县发展和改革局重点工作进展报送表' }));
  assert.ok(parsed.ok);
  return parsed.lines;
})();

async function upload(fills: Record<number, Fill>, periods = rows) {
  const lines = structuredClone(await downloaded);
  for (const [row, fill] of Object.entries(fills)) {
    const line = lines.find((l) => l.row === Number(row))!;
    for (const [name, value] of Object.entries(fill)) {
      if (name === 'id') {
        if (typeof value === 'number') line.id = value;
        else delete line.id;
      } else if (name === 'check') line.check = String(value);
      else line.cells[name as keyof typeof line.cells] = value ?? null;
    }
  }
  return checkPeriodRows(lines, {
    unitId: UNIT.id,
    commitments: new Map(commitments.map((c) => [c.id, c])),
    assignments: new Map(assignments.map((a) => [a.commitmentId, a])),
    periods: new Map(periods.map((r) => [r.commitment.id, r.period])),
    today: TODAY,
  });
}

const bad: { name: string; fills: Record<number, Fill>; row: number; reason: RegExp; periods?: PeriodRow[] }[] = [
  { name: 'unknown item', fills: { [R1]: { 本期状态: '推进中', id: 999, check: rowCheck(999, 1) } }, row: R1, reason: /^未知事项（编号999）$/ },
  { name: 'another unit’s item', fills: { [R1]: { 本期状态: '推进中', id: 102, check: rowCheck(102, 1) } }, row: R1, reason: /^该事项不是本单位承担的事项$/ },
  { name: 'an item no longer followed', fills: { [R1]: { 本期状态: '推进中' } }, row: R1, reason: /^该事项不在本期报送范围内/, periods: rows.slice(1) },
  { name: 'a row of another unit’s sheet', fills: { [R1]: { 本期状态: '推进中', check: rowCheck(101, 4) } }, row: R1, reason: /^隐藏列被改动/ },
  { name: 'hidden id edited', fills: { [R1]: { 本期状态: '推进中', id: 104 } }, row: R1, reason: /^隐藏列被改动/ },
  { name: 'hidden id deleted', fills: { [R2]: { 本期数值: 900, id: null } }, row: R2, reason: /^缺少隐藏的事项编号/ },
  { name: 'value not a number', fills: { [R2]: { 本期数值: '约九百' } }, row: R2, reason: /^本期数值不是数字：“约九百”$/ },
  { name: 'value in another unit', fills: { [R2]: { 本期数值: '900万元' } }, row: R2, reason: /^本期数值不是数字/ },
  { name: 'unknown state', fills: { [R1]: { 本期状态: '差不多' } }, row: R1, reason: /^本期状态无法识别：“差不多”（应为未启动、推进中、已完成、受阻之一）$/ },
  { name: 'date before the period', fills: { [R1]: { 本期状态: '推进中', 报送日期: '2024-05-05' } }, row: R1, reason: /^报送日期2024年5月5日不在本期报送时段（2024年5月6日至2024年6月5日）内$/ },
  { name: 'date as an Excel date, after today', fills: { [R1]: { 本期状态: '推进中', 报送日期: new Date(Date.UTC(2024, 5, 4)) } }, row: R1, reason: /^报送日期2024年6月4日晚于今天$/ },
  { name: 'date unreadable', fills: { [R1]: { 本期状态: '推进中', 报送日期: '上周' } }, row: R1, reason: /^报送日期无法识别：“上周”$/ },
  { name: 'date as a day number without a date format, before the period', fills: { [R1]: { 本期状态: '推进中', 报送日期: 45412 } }, row: R1, reason: /^报送日期2024年4月30日不在本期报送时段/ },
  { name: 'date off the calendar', fills: { [R1]: { 本期状态: '推进中', 报送日期: '2024-02-30' } }, row: R1, reason: /^报送日期无法识别/ },
  { name: 'link without http', fills: { [R1]: { 本期状态: '推进中', 佐证链接: 'www.example.gov.cn/a' } }, row: R1, reason: /^佐证链接不是有效网址：“www\.example\.gov\.cn\/a”/ },
  { name: 'link of another scheme', fills: { [R1]: { 本期状态: '推进中', 佐证链接: 'javascript:alert(1)' } }, row: R1, reason: /^佐证链接不是有效网址/ },
  { name: 'note too long', fills: { [R1]: { 进展说明: '推'.repeat(20_001) } }, row: R1, reason: /^进展说明过长/ },
  { name: 'the same item twice', fills: { [R1]: { 本期状态: '推进中' }, [R2]: { 本期状态: '已完成', id: 101, check: rowCheck(101, 1) } }, row: R2, reason: /^与第4行是同一事项/ },
  { name: 'every problem of a row named', fills: { [R2]: { 本期数值: 'abc', 本期状态: '好', 佐证链接: 'ftp://x' } }, row: R2, reason: /^本期数值不是数字：“abc”；本期状态无法识别：“好”.*；佐证链接不是有效网址：“ftp:\/\/x”/ },
];

test('each bad row is rejected with its row number and the reason in Chinese', async () => {
  for (const c of bad) {
    const result = await upload(c.fills, c.periods);
    const rejected = result.rejected.find((r) => r.row === c.row);
    assert.ok(rejected, `${c.name}: ${JSON.stringify(result)}`);
    assert.match(rejected.reason, c.reason, c.name);
  }
});

const good: { name: string; fills: Record<number, Fill>; reports: object[]; skipped: number; periods?: PeriodRow[] }[] = [
  { name: 'nothing filled in: both rows skipped', fills: {}, reports: [], skipped: 2 },
  { name: 'a date alone is nothing filled in', fills: { [R1]: { 报送日期: '2024-06-01' } }, reports: [], skipped: 2 },
  {
    name: 'a figure with the item’s unit, full width, a state by its word, the day blank: today',
    fills: { [R2]: { 本期数值: '１,２００个', 本期状态: '推进中', 进展说明: '新增就业岗位主要来自园区企业' } },
    reports: [{ row: R2, commitmentId: 104, reportedOn: TODAY, value: 1200, state: 'in_progress', note: '新增就业岗位主要来自园区企业' }],
    skipped: 1,
  },
  {
    name: 'uploaded after the due day, the day blank: the period’s last day',
    fills: { [R1]: { 本期状态: '推进中' } },
    reports: [{ row: R1, commitmentId: 101, reportedOn: '2024-05-05', state: 'in_progress', note: '' }],
    skipped: 1,
    periods: rows.map((r) => ({ ...r, period: periodOf('2024-05-01', CYCLE) })),
  },
  {
    name: 'a typed day in the period, a hyperlink cell, a percent figure',
    fills: { [R1]: { 本期数值: '7.9%', 报送日期: '2024年5月31日', 佐证链接: { text: '统计快报', hyperlink: 'https://tjj.example.gov.cn/kb/2024-05' } } },
    reports: [{ row: R1, commitmentId: 101, reportedOn: '2024-05-31', value: 7.9, note: '', link: 'https://tjj.example.gov.cn/kb/2024-05' }],
    skipped: 1,
  },
];

test('a period not yet open takes no report', async () => {
  const ahead = rows.map((r) => ({ ...r, period: periodOf('2024-07-01', CYCLE) }));
  const result = await upload({ [R1]: { 本期状态: '推进中' } }, ahead);
  assert.deepEqual(result.rejected, [{ row: R1, reason: '本期报送时段自2024年6月6日开始，尚未到' }]);
});

test('good rows become reports; empty rows are skipped, not errors', async () => {
  for (const c of good) {
    const result = await upload(c.fills, c.periods);
    assert.deepEqual(result.rejected, [], c.name);
    assert.deepEqual(result.reports, c.reports, c.name);
    assert.equal(result.skipped, c.skipped, c.name);
  }
});

test('rows sorted in Excel keep their items through the hidden ids', async () => {
  const wb = await load(await periodSheet(rows, { unit: UNIT, asOf: TODAY, title: 't' }));
  const ws = wb.getWorksheet('进展报送表')!;
  const swap = (a: number, b: number) => {
    for (let c = 1; c <= CHECK; c++) {
      const v = ws.getCell(a, c).value;
      ws.getCell(a, c).value = ws.getCell(b, c).value;
      ws.getCell(b, c).value = v;
    }
  };
  swap(R1, R2);
  ws.getCell(R1, col('本期数值')).value = 1300; // now the row of 104
  const parsed = await parsePeriodSheet(await save(wb));
  assert.ok(parsed.ok);
  const result = checkPeriodRows(parsed.lines, {
    unitId: 1,
    commitments: new Map(commitments.map((c) => [c.id, c])),
    assignments: new Map(assignments.map((a) => [a.commitmentId, a])),
    periods: new Map(rows.map((r) => [r.commitment.id, r.period])),
    today: TODAY,
  });
  assert.deepEqual(result.reports.map((r) => [r.commitmentId, r.value]), [[104, 1300]]);
});

test('a file that is not a period sheet is refused as a whole, saying why', async () => {
  const notXlsx = await parsePeriodSheet(Buffer.from('序号,本期数值\n1,2\n'));
  assert.deepEqual(notXlsx, { ok: false, reason: '文件不是有效的 Excel（.xlsx）文件' });
  const wb = await load(await periodSheet(rows, { unit: UNIT, asOf: TODAY, title: 't' }));
  wb.removeWorksheet(wb.getWorksheet('_luoshi')!.id);
  const noMeta = await parsePeriodSheet(await save(wb));
  assert.ok(!noMeta.ok && /不是本系统导出的进展报送表/.test(noMeta.reason));
  const sheet = await load(await periodSheet(rows, { unit: UNIT, asOf: TODAY, title: 't' }));
  sheet.getWorksheet('进展报送表')!.getCell(3, col('本期数值')).value = '数值';
  const noHeader = await parsePeriodSheet(await save(sheet));
  assert.ok(!noHeader.ok && /找不到进展报送表的表头/.test(noHeader.reason));
});

test('the sheet as given: the items, their periods’ due day, the last report, a drop-down of states, hidden ids', async () => {
  const last = { id: 5, commitmentId: 104, unitId: 1, reportedOn: '2024-04-30', value: 820, note: '', evidence: [], userId: 9, createdAt: '2024-04-30T08:00:00Z' };
  const wb = await load(await periodSheet([rows[0]!, { ...rows[1]!, latest: last }], { unit: UNIT, asOf: TODAY, title: '县发展和改革局重点工作进展报送表' }));
  const ws = wb.getWorksheet('进展报送表')!;
  const given = (r: number) => ['工作事项', '具体目标', '报送期限', '上次报送日期', '上次数值'].map((n) => ws.getCell(r, col(n as never)).value);
  assert.deepEqual(given(R2), ['新增城镇就业1500个以上', '1500个以上', '2024年6月5日', '2024年4月30日', '820个']);
  assert.deepEqual(ws.getCell(R1, col('本期状态')).dataValidation.formulae, ['"未启动,推进中,已完成,受阻"']);
  assert.equal(ws.getColumn(ID).hidden, true);
  assert.equal(ws.getColumn(CHECK).hidden, true);
  assert.equal(wb.getWorksheet('_luoshi')!.state, 'veryHidden');
});
