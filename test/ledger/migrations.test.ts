import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator, sql } from 'kysely';
import { dropSchema, POSTGRES_URL, testDialects, type TestDialect } from './dialects.js';
import { postgresAdapter, sqliteAdapter, type Adapter } from '../../src/ledger/dialect.js';
import { migrationsFor } from '../../src/ledger/migrations.js';
import { closeLedger, openLedger, type OpenOptions } from '../../src/ledger/open.js';
import { TABLES } from '../../src/ledger/schema.js';
import { transaction } from '../../src/ledger/store.js';
import { createUnit } from '../../src/ledger/units.js';
import { addProgress } from '../../src/ledger/progress.js';
import { createUser } from '../../src/ledger/users.js';
import { assign, getAssignment, listAssignments } from '../../src/ledger/assignments.js';
import { isLedgerError } from '../../src/ledger/errors.js';

const hasCode = (code: string) => (e: unknown) => isLedgerError(e) && e.code === code;

/**
 * Runs `fn` with a database of this dialect migrated up to `last` only, as a ledger installed then left it, with the
 * rows `seed` writes at that schema.
 */
async function withDatabaseAt<T>(
  dialect: TestDialect['name'],
  last: string,
  fn: (options: OpenOptions) => Promise<T>,
  seed?: (db: Kysely<unknown>) => Promise<void>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-migrations-'));
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const options: OpenOptions = dialect === 'sqlite' ? { file: join(dir, 'ledger.db') } : { url: POSTGRES_URL, schema };
  const adapter: Adapter = dialect === 'sqlite' ? sqliteAdapter(options.file!) : postgresAdapter(POSTGRES_URL, schema);
  const db = new Kysely<unknown>({ dialect: adapter.dialect });
  try {
    if (dialect === 'postgres') await sql`create schema ${sql.id(schema)}`.execute(db);
    const migrations = migrationsFor(adapter);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(adapter.schema ? { migrationTableSchema: adapter.schema } : {}) });
    const { error } = await migrator.migrateTo(last);
    assert.equal(error, undefined);
    await seed?.(db);
    await db.destroy();
    return await fn(options);
  } finally {
    await db.destroy().catch(() => undefined);
    if (dialect === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  }
}

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
            ['0010_audit_no_truncate', 'Success'],
            ['0011_import_jobs', 'Success'],
            ['0012_kept_status', 'Success'],
            ['0013_kept_results_upload_parts', 'Success'],
            ['0014_splits', 'Success'],
            ['0015_bulletins', 'Success'],
            ['0016_settings', 'Success'],
            ['0017_deliveries', 'Success'],
            ['0018_reporting_cycles', 'Success'],
            ['0019_requests', 'Success'],
            ['0021_item_replacements', 'Success'],
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

    it('migrates a database at 0008 with the migrations after it, in name order', () =>
      withDatabaseAt(dialect.name, '0008_deadline_in_force_kept', async (options) => {
        const ledger = await openLedger(options);
        try {
          const later = Object.keys(migrationsFor(ledger.adapter))
            .filter((name) => name > '0008_deadline_in_force_kept')
            .sort();
          assert.ok(later.includes('0010_audit_no_truncate'));
          assert.deepEqual(
            ledger.migrations.map((m) => [m.migrationName, m.status]),
            later.map((name) => [name, 'Success']),
          );
          await createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$x', role: 'admin' });
          const truncate = dialect.name === 'postgres' ? 'truncate audit_log' : 'delete from audit_log';
          await assert.rejects(
            transaction(ledger, null, (tx) => sql.raw(truncate).execute(tx.db)),
            hasCode('APPEND_ONLY'),
          );
        } finally {
          await closeLedger(ledger);
        }
      }));

    it('migrates reports stored before bulletins as reports, and then keeps a bulletin beside one of the same year', () =>
      withDatabaseAt(
        dialect.name,
        '0012_kept_status',
        async (options) => {
          const ledger = await openLedger(options);
          try {
            const reports = () => sql<{ kind: string; year: number }>`select kind, year from reports order by id`.execute(ledger.db);
            assert.deepEqual((await reports()).rows, [{ kind: 'report', year: 2024 }]);
            const bulletin = sql`insert into reports (government_id, year, kind, source_hash, name, format, encoding, original_text, cleaned_text, edits, structure, published, created_at, updated_at)
              values (1, 2024, 'bulletin', 'b', 'b.txt', 'text', 'utf-8', '', '', '[]', '{}', 0, '', '')`;
            await transaction(ledger, null, (tx) => bulletin.execute(tx.db));
            assert.deepEqual((await reports()).rows, [{ kind: 'report', year: 2024 }, { kind: 'bulletin', year: 2024 }]);
            // still one of each kind a year, and the commitments still refer to their report
            await assert.rejects(transaction(ledger, null, (tx) => bulletin.execute(tx.db)), hasCode('DUPLICATE'));
            await assert.rejects(
              transaction(ledger, null, (tx) => sql`delete from reports where kind = 'report'`.execute(tx.db)),
              hasCode('INVALID_REFERENCE'),
            );
          } finally {
            await closeLedger(ledger);
          }
        },
        async (db) => {
          await sql`insert into governments (region, level, created_at) values ('石桥县', 'county', '')`.execute(db);
          await sql`insert into reports (government_id, year, source_hash, name, format, encoding, original_text, cleaned_text, edits, structure, published, created_at, updated_at)
            values (1, 2024, 'r', 'r.txt', 'text', 'utf-8', '', '', '[]', '{}', 0, '', '')`.execute(db);
          await sql`insert into commitments (report_id, key, kind, text, span_start, span_end, role, named_lead_units, named_units, review_state, stale, version, created_at, updated_at)
            values (1, 'k', 'target', 't', 0, 1, 'other', '[]', '[]', 'extracted', 0, 1, '', '')`.execute(db);
        },
      ));

    it('keeps assignments made before reporting cycles on the office default, and then keeps an own cycle', () =>
      withDatabaseAt(
        dialect.name,
        '0017_deliveries',
        async (options) => {
          const ledger = await openLedger(options);
          try {
            const [before] = await listAssignments(ledger);
            assert.equal(before?.reportingCycle, undefined);
            const after = await assign(ledger, null, { commitmentId: 1, reportingCycle: { kind: 'quarterly', dueDay: 10 } });
            assert.deepEqual(after.reportingCycle, { kind: 'quarterly', dueDay: 10 });
            assert.deepEqual((await getAssignment(ledger, 1))?.reportingCycle, { kind: 'quarterly', dueDay: 10 });
            assert.equal((await assign(ledger, null, { commitmentId: 1, reportingCycle: null })).reportingCycle, undefined);
            await assert.rejects(assign(ledger, null, { commitmentId: 1, reportingCycle: { kind: 'once', dueOn: '2025-13-01' } }), hasCode('INVALID_VALUE'));
          } finally {
            await closeLedger(ledger);
          }
        },
        async (db) => {
          await sql`insert into governments (region, level, created_at) values ('石桥县', 'county', '')`.execute(db);
          await sql`insert into reports (government_id, year, kind, source_hash, name, format, encoding, original_text, cleaned_text, edits, structure, published, created_at, updated_at)
            values (1, 2024, 'report', 'r', 'r.txt', 'text', 'utf-8', '', '', '[]', '{}', 0, '', '')`.execute(db);
          await sql`insert into commitments (report_id, key, kind, text, span_start, span_end, role, named_lead_units, named_units, review_state, stale, version, created_at, updated_at)
            values (1, 'k', 'task', 't', 0, 1, 'other', '[]', '[]', 'extracted', 0, 1, '', '')`.execute(db);
          await sql`insert into assignments (commitment_id, confirmed, version, created_at, updated_at) values (1, 1, 1, '', '')`.execute(db);
        },
      ));

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
