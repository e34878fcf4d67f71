/**
 * The researchers' dataset as files: CSV read back (BOM, CRLF, one row per target, commas, quotes and line breaks
 * quoted), JSON Lines read back, both the same records; and each government's GB/T 2260 code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATASET_COLUMNS, datasetCsv, datasetJsonl, datasetRecord, divisionCode, type DatasetRow } from '../../src/exchange/index.js';
import { parseCsv } from '../helpers/csv.js';

const row = (fields: Partial<DatasetRow>): DatasetRow => ({
  government: '青岭县', level: 'county', divisionCode: null, parentGovernment: '江州市', year: 2023, reportId: 3, commitmentId: 11,
  text: '地区生产总值增长5.5%左右', indicator: 'gdp_growth', low: 5.5, high: 5.5, op: 'about', unit: '%', deadline: '2023-12-31',
  spanStart: 120, spanEnd: 134, leadUnit: '县发展和改革局', preliminary: null, final: null, resultsDiffer: null, verdict: null, sourceHash: 'ab12', ...fields,
});

const rows: DatasetRow[] = [
  row({
    preliminary: { value: 5.3, unit: '%', text: '全年地区生产总值增长5.3%（预计数）', document: '青岭县2024.txt', reportId: 4, spanStart: 40, spanEnd: 58 },
    final: { value: 4.9, unit: '%', text: '按可比价计算，比上年增长4.9%', document: '青岭县2023年统计公报.txt', reportId: 5, spanStart: 70, spanEnd: 86 },
    resultsDiffer: true,
    verdict: 'missed',
  }),
  // what CSV has to quote: a comma, a quote, a line break; and a formula-looking text
  row({ commitmentId: 12, text: '新建"口袋公园"10个，改造\n老旧小区5个', indicator: null, low: 10, high: null, op: 'at_least', unit: '个', leadUnit: '-县住建局' }),
  row({ commitmentId: 13, text: '居民消费价格涨幅控制在3%左右', indicator: 'cpi', low: 3, deadline: null, leadUnit: null, verdict: 'not_mentioned' }),
];

test('dataset CSV: BOM, CRLF, the documented columns, one row per target, quoting read back', () => {
  const csv = datasetCsv(rows);
  assert.ok(csv.startsWith('\uFEFFgovernment,level,division_code,parent_government,year,'));
  assert.ok(!/[^\r]\n(?![^"]*")/.test(csv.replace(/"[^"]*"/g, '""')), 'lines end with CRLF outside quoted fields');
  const [header, ...body] = parseCsv(csv.slice(1));
  assert.deepEqual(header, [...DATASET_COLUMNS]);
  assert.equal(body.length, rows.length);
  const records = body.map((r) => Object.fromEntries(header!.map((c, i) => [c, r[i]])));
  assert.equal(records[1]!.text, '新建"口袋公园"10个，改造\n老旧小区5个');
  assert.equal(records[1]!.lead_unit, "'-县住建局", 'Excel would run it as a formula');
  assert.deepEqual(
    [records[0]!.preliminary_value, records[0]!.final_value, records[0]!.final_document, records[0]!.results_differ, records[0]!.verdict, records[0]!.final_span_start],
    ['5.3', '4.9', '青岭县2023年统计公报.txt', 'true', 'missed', '70'],
  );
  assert.deepEqual([records[2]!.deadline, records[2]!.verdict, records[2]!.preliminary_value], ['', 'not_mentioned', '']);
  // every other cell as the record says it, absent values empty
  for (const [i, r] of records.entries()) {
    const record = datasetRecord(rows[i]!);
    for (const c of DATASET_COLUMNS) if (c !== 'lead_unit') assert.equal(r[c], record[c] === null ? '' : String(record[c]), `${c} of row ${i + 1}`);
  }
});

test('dataset JSON Lines: one object a line with every column, null where absent, the same records', () => {
  const text = datasetJsonl(rows);
  assert.ok(text.endsWith('\n'));
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, rows.length);
  assert.deepEqual(lines, rows.map(datasetRecord));
  assert.deepEqual(Object.keys(lines[0]!), [...DATASET_COLUMNS]);
  assert.deepEqual([lines[1]!.text, lines[1]!.high, lines[2]!.deadline, lines[0]!.results_differ], ['新建"口袋公园"10个，改造\n老旧小区5个', null, null, true]);
});

test('dataset: an empty ledger is a header alone, or no lines', () => {
  assert.equal(datasetCsv([]), `\uFEFF${DATASET_COLUMNS.join(',')}\r\n`);
  assert.equal(datasetJsonl([]), '');
});

const codes: [string, Parameters<typeof divisionCode>, string | null][] = [
  ['a province', ['浙江省', 'province'], '330000'],
  ['a city', ['杭州市', 'city', '浙江省'], '330100'],
  ['a district two cities share, told by its parent', ['朝阳区', 'county', '长春市'], '220104'],
  ['the other one', ['朝阳区', 'county', '北京市'], '110105'],
  ['shared, no parent: not guessed', ['朝阳区', 'county'], null],
  ['a prefecture written short', ['临夏州', 'city', '甘肃省'], '622900'],
  ['the national government: not coded', ['国务院', 'national'], null],
  ['a name the table lacks', ['青岭县', 'county', '江州市'], null],
];
for (const [name, args, code] of codes) {
  test(`division code: ${name}`, () => assert.equal(divisionCode(...args), code));
}
