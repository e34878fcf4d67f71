/**
 * 办结 and changes in the ledger (requests.ts), on every database: a unit's reported 已完成 waits for the office, the
 * office's own is approved at once; an extension approved moves the assignment's deadline and keeps the one it
 * replaced; an adjustment approved corrects the item; every step audited; and each refusal, with nothing written.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, smallReport, testDialects } from './dialects.js';
import {
  addProgress,
  assign,
  auditFor,
  createUnit,
  createUser,
  decideRequest,
  getAssignment,
  getCommitment,
  importReport,
  isLedgerError,
  latestAuditId,
  listCommitments,
  listRequests,
  makeRequest,
  transaction,
  type Ledger,
} from '../../src/ledger/index.js';

const hasCode = (code: string, detail?: string) => (e: unknown) => isLedgerError(e) && e.code === code && (detail === undefined || e.message.includes(detail));

interface World {
  ledger: Ledger;
  unit: number;
  otherUnit: number;
  editor: number;
  office: number;
  /** A milestone led by `unit`, due 2025-06-30 (上半年开工建设青岭物流园). */
  item: number;
}

async function world(ledger: Ledger): Promise<World> {
  const unit = (await createUnit(ledger, null, { name: '县发改局' })).id;
  const otherUnit = (await createUnit(ledger, null, { name: '县商务局' })).id;
  const editor = (await createUser(ledger, null, { username: 'editor', role: 'unit_editor', unitId: unit, passwordHash: 'x' })).id;
  const office = (await createUser(ledger, null, { username: 'office', role: 'supervisor', passwordHash: 'x' })).id;
  const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport(), 'small.txt') });
  const item = (await listCommitments(ledger, { reportId, kind: 'milestone', limit: 1 })).items[0]!.id;
  await assign(ledger, null, { commitmentId: item, leadUnitId: unit, deadline: '2025-06-30', confirmed: true });
  return { ledger, unit, otherUnit, editor, office, item };
}

