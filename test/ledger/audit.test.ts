import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { analyzeText, smallReport, testDialects } from './dialects.js';
import { importReport } from '../../src/ledger/import.js';
import { listCommitments, updateCommitment, setReviewState } from '../../src/ledger/commitments.js';
import { assign, assignMany, getAssignment, proposeAssignment } from '../../src/ledger/assignments.js';
import { addProgress, listProgress } from '../../src/ledger/progress.js';
import { createUnit, deleteUnit, updateUnit } from '../../src/ledger/units.js';
import { createUser, updateUser } from '../../src/ledger/users.js';
import { createSession, deleteSession, deleteExpiredSessions } from '../../src/ledger/sessions.js';
import { setPublished } from '../../src/ledger/reports.js';
import { recordVerification } from '../../src/ledger/verifications.js';
import { upsertGovernment } from '../../src/ledger/governments.js';
import { auditFor, listAudit } from '../../src/ledger/audit.js';
import { isLedgerError } from '../../src/ledger/errors.js';
import { transaction, type Ledger } from '../../src/ledger/store.js';

const auditCount = async (ledger: Ledger) => (await listAudit(ledger, { limit: 1000 })).length;

/** Runs `write` and asserts how many audit entries it left. */
async function leaves<T>(ledger: Ledger, entries: number, write: () => Promise<T>): Promise<T> {
  const before = await auditCount(ledger);
  const result = await write();
  assert.equal((await auditCount(ledger)) - before, entries);
  return result;
}

