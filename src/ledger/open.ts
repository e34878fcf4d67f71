/**
 * Opening a ledger: pick the database from the options or the environment, connect, and migrate to the
 * latest schema before anyone reads. SQLite is the default (a file under ./data, created with its schema on
 * first use); PostgreSQL serves a multi-user deployment.
 */
import { CamelCasePlugin, Kysely, sql } from 'kysely';
import { environment } from '../config.js';
import { postgresAdapter, sqliteAdapter, isPostgresUrl, type Adapter } from './dialect.js';
import { LedgerError } from './errors.js';
import { migrateToLatest } from './migrations.js';
import type { Database } from './schema.js';
import type { Ledger } from './store.js';

export const DEFAULT_LEDGER_FILE = './data/luoshi.db';

export interface OpenOptions {
  /**
   * postgres://… for PostgreSQL (…?schema=NAME to keep the ledger in a schema of its own on a shared server);
   * sqlite:PATH or a bare path for SQLite. Default: $LUOSHI_DATABASE_URL.
   */
  url?: string;
  /** A SQLite file, or ":memory:". Used when no url is given and $LUOSHI_DATABASE_URL is unset. */
  file?: string;
  /** PostgreSQL only: the schema to work in (created if missing), e.g. a per-test schema. */
  schema?: string;
}

/** The `schema` parameter of a PostgreSQL URL, taken out (the driver does not know it). */
function schemaOf(url: string): { url: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  if (schema === null) return { url };
  parsed.searchParams.delete('schema');
  return { url: parsed.toString(), schema };
}

function adapterFor(options: OpenOptions): Adapter {
  const url = options.url ?? (options.file === undefined ? environment().databaseUrl : undefined);
  if (url && isPostgresUrl(url)) {
    const { url: server, schema } = schemaOf(url);
    return postgresAdapter(server, options.schema ?? schema);
  }
  const file = url ? url.replace(/^sqlite:(?:\/\/)?/i, '') : (options.file ?? DEFAULT_LEDGER_FILE);
  return sqliteAdapter(file);
}

/** Connects and migrates; throws LedgerError MIGRATION_FAILED (with the migration results) if a migration fails. */
/** Where the ledger is, for a message: a file, or a PostgreSQL URL without its password. */
const whereOf = (options: OpenOptions): string => {
  const url = options.url ?? (options.file === undefined ? environment().databaseUrl : undefined);
  return (url ?? options.file ?? DEFAULT_LEDGER_FILE).replace(/\/\/[^@/]*@/, '//***@');
};

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function openLedger(options: OpenOptions = {}): Promise<Ledger> {
  let adapter: Adapter;
  try {
    adapter = adapterFor(options);
  } catch (e) {
    if (e instanceof LedgerError) throw e;
    // an SQLite file that cannot be created or opened (a folder without write access, not a database)
    throw new LedgerError('UNREACHABLE', whereOf(options), reason(e), { cause: e });
  }
  // migrations see snake_case names, the repositories camelCase ones
  const raw = new Kysely<unknown>({ dialect: adapter.dialect });
  try {
    try {
      await sql`select 1`.execute(raw);
    } catch (e) {
      // a server that does not answer, refuses the login, or has no such database
      throw new LedgerError('UNREACHABLE', whereOf(options), reason(e), { cause: e });
    }
    if (adapter.schema && adapter.schema !== 'public') await sql`create schema if not exists ${sql.id(adapter.schema)}`.execute(raw);
    const { error, results = [] } = await migrateToLatest(raw, adapter);
    if (error) {
      const report = results.map((r) => `${r.migrationName}: ${r.status}`).join(', ');
      throw new LedgerError('MIGRATION_FAILED', adapter.name, `${error instanceof Error ? error.message : String(error)}; ${report}`, {
        cause: error,
      });
    }
    const textIndex = await adapter.indexText(raw);
    const db = raw.withPlugin(new CamelCasePlugin()) as unknown as Kysely<Database>;
    return { db, dialect: adapter.name, capabilities: adapter.capabilities, migrations: results, notes: textIndex ? [textIndex] : [], adapter };
  } catch (e) {
    await raw.destroy();
    throw e;
  }
}

/** Closes the connection (SQLite file or PostgreSQL pool). */
export async function closeLedger(ledger: Ledger): Promise<void> {
  await ledger.db.destroy();
}
