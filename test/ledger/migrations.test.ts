import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDialects } from './dialects.js';
import { TABLES } from '../../src/ledger/schema.js';
import { transaction } from '../../src/ledger/store.js';
import { createUnit } from '../../src/ledger/units.js';
import { addProgress } from '../../src/ledger/progress.js';
import { createUser } from '../../src/ledger/users.js';
import { isLedgerError } from '../../src/ledger/errors.js';

const hasCode = (code: string) => (e: unknown) => isLedgerError(e) && e.code === code;

for (const dialect of await testDialects()) {
  describe(`migrations and constraints (${dialect.name})`, { skip: dialect.skip }, () => {
    it('migrates an empty database to the latest schema, and a current one not at all', () =>
      dialect.withLedger(async (ledger, openAgain) => {
        assert.deepEqual(
          ledger.migrations.map((m) => [m.migrationName, m.status]),
          [
            ['0001_ledger', 'Success'],
            ['0002_commitment_order', 'Success'],
            ['0003_commitment_sorts', 'Success'],
            ['0004_report_given', 'Success'],
            ['0005_deadline_in_force', 'Success'],
            ['0006_assignment_confirmed_at', 'Success'],
            ['0007_user_disabled', 'Success'],
            ['0008_deadline_in_force_kept', 'Success'],
            ['0009_login_attempts', 'Success'],
          ],
        );
        for (const table of TABLES) {
          const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(ledger.db);
          assert.equal(Number(rows[0].n), 0, table);
        }
        const again = await openAgain();
        assert.deepEqual(again.migrations, []);
        assert.equal(again.dialect, dialect.name);
      }));

    it('enforces foreign keys, enum checks and the append-only audit log', () =>
      dialect.withLedger(async (ledger) => {
        const admin = await createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$x', role: 'admin' });
        const unit = await createUnit(ledger, admin.id, { name: '县发改局' });
        await assert.rejects(
          addProgress(ledger, admin.id, { commitmentId: 9999, unitId: unit.id, reportedOn: '2025-03-31', note: '' }),
          hasCode('INVALID_REFERENCE'),
        );
        await assert.rejects(
          createUser(ledger, admin.id, { username: 'x', passwordHash: 'h', role: 'unit_editor' }),
          hasCode('INVALID_VALUE'),
        );
        await assert.rejects(
          transaction(ledger, admin.id, (tx) => tx.db.updateTable('users').set({ role: 'emperor' }).where('id', '=', admin.id).execute()),
          hasCode('INVALID_VALUE'),
        );
        await assert.rejects(
          transaction(ledger, admin.id, (tx) => tx.db.updateTable('auditLog').set({ action: 'forged' }).execute()),
          hasCode('APPEND_ONLY'),
        );
        await assert.rejects(
          transaction(ledger, admin.id, (tx) => tx.db.deleteFrom('auditLog').execute()),
          hasCode('APPEND_ONLY'),
        );
        const { rows } = await sql<{ n: number | string }>`select count(*) as n from audit_log`.execute(ledger.db);
        assert.equal(Number(rows[0].n), 2);
      }));
  });
}
