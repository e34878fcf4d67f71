import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText, countyReport, smallReport, testDialects } from './dialects.js';
import { importReport } from '../../src/ledger/import.js';
import { getCommitment, getCommitmentDetail, listCommitments, updateCommitment } from '../../src/ledger/commitments.js';
import { assign, getAssignment } from '../../src/ledger/assignments.js';
import { addProgress, listProgress } from '../../src/ledger/progress.js';
import { createUnit, getUnit, unitNamed } from '../../src/ledger/units.js';
import { createUser, findCredentials, findUserByUsername, listUsers, updateUser } from '../../src/ledger/users.js';
import { createSession, findSession } from '../../src/ledger/sessions.js';
import { backupLedger } from '../../src/ledger/backup.js';
import { openLedger, closeLedger } from '../../src/ledger/open.js';
import { isLedgerError } from '../../src/ledger/errors.js';

const hasCode = (code: string) => (e: unknown) => isLedgerError(e) && e.code === code;

const HOSTILE = `'); DROP TABLE commitments; -- <script>alert("x")</script> \\ %_ 𠮷 ' || '1'='1`;

for (const dialect of await testDialects()) {
  describe(`repositories (${dialect.name})`, { skip: dialect.skip }, () => {
    it('stores SQL and HTML text verbatim and returns it byte for byte', () =>
      dialect.withLedger(async (ledger) => {
        const user = await createUser(ledger, null, { username: HOSTILE, passwordHash: HOSTILE, role: 'viewer' });
        assert.equal((await findCredentials(ledger, HOSTILE))?.passwordHash, HOSTILE);
        const unit = await createUnit(ledger, null, { name: HOSTILE });
        assert.equal((await getUnit(ledger, unit.id))?.name, HOSTILE);
        const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
        const [item] = (await listCommitments(ledger, { reportId, limit: 1 })).items;
        const updated = await updateCommitment(ledger, user.id, item.id, item.version, { text: HOSTILE, namedUnits: [HOSTILE] });
        const stored = await getCommitment(ledger, item.id);
        assert.equal(stored?.text, HOSTILE);
        assert.deepEqual(stored?.namedUnits, [HOSTILE]);
        assert.equal(updated.text, HOSTILE);
        await addProgress(ledger, user.id, { commitmentId: item.id, unitId: unit.id, reportedOn: '2025-02-01', note: HOSTILE, evidence: [{ kind: 'text', value: HOSTILE }] });
        const [progress] = await listProgress(ledger, { commitmentId: item.id });
        assert.equal(progress.note, HOSTILE);
        assert.equal(progress.evidence[0].value, HOSTILE);
        // the free-text search takes % and _ literally, and the table is still there
        assert.equal((await listCommitments(ledger, { text: "DROP TABLE commitments; -- <script>" })).total, 1);
        assert.equal((await listCommitments(ledger, { text: '%_' })).total, 1);
        assert.equal((await listCommitments(ledger, { text: '%x%' })).total, 0);
        assert.ok((await listCommitments(ledger, {})).total > 1);
      }));

    it('units are found by name or alias; a name names one unit', () =>
      dialect.withLedger(async (ledger) => {
        const unit = await createUnit(ledger, null, { name: '县发展和改革局', aliases: ['县发改局', '发改局'] });
        assert.equal((await unitNamed(ledger, '县发改局'))?.id, unit.id);
        assert.equal((await unitNamed(ledger, ' 县发展和改革局 '))?.id, unit.id);
        assert.equal(await unitNamed(ledger, '县商务局'), undefined);
        await assert.rejects(createUnit(ledger, null, { name: '发改局' }), hasCode('DUPLICATE'));
        await assert.rejects(createUnit(ledger, null, { name: '县商务局', aliases: ['县发改局'] }), hasCode('DUPLICATE'));
      }));

    it('users and sessions', () =>
      dialect.withLedger(async (ledger) => {
        const unit = await createUnit(ledger, null, { name: '县住建局' });
        const admin = await createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$1', role: 'admin' });
        await assert.rejects(createUser(ledger, null, { username: 'admin', passwordHash: 'x', role: 'viewer' }), hasCode('DUPLICATE'));
        const editor = await createUser(ledger, admin.id, { username: 'zjj', passwordHash: 'scrypt$2', role: 'viewer' });
        const promoted = await updateUser(ledger, admin.id, editor.id, { role: 'unit_editor', unitId: unit.id });
        assert.deepEqual(promoted, { id: editor.id, username: 'zjj', role: 'unit_editor', unitId: unit.id });
        assert.deepEqual(await findUserByUsername(ledger, 'zjj'), promoted);
        assert.deepEqual((await listUsers(ledger)).map((u) => u.username), ['admin', 'zjj']);
        await assert.rejects(updateUser(ledger, admin.id, editor.id, { unitId: null }), hasCode('INVALID_VALUE'));

        await createSession(ledger, editor.id, { tokenHash: 'f'.repeat(64), userId: editor.id, expiresAt: '2025-06-01T00:00:00.000Z' });
        assert.equal((await findSession(ledger, 'f'.repeat(64), new Date('2025-05-01')))?.user.username, 'zjj');
        assert.equal(await findSession(ledger, 'f'.repeat(64), new Date('2025-07-01')), undefined);
        assert.equal(await findSession(ledger, 'e'.repeat(64)), undefined);
      }));

    it('lists commitments by filter, sorted and paged, and one with its assignment and progress', () =>
      dialect.withLedger(async (ledger) => {
        const user = await createUser(ledger, null, { username: 'dcs', passwordHash: 'h', role: 'supervisor' });
        const { reportId } = await importReport(ledger, null, { analysis: analyzeText(countyReport()) });
        const targets = await listCommitments(ledger, { reportId, kind: 'target', limit: 5 });
        assert.equal(targets.items.length, 5);
        assert.ok(targets.total > 5);
        const page2 = await listCommitments(ledger, { reportId, kind: 'target', limit: 5, offset: 5 });
        assert.equal(new Set([...targets.items, ...page2.items].map((c) => c.id)).size, 10);
        assert.ok(targets.items.every((c, i, a) => i === 0 || a[i - 1].span.start <= c.span.start));

        const firstHalf = await listCommitments(ledger, { reportId, deadlineFrom: '2024-01-01', deadlineTo: '2024-06-30', sort: 'deadline' });
        assert.ok(firstHalf.total >= 2);
        assert.ok(firstHalf.items.every((c) => c.deadline! <= '2024-06-30'));
        const byDeadline = (await listCommitments(ledger, { reportId, sort: 'deadline', limit: 500 })).items;
        const dated = byDeadline.filter((c) => c.deadline);
        assert.deepEqual(byDeadline.slice(0, dated.length), dated, 'undated last');
        assert.deepEqual(dated.map((c) => c.deadline), [...dated.map((c) => c.deadline)].sort());
        const latestFirst = (await listCommitments(ledger, { reportId, sort: 'deadline', order: 'desc', limit: 500 })).items;
        const datedDesc = latestFirst.filter((c) => c.deadline);
        assert.deepEqual(latestFirst.slice(0, datedDesc.length), datedDesc, 'undated last, latest first too');
        assert.deepEqual(datedDesc.map((c) => c.deadline), [...dated.map((c) => c.deadline)].sort().reverse());

        // the deadline in force is the assignment's where the office set one: filters and the sort go by it
        const moved = dated.filter((c) => !c.text.includes('物流园')).slice(0, 2);
        for (const c of moved) await assign(ledger, user.id, { commitmentId: c.id, deadline: '2027-06-30' });
        const inForce = (q: Parameters<typeof listCommitments>[1]) => listCommitments(ledger, { reportId, limit: 500, ...q }).then((p) => p.items.map((c) => c.id));
        const movedIds = moved.map((c) => c.id);
        assert.deepEqual((await inForce({ deadlineFrom: '2027-01-01' })).sort(), [...movedIds].sort());
        assert.ok((await inForce({ deadlineTo: '2024-06-30' })).every((id) => !movedIds.includes(id)));
        assert.deepEqual((await inForce({ sort: 'deadline', order: 'desc' })).slice(0, 2).sort(), [...movedIds].sort());
        assert.ok((await inForce({ sort: 'deadline' })).slice(0, 2).every((id) => !movedIds.includes(id)));
        // correcting the item's own deadline leaves the assignment's in force
        const first = (await getCommitment(ledger, movedIds[0]!))!;
        await updateCommitment(ledger, user.id, first.id, first.version, { deadline: '2024-03-31' });
        assert.ok((await inForce({ deadlineFrom: '2027-01-01' })).includes(first.id));

        assert.equal((await listCommitments(ledger, { indicator: 'gdp_growth', kind: 'target' })).items[0].low, 6.5);
        const search = await listCommitments(ledger, { text: '物流园' });
        assert.equal(search.total, 1);
        assert.equal(search.items[0].kind, 'milestone');

        const unit = await createUnit(ledger, null, { name: '县发改局' });
        const item = search.items[0];
        await assign(ledger, user.id, { commitmentId: item.id, leadUnitId: unit.id, schedule: [{ date: '2024-06-30', value: 1 }] });
        await addProgress(ledger, user.id, { commitmentId: item.id, unitId: unit.id, reportedOn: '2024-04-30', state: 'in_progress', note: '完成土地征收' });
        assert.deepEqual((await listCommitments(ledger, { unitId: unit.id })).items.map((c) => c.id), [item.id]);
        const detail = await getCommitmentDetail(ledger, item.id);
        assert.deepEqual(detail?.assignment, { commitmentId: item.id, leadUnitId: unit.id, cooperatingUnitIds: [], confirmed: false, schedule: [{ date: '2024-06-30', value: 1 }], version: 1 });
        assert.deepEqual(detail?.progress.map((p) => p.state), ['in_progress']);
        assert.equal((await listCommitments(ledger, { reviewState: 'confirmed' })).total, 0);

        // confirming records when; a later change keeps it; taking the confirmation back clears it
        const confirmed = await assign(ledger, user.id, { commitmentId: item.id, confirmed: true });
        assert.ok(confirmed.confirmedAt && !Number.isNaN(Date.parse(confirmed.confirmedAt)));
        assert.equal((await getAssignment(ledger, item.id))?.confirmedAt, confirmed.confirmedAt);
        assert.equal((await assign(ledger, user.id, { commitmentId: item.id, leader: '周副县长' })).confirmedAt, confirmed.confirmedAt);
        assert.equal((await assign(ledger, user.id, { commitmentId: item.id, confirmed: false })).confirmedAt, undefined);
        // an office entering its existing 分工 says when it was made
        assert.equal((await assign(ledger, user.id, { commitmentId: item.id, confirmed: true, confirmedOn: '2024-01-20' })).confirmedAt, '2024-01-20');
      }));

    it('backs up a consistent copy while open', () =>
      dialect.withLedger(async (ledger) => {
        const dir = mkdtempSync(join(tmpdir(), 'luoshi-backup-'));
        try {
          const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
          const count = (await listCommitments(ledger, { reportId })).total;
          const result = await backupLedger(ledger, join(dir, 'backup'));
          if (ledger.capabilities.fileBackup) {
            assert.equal(result.kind, 'sqlite');
            const copy = await openLedger({ file: result.path });
            try {
              assert.equal((await listCommitments(copy, { reportId })).total, count);
            } finally {
              await closeLedger(copy);
            }
          } else {
            assert.equal(result.kind, 'json');
            const exported = JSON.parse(readFileSync(result.path, 'utf8')) as { tables: Record<string, unknown[]> };
            assert.equal(exported.tables.commitments.length, count);
            assert.equal(exported.tables.reports.length, 1);
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }));
  });
}
