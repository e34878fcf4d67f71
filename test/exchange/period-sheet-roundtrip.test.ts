/**
 * The 进展报送表 through the API on SQLite and PostgreSQL: an item's own reporting cycle set and audited, the unit
 * downloads its sheet, fills it with exceljs as a person would in Excel, uploads it, and the reports are stored —
 * all in one transaction; a file with a bad row writes nothing; the same file twice writes nothing twice; only the
 * unit's own users and the office reach its sheet.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { listAudit, listCommitments, listProgress } from '../../src/ledger/index.js';
import { PERIOD_COLUMNS } from '../../src/exchange/sheet-layout.js';
import { testDialects } from '../ledger/dialects.js';
import { errorCode, multipart, seed, type Client, type Seeded } from '../server/helpers.js';

// 3 June 2025, 10:00 in the office's time zone
const now = () => new Date('2025-06-03T02:00:00Z');
const col = (name: (typeof PERIOD_COLUMNS)[number]) => PERIOD_COLUMNS.indexOf(name) + 1;

async function download(client: Client, unitId: number, query = ''): Promise<ExcelJS.Workbook> {
  const res = await client.request('GET', `/api/units/${unitId}/sheet${query}`);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /spreadsheetml/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

const rowOf = (ws: ExcelJS.Worksheet, text: RegExp): number => {
  for (let r = 1; r <= ws.rowCount; r++) if (text.test(String(ws.getCell(r, col('工作事项')).value ?? ''))) return r;
  throw new Error(`no row ${text}`);
};

async function upload(client: Client, unitId: number, wb: ExcelJS.Workbook) {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const { payload, headers } = multipart({ name: '报送表.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes });
  return client.request('POST', `/api/units/${unitId}/sheet`, payload, { headers });
}

async function world(s: Seeded) {
  const kindergartens = (await listCommitments(s.ledger, { reportId: s.reportId, limit: 50 })).items.find((c) => c.text.includes('幼儿园'))!;
  return { kindergartens };
}

for (const dialect of await testDialects()) {
  describe(`the unit's period sheet (${dialect.name})`, { skip: dialect.skip }, () => {
    it('cycle set per item, sheet down, filled, up: stored in one go, audited; bad rows write nothing', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger, { now });
        try {
          const { kindergartens } = await world(s);
          const office = await s.client('supervisor');
          const unit = await s.client('editorOwn');
          const own = s.units.own;

          // the kindergartens reported 每月5日前报上月进展; a bad cycle is refused naming the field
          const refused = await office.request('PUT', `/api/commitments/${kindergartens.id}/assignment`, { leadUnitId: own, confirmed: true, reportingCycle: { kind: 'monthly', dueDay: 40 } });
          assert.equal(refused.statusCode, 400, refused.body);
          const set = await office.request('PUT', `/api/commitments/${kindergartens.id}/assignment`, { leadUnitId: own, confirmed: true, reportingCycle: { kind: 'monthly', dueDay: 5 } });
          assert.equal(set.statusCode, 200, set.body);
          assert.deepEqual(set.json().assignment.reportingCycle, { kind: 'monthly', dueDay: 5 });
          const audited = await listAudit(ledger, { entity: 'assignment' });
          assert.ok(audited.some((e) => (e.after as { reportingCycle?: unknown } | undefined)?.reportingCycle !== undefined));

          // not reported: May's report of the kindergartens is due 5 June; the milestone (office default) by 30 June
          const listed = (await office.request('GET', `/api/lists/not-reported?unit=${own}`)).json().units[0].items;
          const due = Object.fromEntries(listed.map((e: { commitmentId: number; reportDue: string }) => [e.commitmentId, e.reportDue]));
          assert.deepEqual(due, { [kindergartens.id]: '2025-06-05', [s.milestone.id]: '2025-06-30' });

          const wb = await download(unit, own);
          const ws = wb.getWorksheet('进展报送表')!;
          const k = rowOf(ws, /幼儿园/);
          const m = rowOf(ws, /物流园/);
          assert.equal(ws.getCell(k, col('报送期限')).value, '2025年6月5日');
          assert.equal(ws.getCell(m, col('报送期限')).value, '2025年6月30日');

          // a bad row: nothing is written, the row comes back with its number and reason
          ws.getCell(k, col('本期数值')).value = '两所';
          ws.getCell(m, col('本期状态')).value = '推进中';
          const rejected = await upload(unit, own, wb);
          assert.equal(rejected.statusCode, 200, rejected.body);
          assert.deepEqual(rejected.json().rejected, [{ row: k, reason: '本期数值不是数字：“两所”' }]);
          assert.deepEqual(rejected.json().written, []);
          assert.equal((await listProgress(ledger, { unitId: own })).length, 0);

          // corrected and uploaded again: both rows in
          ws.getCell(k, col('本期数值')).value = 2;
          ws.getCell(k, col('佐证链接')).value = 'https://jyj.example.gov.cn/news/0601';
          ws.getCell(m, col('进展说明')).value = '完成土地征收，主体厂房开工';
          const accepted = await upload(unit, own, wb);
          assert.equal(accepted.statusCode, 200, accepted.body);
          const answer = accepted.json();
          assert.deepEqual(answer.rejected, []);
          assert.deepEqual(answer.written.map((w: { row: number; reportedOn: string }) => [w.row, w.reportedOn]).sort(), [[k, '2025-06-03'], [m, '2025-06-03']].sort());
          const stored = await listProgress(ledger, { unitId: own });
          assert.deepEqual(
            stored.map((p) => [p.commitmentId, p.value, p.state, p.note, p.evidence]).sort(),
            [
              [kindergartens.id, 2, undefined, '', [{ kind: 'link', value: 'https://jyj.example.gov.cn/news/0601' }]],
              [s.milestone.id, undefined, 'in_progress', '完成土地征收，主体厂房开工', []],
            ].sort(),
          );
          assert.equal((await listAudit(ledger, { entity: 'progress' })).length, 2);

          // the same file again: already stored, not written twice
          const again = (await upload(unit, own, wb)).json();
          assert.deepEqual([again.written, again.unchanged.sort()], [[], [k, m].sort()]);
          assert.equal((await listProgress(ledger, { unitId: own })).length, 2);

          // reported: off the not-reported list
          const after = (await office.request('GET', `/api/lists/not-reported?unit=${own}`)).json().units;
          assert.deepEqual(after, []);
        } finally {
          await s.app.close();
        }
      }));

    it('only the unit’s own users and the office; another unit’s sheet is refused as a whole', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger, { now });
        try {
          const rows: [who: 'editorOwn' | 'editorOther' | 'viewer' | 'supervisor' | 'anonymous', status: number][] = [
            ['editorOwn', 200],
            ['supervisor', 200],
            ['editorOther', 403],
            ['viewer', 403],
            ['anonymous', 401],
          ];
          for (const [who, status] of rows) {
            const res = await (await s.client(who)).request('GET', `/api/units/${s.units.own}/sheet`);
            assert.equal(res.statusCode, status, `${who}: ${res.body}`);
          }
          const wb = await download(await s.client('editorOwn'), s.units.own, '?period=2025-05');
          assert.match(String(wb.getWorksheet('进展报送表')!.getCell(1, 1).value), /2025年5月/);
          const other = await upload(await s.client('editorOther'), s.units.own, wb);
          assert.equal(errorCode(other), 'NOT_YOUR_UNIT_SHEET');
          const misplaced = await upload(await s.client('supervisor'), s.units.other, wb);
          assert.equal(misplaced.statusCode, 400);
          assert.equal(errorCode(misplaced), 'NOT_A_PERIOD_SHEET');
          const badPeriod = await (await s.client('editorOwn')).request('GET', `/api/units/${s.units.own}/sheet?period=2025-13`);
          assert.equal(badPeriod.statusCode, 400);
          assert.equal((await (await s.client('editorOwn')).request('GET', '/api/units/9999/sheet')).statusCode, 403);
          assert.equal((await (await s.client('supervisor')).request('GET', '/api/units/9999/sheet')).statusCode, 404);
        } finally {
          await s.app.close();
        }
      }));
  });
}
