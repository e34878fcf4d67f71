/** The ledger as CSV (opens in Excel: BOM, CRLF, quoting, formulas defused) and as JSON (stable English fields). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, ledgerCsv, ledgerJson } from '../../src/exchange/index.js';
import { byId, taskRows } from '../helpers/exchange.js';
import { parseCsv } from '../helpers/csv.js';

test('CSV: BOM first, CRLF lines, the sheet columns then the data behind them', () => {
  const csv = ledgerCsv(taskRows());
  assert.ok(csv.startsWith('\uFEFF序号,任务内容,具体目标,完成时限,牵头单位,责任单位,责任领导,进展,状态,id,key,kind,'));
  assert.ok(csv.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(csv), 'every line ends with CRLF');
  const rows = parseCsv(csv.slice(1));
  assert.equal(rows.length, 7);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
  const record = (r: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]));
  assert.deepEqual(record(rows[1]), {
    序号: '1', 任务内容: '全县地区生产总值增长8%—8.5%', 具体目标: '8%—8.5%', 完成时限: '2024年12月31日',
    牵头单位: '县发展和改革局', 责任单位: '县财政局', 责任领导: '李县长', 进展: '', 状态: '',
    id: '101', key: 'k-101', kind: 'target', indicator: 'gdp_growth', low: '8', high: '8.5', unit: '%', op: 'range',
    deadline: '2024-12-31', review_state: 'confirmed', status: '', status_reason: '',
  });
  assert.deepEqual(record(rows[4]).完成时限, '2024年11月30日');
  assert.deepEqual(record(rows[4]).deadline, '2024-11-30');
  assert.deepEqual([record(rows[4]).状态, record(rows[4]).status, record(rows[4]).status_reason], ['进度正常', 'on_track', '已完成820个，快于进度']);
});

test('CSV: commas, quotes and line breaks are quoted; text Excel would run as a formula is defused', () => {
  const [row] = taskRows();
  row.commitment = { ...byId(101), text: '实施“强县工程”，推进产城融合\n（第二阶段）' };
  row.assignment = { ...row.assignment!, leader: '=HYPERLINK("http://x","点击")' };
  const second = { ...taskRows()[1], commitment: { ...byId(102), low: -3, high: -3 } };
  const rows = parseCsv(ledgerCsv([row, second]).slice(1));
  assert.equal(rows.length, 3);
  assert.equal(rows[1][1], '实施“强县工程”，推进产城融合\n（第二阶段）');
  assert.equal(rows[1][6], `'=HYPERLINK("http://x","点击")`);
  // a negative number is a number, not a formula
  assert.equal(rows[2][CSV_COLUMNS.indexOf('low')], '-3');
});

test('JSON: an array of plain objects, every field present (null when absent), the same names for every row', () => {
  const records = JSON.parse(ledgerJson(taskRows())) as Record<string, unknown>[];
  assert.equal(records.length, 6);
  const names = Object.keys(records[0]);
  assert.deepEqual(names, [
    'seq', 'id', 'key', 'kind', 'text', 'goal', 'indicator', 'low', 'high', 'unit', 'op', 'deadline', 'dueDate',
    'reviewState', 'stale', 'version', 'leadUnit', 'units', 'leader', 'assignmentConfirmed', 'progress', 'status',
  ]);
  for (const r of records) assert.deepEqual(Object.keys(r), names);
  assert.deepEqual(records[2], {
    seq: 3, id: 103, key: 'k-103', kind: 'milestone', text: '7月底前完成溪口大桥建设', goal: '', indicator: null,
    low: null, high: null, unit: null, op: null, deadline: '2024-07-31', dueDate: '2024-07-31', reviewState: 'confirmed',
    stale: false, version: 3, leadUnit: { id: 3, name: '县交通运输局' }, units: [{ id: 5, name: '溪口镇人民政府' }],
    leader: '张副县长', assignmentConfirmed: true,
    progress: { reportedOn: '2024-06-30', value: null, state: 'in_progress', note: '主桥合龙，正在铺设桥面' },
    status: { code: 'at_risk', label: '存在风险', reason: '距完成时限不足一个月，尚未完工' },
  });
  assert.equal(records[5].leadUnit, null);
  assert.equal(records[5].progress, null);
  assert.deepEqual(records[4].status, { code: 'paused_by_plenary', label: 'paused_by_plenary', reason: '' });
});

test('empty ledger: a CSV with its header only, and []', () => {
  assert.equal(ledgerCsv([]), `\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  assert.deepEqual(JSON.parse(ledgerJson([])), []);
});
