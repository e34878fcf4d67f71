/**
 * A consistent copy of the ledger, taken while the server runs.
 * - SQLite: better-sqlite3's online backup API writes a database file that opens as a ledger.
 * - PostgreSQL: a JSON export of every table read in one REPEATABLE READ transaction (one snapshot), for
 *   inspection and hand-over. It is not a restore tool: for a restorable backup of a PostgreSQL ledger use
 *   `pg_dump` (and `pg_restore`), which also keeps sequences, triggers and permissions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { TABLES } from './schema.js';
import type { Ledger } from './store.js';

export interface BackupResult {
  path: string;
  /** sqlite: a database file; json: { format, at, tables: { name: rows[] } }. */
  kind: 'sqlite' | 'json';
}

export async function backupLedger(ledger: Ledger, path: string): Promise<BackupResult> {
  if (ledger.capabilities.fileBackup && ledger.adapter.backupFile) {
    await ledger.adapter.backupFile(path);
    return { path, kind: 'sqlite' };
  }
  const tables = await ledger.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const out: Record<string, unknown[]> = {};
      // snake_case table names straight through, rows as stored (column names as in the database)
      for (const table of TABLES) out[table] = (await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by 1`.execute(trx)).rows;
      return out;
    });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ format: 'luoshi-ledger-export', version: 1, dialect: ledger.dialect, at: new Date().toISOString(), tables }, null, 1));
  return { path, kind: 'json' };
}
