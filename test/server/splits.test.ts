/**
 * The API of a report's 分工方案: the preview (each task's matches with their scores, the candidates, the unit
 * names and what they find; nothing stored), the import with the office's decisions (assignments confirmed), office
 * roles only, and bad input refused with nothing written.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { getAssignment, latestAuditId, listCommitments, listUnits } from '../../src/ledger/index.js';
import type { SplitImportResponse, SplitPreview } from '../../src/server/schemas/splits.js';
import { splitFixture, withSplitReport } from '../helpers/split-ledger.js';
import { errorCode, multipart, seededWorld, type Who } from './helpers.js';

const world = seededWorld();
let reportId = 0;

async function post(who: Who, path: string, file: { name: string; bytes: Buffer | string }, fields: Record<string, string> = {}) {
  const { payload, headers } = multipart(file, fields);
  return (await world.s.client(who)).request('POST', path.replace(':id', String(reportId)), payload, { headers });
}

const notes = () => ({ name: 'notes.txt', bytes: splitFixture('notes.txt') });

describe('a report’s split through the API', () => {
  before(async () => {
    reportId = await withSplitReport(world.ledger);
    await world.s.client('supervisor'); // logged in before the audit log is counted
  });

  it('the preview: tasks with their matches and scores, candidates, unit names and their units; nothing stored', async () => {
    const audit = await latestAuditId(world.ledger);
    const res = await post('supervisor', '/api/reports/:id/split/preview', notes());
    assert.equal(res.statusCode, 200, res.body);
    const p = res.json() as z.infer<typeof SplitPreview>;
    const texts = new Map(p.commitments.map((c) => [c.id, c.text]));
    assert.deepEqual(
      p.tasks.map((t) => [t.text, t.matches.map((m) => [texts.get(m.commitmentId), m.score])]),
      [
        ['地区生产总值增长6%左右', [['地区生产总值增长6%左右', 1]]],
        ['一般公共预算收入增长5%', [['一般公共预算收入增长5%', 1]]],
        ['全年实施重点项目130个，完成投资160亿元以上', [['全年实施重点项目130个', 1], ['完成投资160亿元以上', 1]]],
        ['加快青岭物流园建设，确保上半年开工', [['上半年开工建设青岭物流园', 0.78]]],
        ['城区新增公共停车泊位2000个以上', [['新增公共停车泊位2000个', 0.93]]],
        ['建设县域数字化应急指挥平台', []],
      ],
    );
    assert.ok(p.tasks[5]!.candidates.every((c) => c.score < 0.6), 'what it might be is shown, below the threshold');
    assert.ok(p.commitments.every((c) => c.kind !== 'achievement'), 'last year’s results are no task of the split');
    const units = await listUnits(world.ledger);
    assert.equal(p.units.find((u) => u.name === '县发改局')?.unitId, units.find((u) => u.name === '县发改局')?.id, 'the seeded unit, by its alias');
    assert.deepEqual(p.units.filter((u) => u.unitId === undefined).map((u) => u.name), ['县应急管理局', '县数据局']);
    assert.equal(await latestAuditId(world.ledger), audit);
  });

  it('the import with the office’s corrections: assignments confirmed, a task as an item of its own, units created', async () => {
    const p = (await post('supervisor', '/api/reports/:id/split/preview', notes())).json() as z.infer<typeof SplitPreview>;
    const tasks = p.tasks.map((t) => ({ commitmentIds: t.matches.map((m) => m.commitmentId) }));
    // the office takes only the first of task 3's items, and leaves task 2 out
    tasks[2] = { commitmentIds: tasks[2]!.commitmentIds.slice(0, 1) };
    const decisions = { tasks: tasks.map((t, i) => (i === 1 ? { ...t, skip: true } : t)), units: [{ name: '县应急管理局', create: true }] };
    const res = await post('supervisor', '/api/reports/:id/split', notes(), { decisions: JSON.stringify(decisions) });
    assert.equal(res.statusCode, 200, res.body);
    const result = res.json() as z.infer<typeof SplitImportResponse>;
    assert.deepEqual([result.assigned, result.created, result.unitsCreated, result.unknownUnits], [5, 1, ['县应急管理局'], ['县数据局']]);
    const first = await getAssignment(world.ledger, tasks[0]!.commitmentIds[0]!);
    assert.deepEqual([first?.confirmed, first?.leadUnitId], [true, world.s.units.own]);
    assert.equal(await getAssignment(world.ledger, p.tasks[1]!.matches[0]!.commitmentId), undefined, 'the task left out assigns nothing');
    const own = (await listCommitments(world.ledger, { reportId, text: '应急指挥平台' })).items;
    assert.deepEqual(own.map((c) => [c.kind, c.splitId, c.reviewState]), [['task', result.splitId, 'confirmed']]);
    // the report's document marks none of the split's items: they are not in its text
    const doc = (await (await world.s.client('viewer')).request('GET', `/api/reports/${reportId}`)).json() as { items: { id: number }[] };
    assert.ok(!doc.items.some((i) => i.id === own[0]!.id));
  });

  it('office roles only', async () => {
    for (const [who, status] of [['anonymous', 401], ['viewer', 403], ['editorOwn', 403]] as const) {
      assert.equal((await post(who, '/api/reports/:id/split/preview', notes())).statusCode, status, who);
    }
  });

  it('bad input is refused naming the problem, and nothing is written', async () => {
    const audit = await latestAuditId(world.ledger);
    const report = await post('supervisor', '/api/reports/:id/split/preview', { name: 'report.txt', bytes: splitFixture('report.txt') });
    assert.deepEqual([report.statusCode, errorCode(report)], [400, 'NOT_A_SPLIT']);
    const short = await post('supervisor', '/api/reports/:id/split', notes(), { decisions: JSON.stringify({ tasks: [], units: [] }) });
    assert.deepEqual([short.statusCode, errorCode(short)], [409, 'SPLIT_CHANGED']);
    const garbled = await post('supervisor', '/api/reports/:id/split', notes(), { decisions: '{tasks' });
    assert.deepEqual([garbled.statusCode, errorCode(garbled)], [400, 'VALIDATION']);
    const stray = await post('supervisor', '/api/reports/:id/split', notes(), { decisions: JSON.stringify({ tasks: Array(6).fill({ commitmentIds: [] }), units: [{ name: '县城投公司', create: true }] }) });
    assert.deepEqual([stray.statusCode, errorCode(stray)], [400, 'VALIDATION'], 'a unit the split does not name is not the office’s to create');
    const none = await post('supervisor', '/api/reports/999999/split/preview', notes());
    assert.deepEqual([none.statusCode, errorCode(none)], [404, 'NOT_FOUND']);
    assert.equal(await latestAuditId(world.ledger), audit);
  });
});
