/** Exports (routes/exports.ts): the ledger as CSV and JSON, the task sheet out and, edited, back in. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { getAssignment } from '../../../src/ledger/index.js';
import { errorCode, multipart, SEEDED_NOW, seededWorld } from '../helpers.js';

const world = seededWorld({ now: () => SEEDED_NOW });

describe('exports', () => {
  it('exports, and the edited task sheet back: changed rows applied, bad rows reported by number, a non-sheet refused whole', async () => {
    const sup = await world.s.client('supervisor');
    assert.match((await sup.request('GET', '/api/exports/ledger.csv')).body, /县发改局/);
    assert.ok(Array.isArray((await sup.request('GET', `/api/exports/ledger.json?report=${world.s.reportId}`)).json()));
    const sheet = await sup.request('GET', `/api/exports/tasks.xlsx?report=${world.s.reportId}`);
    assert.equal(sheet.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('任务分解表')!;
    const header = ws.getRow(2).values as string[];
    const col = (name: string) => header.indexOf(name);
    let leaderRow = 0;
    let badRow = 0;
    for (let r = 3; r <= ws.rowCount; r++) {
      const lead = String(ws.getRow(r).getCell(col('牵头单位')).value ?? '');
      if (lead === '县发改局' && !leaderRow) leaderRow = r;
      else if (!badRow && r !== leaderRow) badRow = r;
    }
    assert.ok(leaderRow && badRow);
    ws.getRow(leaderRow).getCell(col('责任领导')).value = '周副县长';
    ws.getRow(badRow).getCell(col('牵头单位')).value = '不存在的局';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const up = multipart({ name: 'edited.xlsx', type: 'application/octet-stream', bytes: edited });
    const res = await sup.request('POST', '/api/imports/tasks', up.payload, { headers: up.headers });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { applied: { row: number; commitmentId: number }[]; rejected: { row: number; reason: string }[] };
    assert.ok(body.applied.some((a) => a.row === leaderRow), res.body);
    assert.ok(body.rejected.some((r) => r.row === badRow && r.reason.length > 0), res.body);
    const applied = body.applied.find((a) => a.row === leaderRow)!;
    assert.equal((await getAssignment(world.ledger, applied.commitmentId))?.leader, '周副县长');
    const junk = multipart({ name: 'notes.txt', bytes: '这不是任务分解表' });
    const refused = await sup.request('POST', '/api/imports/tasks', junk.payload, { headers: junk.headers });
    assert.equal(refused.statusCode, 400);
    assert.equal(errorCode(refused), 'NOT_A_TASK_SHEET');
  });
});