for (const dialect of await testDialects()) {
  describe(`办结 and changes (${dialect.name})`, { skip: dialect.skip }, () => {
    it("a unit's 已完成 waits; approved, it is decided once; the office's own 已完成 is approved at once", () =>
      dialect.withLedger(async (ledger) => {
        const w = await world(ledger);
        await addProgress(ledger, w.editor, { commitmentId: w.item, unitId: w.unit, reportedOn: '2025-06-20', state: 'done', note: '已开工' });
        const [asked] = await listRequests(ledger, { commitmentId: w.item });
        assert.deepEqual([asked.kind, asked.state, asked.unitId, asked.reason, asked.proposal], ['completion', 'pending', w.unit, '已开工', { kind: 'completion', completedOn: '2025-06-20', progressId: 1 }]);
        // reporting done again while it waits makes no second request
        await addProgress(ledger, w.editor, { commitmentId: w.item, unitId: w.unit, reportedOn: '2025-06-21', state: 'done' });
        assert.equal((await listRequests(ledger, { commitmentId: w.item })).length, 1);
        await assert.rejects(decideRequest(ledger, w.editor, asked.id, { approve: true }), hasCode('OFFICE_ONLY'));
        await assert.rejects(decideRequest(ledger, w.office, asked.id, { approve: false, note: '  ' }), hasCode('INVALID_VALUE', 'needs a note'));
        const approved = await decideRequest(ledger, w.office, asked.id, { approve: true, note: '同意办结' });
        assert.deepEqual([approved.state, approved.decidedBy, approved.note], ['approved', w.office, '同意办结']);
        await assert.rejects(decideRequest(ledger, w.office, asked.id, { approve: false, note: '再议' }), hasCode('REQUEST_CONFLICT', 'approved'));
        await assert.rejects(makeRequest(ledger, w.editor, { kind: 'extension', commitmentId: w.item, unitId: w.unit, deadline: '2025-09-30', reason: '延' }), hasCode('REQUEST_CONFLICT', '办结'));
        assert.deepEqual((await auditFor(ledger, 'request', asked.id)).map((e) => e.action), ['create', 'approve']);

        // the office's own 已完成 on another item: made and approved at once, by the office
        const other = (await listCommitments(ledger, { kind: 'target', limit: 1 })).items[0]!.id;
        await assign(ledger, null, { commitmentId: other, leadUnitId: w.otherUnit, confirmed: true });
        await addProgress(ledger, w.office, { commitmentId: other, unitId: w.otherUnit, reportedOn: '2025-05-01', state: 'done' });
        const [own] = await listRequests(ledger, { commitmentId: other });
        assert.deepEqual([own.state, own.requestedBy, own.decidedBy], ['approved', w.office, w.office]);
      }));

    it('returned with a note; asked again through a request; a second one waiting is refused', () =>
      dialect.withLedger(async (ledger) => {
        const w = await world(ledger);
        const first = await makeRequest(ledger, w.editor, { kind: 'completion', commitmentId: w.item, unitId: w.unit, completedOn: '2025-06-20', reason: '已开工' });
        assert.equal(first.state, 'pending');
        await assert.rejects(makeRequest(ledger, w.editor, { kind: 'completion', commitmentId: w.item, unitId: w.unit, completedOn: '2025-06-21' }), hasCode('REQUEST_CONFLICT', 'already waits'));
        const returned = await decideRequest(ledger, w.office, first.id, { approve: false, note: '缺少开工证明' });
        assert.deepEqual([returned.state, returned.note], ['returned', '缺少开工证明']);
        const again = await makeRequest(ledger, w.editor, { kind: 'completion', commitmentId: w.item, unitId: w.unit, completedOn: '2025-06-25' });
        assert.notEqual(again.id, first.id);
        assert.deepEqual((await auditFor(ledger, 'request', first.id)).map((e) => e.action), ['create', 'return']);
      }));

    it('an extension approved moves the deadline and keeps the one it replaced; an adjustment approved corrects the item', () =>
      dialect.withLedger(async (ledger) => {
        const w = await world(ledger);
        const ext = await makeRequest(ledger, w.editor, { kind: 'extension', commitmentId: w.item, unitId: w.unit, deadline: '2025-09-30', reason: '征迁未完成' });
        assert.deepEqual(ext.proposal, { kind: 'extension', deadline: '2025-09-30', previousDeadline: '2025-06-30' });
        await decideRequest(ledger, w.office, ext.id, { approve: true });
        assert.equal((await getAssignment(ledger, w.item))!.deadline, '2025-09-30');
        assert.equal((await auditFor(ledger, 'assignment', w.item)).at(-1)!.userId, w.office);

        const before = (await getCommitment(ledger, w.item))!;
        const adj = await makeRequest(ledger, w.editor, { kind: 'adjustment', commitmentId: w.item, unitId: w.unit, changes: { text: '三季度开工建设青岭物流园' }, reason: '用地调整' });
        await decideRequest(ledger, w.office, adj.id, { approve: true });
        const after = (await getCommitment(ledger, w.item))!;
        assert.deepEqual([after.text, after.reviewState, after.version], ['三季度开工建设青岭物流园', 'edited', before.version + 1]);
        const corrected = (await auditFor(ledger, 'commitment', w.item)).at(-1)!;
        assert.deepEqual([corrected.action, corrected.userId], ['update', w.office]);
      }));

    it('keeps one request of a kind waiting per item, and a decided one decided, in the database itself (0019)', () =>
      dialect.withLedger(async (ledger) => {
        const w = await world(ledger);
        const row = { kind: 'extension', commitmentId: w.item, unitId: w.unit, requestedBy: w.editor, reason: '征迁', proposal: '{}', state: 'pending', createdAt: '2025-05-01T00:00:00Z' };
        const insert = (over: Record<string, unknown>) => transaction(ledger, null, (tx) => tx.db.insertInto('requests').values({ ...row, ...over }).execute(), 'request');
        await insert({});
        await assert.rejects(insert({}), hasCode('DUPLICATE'), 'two writers at once: the second waiting request is refused');
        await insert({ kind: 'adjustment' });
        await insert({ state: 'returned', decidedBy: w.office, decidedAt: '2025-05-02T00:00:00Z' });
        await assert.rejects(insert({ state: 'approved' }), hasCode('INVALID_VALUE'), 'approved without a time of decision');
        await assert.rejects(insert({ state: 'pending', kind: 'completion', decidedAt: '2025-05-02T00:00:00Z' }), hasCode('INVALID_VALUE'), 'waiting with a time of decision');
      }));

    it('refuses what does not fit, writing nothing', () =>
      dialect.withLedger(async (ledger) => {
        const w = await world(ledger);
        const audit = await latestAuditId(ledger);
        const ask = (over: Record<string, unknown>) => makeRequest(ledger, w.editor, { kind: 'extension', commitmentId: w.item, unitId: w.unit, deadline: '2025-09-30', reason: '征迁未完成', ...over } as never);
        const refusals: [Record<string, unknown>, string, string][] = [
          [{ deadline: '2025-02-30' }, 'INVALID_VALUE', 'not a day of the calendar: 2025-02-30'],
          [{ deadline: '2025-06-01' }, 'INVALID_VALUE', 'not later than the deadline in force 2025-06-30'],
          [{ deadline: '2025-06-30' }, 'INVALID_VALUE', 'not later than'],
          [{ reason: ' ' }, 'INVALID_VALUE', 'give a reason'],
          [{ unitId: w.otherUnit }, 'INVALID_VALUE', 'neither leads nor cooperates'],
          [{ commitmentId: 9999 }, 'NOT_FOUND', 'commitment 9999'],
          [{ kind: 'adjustment', changes: {} }, 'INVALID_VALUE', 'changes nothing'],
          [{ kind: 'adjustment', changes: { low: Number.NaN } }, 'INVALID_VALUE', 'low is not a number'],
          [{ kind: 'adjustment', changes: { deadline: '2025-12-31' } }, 'INVALID_VALUE', 'not deadline'],
          [{ kind: 'completion', completedOn: '2025-13-01' }, 'INVALID_VALUE', 'not a day of the calendar'],
        ];
        for (const [over, code, detail] of refusals) await assert.rejects(ask(over), hasCode(code, detail), JSON.stringify(over));
        await assert.rejects(decideRequest(ledger, w.office, 12345, { approve: true }), hasCode('NOT_FOUND'));
        assert.equal(await latestAuditId(ledger), audit);
        assert.deepEqual(await listRequests(ledger), []);
      }));
  });
}
