/**
 * An item the extractor missed, added by the office from the words it selects in the report as given: stored with
 * that span and those words, tagged `manual`, confirmed, audited; refused for a unit, a span outside the text,
 * blank words or the same words twice; and kept by later copies of the report — in place, moved where the copy
 * moved the words, or stale when the copy lacks them — on both databases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addCommitment, getCommitment, importReport, listAudit, type Ledger } from '../../src/ledger/index.js';
import { analyzeText, smallReport, testDialects } from '../ledger/dialects.js';
import { errorCode, seededWorld } from './helpers.js';

const world = seededWorld();
const WORDS = '开工建设青岭物流园';

describe('adding an item over the API', () => {
  it('the office adds the words it selected; the item is those words, confirmed, tagged manual', async () => {
    const office = await world.s.client('supervisor');
    const original = (await office.request('GET', `/api/reports/${world.s.reportId}`)).json().original as string;
    const start = original.indexOf(WORDS);
    const res = await office.request('POST', `/api/reports/${world.s.reportId}/commitments`, { span: { start, end: start + WORDS.length }, kind: 'milestone', deadline: '2025-06-30' });
    assert.equal(res.statusCode, 201, res.body);
    const item = res.json();
    assert.deepEqual([item.text, item.span, item.kind, item.rule, item.reviewState, item.deadline], [WORDS, { start, end: start + WORDS.length }, 'milestone', 'manual', 'confirmed', '2025-06-30']);
    const again = await office.request('POST', `/api/reports/${world.s.reportId}/commitments`, { span: { start, end: start + WORDS.length }, kind: 'milestone', deadline: '2025-06-30' });
    assert.equal(again.statusCode, 409);
  });

  it('refused to a unit, and for a span outside the text or of blank words, naming the problem', async () => {
    assert.equal((await (await world.s.client('editorOwn')).request('POST', `/api/reports/${world.s.reportId}/commitments`, { span: { start: 0, end: 4 }, kind: 'task' })).statusCode, 403);
    const office = await world.s.client('supervisor');
    const original = (await office.request('GET', `/api/reports/${world.s.reportId}`)).json().original as string;
    const blank = original.indexOf('\n\n');
    const rows: [unknown, number, string][] = [
      [{ span: { start: 10, end: 5 }, kind: 'task' }, 400, 'INVALID_VALUE'],
      [{ span: { start: 0, end: original.length + 1 }, kind: 'task' }, 400, 'INVALID_VALUE'],
      [{ span: { start: blank, end: blank + 2 }, kind: 'task' }, 400, 'INVALID_VALUE'],
      [{ span: { start: 0, end: 4 }, kind: 'promise' }, 400, 'VALIDATION'],
      [{ span: { start: 0, end: 4 }, kind: 'task' }, 404, 'NOT_FOUND'],
    ];
    for (const [i, [body, status, code]] of rows.entries()) {
      const report = i === rows.length - 1 ? 99999 : world.s.reportId;
      const res = await office.request('POST', `/api/reports/${report}/commitments`, body);
      assert.deepEqual([res.statusCode, errorCode(res)], [status, code], JSON.stringify(body));
    }
  });
});

const copy = (tasks: string[]) => analyzeText(smallReport(tasks), 'report.txt');
const TASKS = ['（一）抓项目。全年实施重点项目80个。上半年开工建设青岭物流园。（牵头单位：县发改局）'];

async function added(ledger: Ledger): Promise<number> {
  const { reportId } = await importReport(ledger, null, { analysis: copy(TASKS) });
  const original = smallReport(TASKS);
  const start = original.indexOf(WORDS);
  return (await addCommitment(ledger, null, { reportId, span: { start, end: start + WORDS.length }, kind: 'milestone' })).id;
}

for (const dialect of await testDialects()) {
  describe(`added items across copies of the report (${dialect.name})`, { skip: dialect.skip }, () => {
    it('kept in place by the same copy, moved with its words, stale when a copy lacks them; audited', () =>
      dialect.withLedger(async (ledger) => {
        const id = await added(ledger);
        const span = (await getCommitment(ledger, id))!.span;
        const same = await importReport(ledger, null, { analysis: copy(TASKS) });
        assert.equal(same.report, 'unchanged');
        assert.deepEqual((await getCommitment(ledger, id))!.span, span);
        const moved = ['（〇）总体要求。坚持稳中求进。', ...TASKS];
        await importReport(ledger, null, { analysis: copy(moved) });
        const after = (await getCommitment(ledger, id))!;
        assert.equal(smallReport(moved).slice(after.span.start, after.span.end), WORDS);
        assert.notDeepEqual(after.span, span);
        assert.equal(after.stale, false);
        await importReport(ledger, null, { analysis: copy(['（一）抓项目。全年实施重点项目80个。']) });
        assert.equal((await getCommitment(ledger, id))!.stale, true);
        const entries = (await listAudit(ledger, { entity: 'commitment', entityId: id })).map((e) => e.action);
        assert.deepEqual(entries.sort(), ['create', 'import', 'stale']);
      }));
  });
}
