import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, smallReport, testDialects } from './dialects.js';
import { importReport } from '../../src/ledger/import.js';
import { getCommitment, listCommitments, updateCommitment } from '../../src/ledger/commitments.js';
import { assign } from '../../src/ledger/assignments.js';
import { createUnit } from '../../src/ledger/units.js';
import { auditFor } from '../../src/ledger/audit.js';
import { VersionConflict } from '../../src/ledger/errors.js';
import type { Commitment } from '../../src/ledger/model.js';

for (const dialect of await testDialects()) {
  describe(`optimistic concurrency (${dialect.name})`, { skip: dialect.skip }, () => {
    it('the second writer with the same version gets VersionConflict with the current row; nothing is lost', () =>
      dialect.withLedger(async (ledger) => {
        const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
        const [item] = (await listCommitments(ledger, { reportId, kind: 'target', limit: 1 })).items;
        const seen = item.version;

        const a = await updateCommitment(ledger, null, item.id, seen, { deadline: '2025-09-30' });
        assert.equal(a.version, seen + 1);
        assert.equal(a.reviewState, 'edited');
        await assert.rejects(updateCommitment(ledger, null, item.id, seen, { deadline: '2025-10-31', low: 99 }), (e: unknown) => {
          assert.ok(e instanceof VersionConflict);
          const current = e.current as Commitment;
          assert.equal(current.version, seen + 1);
          assert.equal(current.deadline, '2025-09-30');
          return true;
        });
        const stored = await getCommitment(ledger, item.id);
        assert.equal(stored?.deadline, '2025-09-30');
        assert.equal(stored?.low, item.low);
        assert.equal((await auditFor(ledger, 'commitment', item.id)).filter((e) => e.action === 'update').length, 1);
      }));

    it('two writers at once: exactly one wins', () =>
      dialect.withLedger(async (ledger) => {
        const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
        const [item] = (await listCommitments(ledger, { reportId, kind: 'milestone' })).items;
        const results = await Promise.allSettled([
          updateCommitment(ledger, null, item.id, item.version, { text: '甲' }),
          updateCommitment(ledger, null, item.id, item.version, { text: '乙' }),
        ]);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        assert.ok(lost.reason instanceof VersionConflict);
        const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<Commitment>).value;
        assert.equal((await getCommitment(ledger, item.id))?.text, winner.text);
      }));

    it('assignments are versioned too', () =>
      dialect.withLedger(async (ledger) => {
        const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport()) });
        const [item] = (await listCommitments(ledger, { reportId, kind: 'milestone' })).items;
        const unit = await createUnit(ledger, null, { name: '县住建局' });
        const first = await assign(ledger, null, { commitmentId: item.id, leadUnitId: unit.id });
        await assign(ledger, null, { commitmentId: item.id, leader: '王副县长', expectedVersion: first.version });
        await assert.rejects(assign(ledger, null, { commitmentId: item.id, leader: '赵副县长', expectedVersion: first.version }), VersionConflict);
      }));
  });
}
