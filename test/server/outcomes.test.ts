/**
 * The outcomes of targets through the API, on SQLite and PostgreSQL: the year-end self-assessment of a report (JSON
 * and .xlsx) after a verification against the next report and the bulletin, the researchers' dataset for the office
 * (CSV read back) and one indicator's rows for the comparison page; who may read them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { addProgress, assign, importReport, listCommitments, type Ledger } from '../../src/ledger/index.js';
import { DATASET_COLUMNS } from '../../src/exchange/index.js';
import { analyzeText, testDialects } from '../ledger/dialects.js';
import { parseCsv } from '../helpers/csv.js';
import { seed, type Seeded } from './helpers.js';

/** Documents we wrote in the style of a county's: its 2023 targets, its 2024 report, its 2023 bulletin. */
const plan = '——2023年1月12日在石桥县第十八届人民代表大会第三次会议上\n\n二、2023年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅控制在3%左右。全年新建城区公办幼儿园4所。\n';
const review = '——2024年1月16日在石桥县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.3%（预计数）。\n';
const bulletin = '石桥县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。\n';

async function world(s: Seeded, ledger: Ledger) {
  const ids = [];
  for (const [name, text] of [['石桥县2023.txt', plan], ['石桥县2024.txt', review], ['石桥县2023统计公报.txt', bulletin]]) {
    ids.push((await importReport(ledger, null, { analysis: analyzeText(text!, name) })).reportId);
  }
  const [targetsReportId, reportId, bulletinId] = ids as [number, number, number];
  const targets = (await listCommitments(ledger, { reportId: targetsReportId, kind: 'target', limit: 10 })).items;
  const gdp = targets.find((t) => t.indicator === 'gdp_growth')!;
  const schools = targets.find((t) => t.unit === '所')!;
  await assign(ledger, null, { commitmentId: gdp.id, leadUnitId: s.units.own, confirmed: true });
  await assign(ledger, null, { commitmentId: schools.id, leadUnitId: s.units.other, confirmed: true });
  await addProgress(ledger, s.userIds.admin, { commitmentId: schools.id, unitId: s.units.other, reportedOn: '2023-12-20', value: 5, note: '已建成' });
  const sup = await s.client('supervisor');
  const verified = await sup.request('POST', '/api/verification', { targetsReportId, resultsReportIds: [reportId, bulletinId] });
  assert.equal(verified.statusCode, 200, verified.body);
  return { targetsReportId, reportId, bulletinId, gdp };
}

type Row = { commitmentId: number; indicator?: string; leadUnit: string; result: string; sourceLabel: string; shareText: string; verdict: string };

for (const dialect of await testDialects()) {
  describe(`target outcomes through the API (${dialect.name})`, { skip: dialect.skip }, () => {
    it('self-assessment, its .xlsx, the dataset and the comparison rows, each to whom it is shown', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        try {
          const { targetsReportId, reportId, bulletinId, gdp } = await world(s, ledger);
          const viewer = await s.client('viewer');
          const sup = await s.client('supervisor');

          const res = await viewer.request('GET', `/api/reports/${targetsReportId}/self-assessment`);
          assert.equal(res.statusCode, 200, res.body);
          const body = res.json() as { title: string; rows: Row[] };
          assert.equal(body.title, '石桥县2023年主要目标任务完成情况表');
          assert.deepEqual(
            body.rows.map((r) => [r.indicator ?? null, r.leadUnit, r.result, r.sourceLabel, r.shareText, r.verdict]),
            [
              ['gdp_growth', '县发改局', '4.9%', '统计公报（最终数）', '完成目标任务的89.1%；低于目标0.6个百分点', 'missed'],
              ['cpi', '', '0.4%', '统计公报（最终数）', '控制在目标以内；低于控制目标2.6个百分点', 'achieved'],
              [null, '县商务局', '5所', '牵头单位报送进展（2023年12月20日）', '完成目标任务的125.0%', 'achieved'],
            ],
          );

          const xlsx = await viewer.request('GET', `/api/exports/self-assessment.xlsx?report=${targetsReportId}`);
          assert.equal(xlsx.statusCode, 200);
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
          assert.equal(wb.worksheets[0]!.getCell(3, 5).value, '4.9%');
          assert.equal((await viewer.request('GET', '/api/exports/self-assessment.xlsx?report=99999')).statusCode, 404);
          assert.equal((await viewer.request('GET', '/api/exports/self-assessment.xlsx')).statusCode, 400);

          const csv = await sup.request('GET', '/api/exports/dataset.csv');
          assert.equal(csv.statusCode, 200, csv.body);
          assert.match(String(csv.headers['content-type']), /text\/csv; charset=utf-8/);
          assert.ok(csv.body.startsWith('\uFEFF'));
          const [header, ...lines] = parseCsv(csv.body.slice(1));
          assert.deepEqual(header, [...DATASET_COLUMNS]);
          // one row per target: the seeded report's and the three of 2023
          const all = (await listCommitments(ledger, { kind: 'target', limit: 100 })).items;
          assert.equal(lines.length, all.length);
          const record = Object.fromEntries(header!.map((c, i) => [c, lines.find((l) => l[header!.indexOf('commitment_id')] === String(gdp.id))![i]]));
          assert.deepEqual(
            [record.government, record.level, record.year, record.preliminary_value, record.preliminary_report_id, record.final_value, record.final_report_id, record.results_differ, record.verdict, record.lead_unit],
            ['石桥县', 'county', '2023', '5.3', String(reportId), '4.9', String(bulletinId), 'true', 'missed', '县发改局'],
          );
          assert.match(record.source_hash!, /^[0-9a-f]{64}$/);
          assert.equal(plan.slice(Number(record.span_start), Number(record.span_end)), gdp.text);
          const jsonl = await sup.request('GET', '/api/exports/dataset.jsonl');
          assert.equal(jsonl.body.trimEnd().split('\n').length, all.length);

          const compare = await viewer.request('GET', '/api/compare?indicator=gdp_growth');
          assert.equal(compare.statusCode, 200, compare.body);
          const rows = (compare.json() as { rows: { government: string; year: number; final: { value: number } | null; verdict: string | null }[] }).rows;
          // the seeded report's target (never verified) and the 2023 one
          assert.deepEqual(rows.map((r) => [r.government, r.year, r.final?.value ?? null, r.verdict]), [['青岭县', 2025, null, null], ['石桥县', 2023, 4.9, 'missed']]);

          // the dataset is the office's; reading the self-assessment needs an account
          for (const [who, url, status] of [
            ['viewer', '/api/exports/dataset.csv', 403],
            ['editorOwn', '/api/exports/dataset.jsonl', 403],
            ['anonymous', '/api/exports/dataset.csv', 401],
            ['admin', '/api/exports/dataset.csv', 200],
            ['anonymous', `/api/reports/${targetsReportId}/self-assessment`, 401],
            ['anonymous', '/api/compare?indicator=gdp_growth', 401],
          ] as const) {
            assert.equal((await (await s.client(who)).request('GET', url)).statusCode, status, `${who} ${url}`);
          }
        } finally {
          await s.app.close();
        }
      }));
  });
}