for (const dialect of await testDialects()) {
  describe(`audit log (${dialect.name})`, { skip: dialect.skip }, () => {
    it('every write function leaves exactly one entry per changed record, and none for no change', () =>
      dialect.withLedger(async (ledger) => {
        const admin = await leaves(ledger, 1, () => createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$a', role: 'admin' }));
        const unit = await leaves(ledger, 1, () => createUnit(ledger, admin.id, { name: '县发改局', aliases: ['发改局'] }));
        const other = await leaves(ledger, 1, () => createUnit(ledger, admin.id, { name: '县商务局' }));
        await leaves(ledger, 1, () => updateUnit(ledger, admin.id, unit.id, { aliases: ['发改局', '发展改革局'] }));
        await leaves(ledger, 0, () => updateUnit(ledger, admin.id, unit.id, { name: '县发改局' }));
        const editor = await leaves(ledger, 1, () => createUser(ledger, admin.id, { username: 'fgj', passwordHash: 'scrypt$b', role: 'unit_editor', unitId: unit.id }));
        await leaves(ledger, 1, () => updateUser(ledger, admin.id, editor.id, { passwordHash: 'scrypt$c' }));
        await leaves(ledger, 1, () => createSession(ledger, editor.id, { tokenHash: 'a'.repeat(64), userId: editor.id, expiresAt: '2999-01-01T00:00:00.000Z' }));
        await leaves(ledger, 1, () => deleteSession(ledger, editor.id, 'a'.repeat(64)));
        await createSession(ledger, editor.id, { tokenHash: 'b'.repeat(64), userId: editor.id, expiresAt: '2000-01-01T00:00:00.000Z' });
        await leaves(ledger, 1, () => deleteExpiredSessions(ledger, null));

        const analysis = analyzeText(smallReport());
        const n = analysis.extraction.commitments.length;
        const { reportId } = await leaves(ledger, n + 2, () => importReport(ledger, admin.id, { analysis }));
        await leaves(ledger, 0, () => upsertGovernment(ledger, admin.id, { region: '青岭县', level: 'county' }));
        await leaves(ledger, 1, () => setPublished(ledger, admin.id, reportId, true));
        await leaves(ledger, 0, () => setPublished(ledger, admin.id, reportId, true));

        const items = (await listCommitments(ledger, { reportId })).items;
        const [a, b, c, d] = items;
        const edited = await leaves(ledger, 1, () => updateCommitment(ledger, admin.id, a.id, a.version, { unit: '个' }));
        await leaves(ledger, 0, () => updateCommitment(ledger, admin.id, a.id, edited.version, { unit: '个' }));
        await leaves(ledger, 1, () => setReviewState(ledger, admin.id, b.id, b.version, 'rejected'));
        await leaves(ledger, 1, () => assign(ledger, admin.id, { commitmentId: a.id, leadUnitId: unit.id, cooperatingUnitIds: [other.id] }));
        await leaves(ledger, 2, () => assignMany(ledger, admin.id, [{ commitmentId: b.id, leadUnitId: unit.id }, { commitmentId: c.id, leadUnitId: other.id }]));
        const milestone = items.find((i) => i.namedLeadUnits.length > 0 && ![a.id, b.id, c.id].includes(i.id));
        if (milestone) await leaves(ledger, 1, () => proposeAssignment(ledger, admin.id, milestone.id));
        await leaves(ledger, 1, () => addProgress(ledger, editor.id, { commitmentId: a.id, unitId: unit.id, reportedOn: '2025-06-30', value: 40, note: '' }));
        await leaves(ledger, 1, () => recordVerification(ledger, admin.id, { commitmentId: d.id, verdict: 'not_mentioned' }));
        const spare = await createUnit(ledger, admin.id, { name: '县档案馆' });
        await leaves(ledger, 1, () => deleteUnit(ledger, admin.id, spare.id));

        // entries name their actor and hold before / after
        const history = await auditFor(ledger, 'commitment', a.id);
        assert.deepEqual(history.map((e) => [e.action, e.userId]), [['create', admin.id], ['update', admin.id]]);
        assert.equal((history[1].before as { unit?: string }).unit, a.unit);
        assert.equal((history[1].after as { unit: string }).unit, '个');
        // no password hash in the log
        assert.ok(!JSON.stringify(await listAudit(ledger, { entity: 'user' })).includes('scrypt$'));
      }));

    it('the audit log and progress reports cannot be emptied at once: TRUNCATE, cascaded or not, or DELETE', () =>
      dialect.withLedger(async (ledger) => {
        const admin = await createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$a', role: 'admin' });
        const unit = await createUnit(ledger, admin.id, { name: '县发改局' });
        const { reportId } = await importReport(ledger, admin.id, { analysis: analyzeText(smallReport()) });
        const [item] = (await listCommitments(ledger, { reportId })).items;
        await addProgress(ledger, admin.id, { commitmentId: item.id, unitId: unit.id, reportedOn: '2025-06-30', note: '已开工' });
        const entries = await auditCount(ledger);
        // SQLite has no TRUNCATE: a DELETE without WHERE is how it empties a table
        const statements =
          dialect.name === 'postgres'
            ? ['truncate audit_log', 'truncate progress_reports', 'truncate audit_log, progress_reports', 'truncate users cascade', 'truncate commitments cascade']
            : ['delete from audit_log', 'delete from progress_reports'];
        for (const statement of statements) {
          await assert.rejects(
            transaction(ledger, admin.id, (tx) => sql.raw(statement).execute(tx.db)),
            (e: unknown) => isLedgerError(e) && e.code === 'APPEND_ONLY',
            statement,
          );
          assert.equal(await auditCount(ledger), entries, statement);
          assert.equal((await listProgress(ledger, { commitmentId: item.id })).length, 1, statement);
        }
      }));

    it('a failing write leaves neither its changes nor audit entries: bulk assignment is one transaction', () =>
      dialect.withLedger(async (ledger) => {
        const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
        const unit = await createUnit(ledger, null, { name: '县发改局' });
        const [a, b, c] = (await listCommitments(ledger, { reportId })).items;
        const before = await auditCount(ledger);
        await assert.rejects(
          assignMany(ledger, null, [
            { commitmentId: a.id, leadUnitId: unit.id },
            { commitmentId: b.id, leadUnitId: unit.id },
            { commitmentId: c.id, leadUnitId: 424242 },
          ]),
          (e: unknown) => isLedgerError(e) && e.code === 'INVALID_REFERENCE',
        );
        assert.equal(await getAssignment(ledger, a.id), undefined);
        assert.equal(await getAssignment(ledger, b.id), undefined);
        assert.equal(await auditCount(ledger), before);

        const done = await assignMany(ledger, null, [a, b, c].map((i) => ({ commitmentId: i.id, leadUnitId: unit.id, deadline: '2025-12-31' })));
        assert.equal(done.length, 3);
        assert.equal((await listCommitments(ledger, { unitId: unit.id })).total, 3);
        assert.equal((await auditCount(ledger)) - before, 3);
      }));
  });
}
