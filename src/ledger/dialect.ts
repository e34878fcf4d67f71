/**
 * Everything that differs between SQLite and PostgreSQL, in one small adapter (after kysely's own dialect
 * adapters): how a connection is made, an identity column, an append-only trigger, how the driver names a
 * broken constraint, and a file backup. The rest of the ledger is written once, against portable SQL, and
 * asks the capability flags when it must choose.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { LedgerError } from './errors.js';
import {
  PostgresDialect,
  SqliteDialect,
  sql,
  type ColumnDefinitionBuilder,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type Dialect,
  type Kysely,
  type SchemaMetadata,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteStatement,
  type TableMetadata,
} from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface Capabilities {
  /** backupLedger writes a database file that opens as a ledger (SQLite); otherwise it writes a JSON export. */
  fileBackup: boolean;
  /** Writers in other processes may run at the same time (PostgreSQL); SQLite serialises writers in this process. */
  concurrentWriters: boolean;
}

/** The kinds of constraint a write can break; the ledger turns each into a LedgerError. */
export type Constraint = 'unique' | 'foreign_key' | 'check' | 'not_null' | 'append_only';

export interface Adapter {
  name: DialectName;
  capabilities: Capabilities;
  dialect: Dialect;
  /** Makes `col` an auto-incrementing integer primary key. */
  identity(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Refuses UPDATE and DELETE on `table` from now on (the audit log, progress reports). */
  appendOnly(db: Kysely<unknown>, table: string): Promise<void>;
  /**
   * Refuses TRUNCATE on an append-only `table` (PostgreSQL: row triggers do not fire on it). SQLite has no
   * TRUNCATE: its DELETE without WHERE runs the delete trigger like any other.
   */
  noTruncate(db: Kysely<unknown>, table: string): Promise<void>;
  /** Which constraint the driver error `e` reports, if it is a constraint violation. */
  constraintOf(e: unknown): Constraint | undefined;
  /** A consistent copy of the database file at `path`, taken while it is in use (SQLite only). */
  backupFile?(path: string): Promise<void>;
  /**
   * PostgreSQL: the schema the ledger lives in. Kysely's migrator looks for its own tables in every schema
   * unless told which one, so another ledger on the same server (a test's schema) would hide a missing one.
   */
  schema?: string;
}

const SQLITE_CONSTRAINTS: Record<string, Constraint> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  SQLITE_CONSTRAINT_TRIGGER: 'append_only',
};

/** PostgreSQL SQLSTATE codes (Appendix A); P0001 is RAISE EXCEPTION, used only by the append-only trigger. */
const POSTGRES_CONSTRAINTS: Record<string, Constraint> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
  P0001: 'append_only',
};

const codeOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined;

/** Compiled statements kept per connection; queries with IN lists of many lengths pass through without crowding out the rest. */
const STATEMENT_CACHE = 256;

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles SQL on every prepare(); a ledger runs the same
 * few hundred texts over and over, so the compiled statements are kept (least recently used dropped first).
 * SQLite recompiles a kept statement by itself after a schema change, and Kysely's driver runs one query at a
 * time per connection, so a statement is never in use twice.
 */
function keepingStatements(database: SqliteDatabase.Database): KyselySqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(text) {
      let statement = kept.get(text);
      if (statement) kept.delete(text);
      else {
        statement = database.prepare(text) as unknown as SqliteStatement;
        if (kept.size >= STATEMENT_CACHE) kept.delete(kept.keys().next().value!);
      }
      kept.set(text, statement);
      return statement;
    },
  };
}

/** SQLite through better-sqlite3: `file` is a path or ":memory:". */
export function sqliteAdapter(file: string): Adapter {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file);
  // SQLite leaves foreign keys off unless asked, per connection; WAL lets readers and a backup run beside a writer.
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  return {
    name: 'sqlite',
    capabilities: { fileBackup: true, concurrentWriters: false },
    dialect: new SqliteDialect({ database: keepingStatements(database) }),
    identity: (col) => col.primaryKey().autoIncrement(),
    async appendOnly(db, table) {
      for (const event of ['update', 'delete']) {
        await sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${sql.table(table)}
          begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
      }
    },
    noTruncate: async () => undefined,
    constraintOf: (e) => SQLITE_CONSTRAINTS[codeOf(e) ?? ''],
    async backupFile(path) {
      mkdirSync(dirname(path), { recursive: true });
      await database.backup(path);
    },
  };
}

/** Schema names are interpolated into the connection options, so only plain identifiers are accepted. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The schema name, if it is a plain identifier; refused otherwise (it is written into SQL and options). */
function plainSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new LedgerError('INVALID_VALUE', 'schema', `not a plain schema name: ${schema}`);
  return schema;
}

/**
 * What Kysely's migrator asks of the catalog (which schemas and tables exist), read from pg_catalog for the
 * ledger's own schema only. Kysely's own introspector reads every table of every schema, which fails when
 * another ledger's schema on the same server is dropped meanwhile (tests in parallel: "schema … does not exist").
 */
class LedgerSchemaIntrospector implements DatabaseIntrospector {
  constructor(
    private readonly db: Kysely<unknown>,
    private readonly schema: string,
  ) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{ name: string }>`select nspname as name from pg_catalog.pg_namespace`.execute(this.db);
    return rows.map(({ name }) => ({ name }));
  }

  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string }>`select c.relname as name from pg_catalog.pg_class c
      join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${this.schema} and c.relkind in ('r', 'p')`.execute(this.db);
    return rows.map(({ name }) => ({ name, schema: this.schema, isView: false, columns: [] }));
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

class LedgerPostgresDialect extends PostgresDialect {
  constructor(
    config: ConstructorParameters<typeof PostgresDialect>[0],
    private readonly schema: string,
  ) {
    super(config);
  }

  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new LedgerSchemaIntrospector(db, this.schema);
  }
}

/** The trigger function refusing a change to an append-only table (its SQLSTATE, P0001, reads as append_only). */
const refusing = (db: Kysely<unknown>) =>
  sql`create or replace function luoshi_append_only() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$`.execute(db);

/** PostgreSQL through pg. `schema`, when given, becomes the search path (tests isolate themselves this way). */
export function postgresAdapter(url: string, schema?: string): Adapter {
  if (schema !== undefined) plainSchema(schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return {
    name: 'postgres',
    schema: schema ?? 'public',
    capabilities: { fileBackup: false, concurrentWriters: true },
    dialect: new LedgerPostgresDialect({ pool }, schema ?? 'public'),
    identity: (col) => col.generatedByDefaultAsIdentity().primaryKey(),
    async appendOnly(db, table) {
      await refusing(db);
      await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
        for each row execute function luoshi_append_only()`.execute(db);
    },
    async noTruncate(db, table) {
      await refusing(db);
      await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
        for each statement execute function luoshi_append_only()`.execute(db);
    },
    constraintOf: (e) => POSTGRES_CONSTRAINTS[codeOf(e) ?? ''],
  };
}

export const isPostgresUrl = (url: string): boolean => /^postgres(?:ql)?:\/\//i.test(url);

/** Why no PostgreSQL answers at `url` (to skip or refuse with the reason), or undefined when one does. */
export async function postgresUnreachable(url: string, timeoutMs = 3000): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops a ledger's schema and everything in it (a test's or a benchmark's ledger on a shared server). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  plainSchema(schema);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
