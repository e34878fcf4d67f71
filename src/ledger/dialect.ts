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
  type Expression,
  type RawBuilder,
  type SqlBool,
} from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

export interface Capabilities {
  /** backupLedger writes a database file that opens as a ledger (SQLite); otherwise it writes a JSON export. */
  fileBackup: boolean;
  /** Writers in other processes may run at the same time (PostgreSQL); SQLite serialises writers in this process. */
  concurrentWriters: boolean;
  /** LIKE ignores ASCII case by itself (SQLite), so a search need not lower() every row it looks at. */
  likeIgnoresCase: boolean;
}

/** A named unique constraint over columns (snake_case, as in the database). */
export interface UniqueConstraint {
  name: string;
  columns: readonly string[];
}

/** The clause a CREATE TABLE statement states a unique constraint in, as Kysely writes it for SQLite. */
const uniqueClause = (u: UniqueConstraint) => `constraint "${u.name}" unique (${u.columns.map((c) => `"${c}"`).join(', ')})`;

/**
 * SQLite's way to change a table's constraints (https://sqlite.org/lang_altertable.html#otheralter): with foreign keys
 * off, create the new table from the old one's statement, copy the rows, drop the old, rename the new, make its
 * indexes again, check the foreign keys — all in one transaction, so a failure leaves the table as it was.
 */
async function rebuiltSqliteTable(db: Kysely<unknown>, table: string, from: UniqueConstraint, to: UniqueConstraint): Promise<void> {
  const { rows } = await sql<{ type: string; sql: string | null }>`select type, sql from sqlite_master where tbl_name = ${table} and sql is not null`.execute(db);
  const create = rows.find((r) => r.type === 'table')?.sql;
  if (!create?.includes(uniqueClause(from))) throw new Error(`${table} has no constraint ${from.name} to replace`);
  const rebuilt = `${table}_rebuilt`;
  const statement = create.replace(uniqueClause(from), uniqueClause(to)).replace(`CREATE TABLE "${table}"`, `CREATE TABLE "${rebuilt}"`);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    try {
      await sql.raw(statement).execute(db);
      await sql`insert into ${sql.table(rebuilt)} select * from ${sql.table(table)}`.execute(db);
      await sql`drop table ${sql.table(table)}`.execute(db);
      await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(table)}`.execute(db);
      for (const other of rows.filter((r) => r.type !== 'table')) await sql.raw(other.sql!).execute(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length) throw new Error(`rebuilding ${table} broke ${broken.rows.length} foreign keys`);
      await sql`commit`.execute(db);
    } catch (e) {
      await sql`rollback`.execute(db);
      throw e;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** The kinds of constraint a write can break; the ledger turns each into a LedgerError. */
export type Constraint = 'unique' | 'foreign_key' | 'check' | 'not_null' | 'append_only';

export interface Adapter {
  name: DialectName;
  capabilities: Capabilities;
  dialect: Dialect;
  /** Makes `col` an auto-incrementing integer primary key. */
  identity(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** The column type of bytes (an upload's parts). */
  bytesType: 'blob' | 'bytea';
  /** Refuses UPDATE and DELETE on `table` from now on (the audit log, progress reports). */
  appendOnly(db: Kysely<unknown>, table: string): Promise<void>;
  /**
   * Refuses TRUNCATE on an append-only `table` (PostgreSQL: row triggers do not fire on it). SQLite has no
   * TRUNCATE: its DELETE without WHERE runs the delete trigger like any other.
   */
  noTruncate(db: Kysely<unknown>, table: string): Promise<void>;
  /**
   * Replaces the unique constraint `from` of `table` by `to` (a migration widening which rows may share values).
   * SQLite cannot drop a constraint: it rebuilds the table, its rows and indexes kept, in one transaction.
   */
  replaceUnique(db: Kysely<unknown>, table: string, from: UniqueConstraint, to: UniqueConstraint): Promise<void>;
  /** Which constraint the driver error `e` reports, if it is a constraint violation. */
  constraintOf(e: unknown): Constraint | undefined;
  /** A consistent copy of the database file at `path`, taken while it is in use (SQLite only). */
  backupFile?(path: string): Promise<void>;
  /**
   * Makes the index that substring searches of the items' text and section heading use, unless it is there (at
   * every open, after the migrations: on PostgreSQL it needs an extension that may only be installed later);
   * returns why there is none when it cannot be made (searches then scan the items).
   */
  indexText(db: Kysely<unknown>): Promise<string | undefined>;
  /**
   * The items that may contain `text` (lowercased) in their text or section heading, from that index, as a
   * condition on commitments; undefined where LIKE uses the index by itself, or none serves a text that short.
   */
  textCandidates(text: string): RawBuilder<SqlBool> | undefined;
  /**
   * JSON written by the database (a page of the ledger table is sent as the database writes it): a value as JSON text
   * (a string quoted, a number written out; NULL stays NULL), and the values of the rows aggregated as a JSON array,
   * in the order of `orderBy` (ORDER BY terms; empty when there are none).
   */
  json: {
    quote(value: Expression<unknown>): RawBuilder<string>;
    array(value: Expression<unknown>, orderBy: readonly Expression<unknown>[]): RawBuilder<string>;
  };
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

/** An aggregate's ORDER BY clause of these terms (nothing when there are none: the rows' order is left to the database). */
const inOrder = (terms: readonly Expression<unknown>[]) => (terms.length ? sql` order by ${sql.join(terms)}` : sql``);

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
    capabilities: { fileBackup: true, concurrentWriters: false, likeIgnoresCase: true },
    dialect: new SqliteDialect({ database: keepingStatements(database) }),
    identity: (col) => col.primaryKey().autoIncrement(),
    bytesType: 'blob',
    async appendOnly(db, table) {
      for (const event of ['update', 'delete']) {
        await sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${sql.table(table)}
          begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
      }
    },
    noTruncate: async () => undefined,
    replaceUnique: rebuiltSqliteTable,
    constraintOf: (e) => SQLITE_CONSTRAINTS[codeOf(e) ?? ''],
    async backupFile(path) {
      mkdirSync(dirname(path), { recursive: true });
      await database.backup(path);
    },
    json: {
      // json_quote writes NULL as the text null
      quote: (value) => sql<string>`iif(${value} is null, null, json_quote(${value}))`,
      array: (value, orderBy) => sql<string>`json_group_array(${value}${inOrder(orderBy)})`,
    },
    indexText: ftsTrigramIndex,
    // three characters or more: the phrase's trigrams in a row are the substring (quotes doubled inside it); one or
    // two: the trigrams that begin with them (every place in a text begins one, the text being padded). LIKE then
    // checks each candidate
    textCandidates: (text) =>
      [...text].length < 3
        ? sql<SqlBool>`commitments.id in (select doc from commitments_text_trigrams where term >= ${text} and term < ${`${text}${LAST_CHARACTER}`})`
        : sql<SqlBool>`commitments.id in (select rowid from commitments_text where commitments_text match ${`"${text.replaceAll('"', '""')}"`})`,
  };
}

/** Two characters no text holds, after each text indexed: every character of the text then begins a trigram. */
const PAD = sql`char(1, 1)`;
/** Sorts after any character that follows a text searched for: the end of the range of trigrams beginning with it. */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff);
/** The index's definition, as SQLite keeps it: an index made by an earlier version is made again. */
const TEXT_INDEX = `CREATE VIRTUAL TABLE commitments_text using fts5(text, section, content = '', contentless_delete = 1, tokenize = 'trigram')`;

/**
 * SQLite: an FTS5 table with the trigram tokenizer (any three characters, so Chinese text needs no word breaking)
 * over the items' text and section heading, each padded with two characters no text holds, so that every place in
 * a text begins a trigram; and its vocabulary (fts5vocab), where the trigrams that begin with a text of one or two
 * characters are a range — most Chinese words are two characters, and a search of them reads the places they
 * stand, not every item. The table keeps no copy of the text (contentless; commitments holds it) and is kept by
 * triggers on every write to those two columns.
 */
async function ftsTrigramIndex(db: Kysely<unknown>): Promise<undefined> {
  const { rows } = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'commitments_text'`.execute(db);
  if (rows[0]?.sql === TEXT_INDEX) return undefined;
  await db.transaction().execute(async (trx) => {
    for (const trigger of ['insert', 'delete', 'update']) await sql`drop trigger if exists ${sql.id(`commitments_text_${trigger}`)}`.execute(trx);
    await sql`drop table if exists commitments_text_trigrams`.execute(trx);
    await sql`drop table if exists commitments_text`.execute(trx);
    await sql.raw(TEXT_INDEX).execute(trx);
    await sql`create virtual table commitments_text_trigrams using fts5vocab(commitments_text, 'instance')`.execute(trx);
    await sql`insert into commitments_text (rowid, text, section) select id, text || ${PAD}, section || ${PAD} from commitments`.execute(trx);
    const add = sql`insert into commitments_text (rowid, text, section) values (new.id, new.text || ${PAD}, new.section || ${PAD})`;
    const remove = sql`delete from commitments_text where rowid = old.id`;
    await sql`create trigger commitments_text_insert after insert on commitments begin ${add}; end`.execute(trx);
    await sql`create trigger commitments_text_delete after delete on commitments begin ${remove}; end`.execute(trx);
    await sql`create trigger commitments_text_update after update of text, section on commitments begin ${remove}; ${add}; end`.execute(trx);
  });
  return undefined;
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
    capabilities: { fileBackup: false, concurrentWriters: true, likeIgnoresCase: false },
    dialect: new LedgerPostgresDialect({ pool }, schema ?? 'public'),
    identity: (col) => col.generatedByDefaultAsIdentity().primaryKey(),
    bytesType: 'bytea',
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
    async replaceUnique(db, table, from, to) {
      await sql`alter table ${sql.table(table)} drop constraint ${sql.id(from.name)}`.execute(db);
      await db.schema.alterTable(table).addUniqueConstraint(to.name, [...to.columns]).execute();
    },
    constraintOf: (e) => POSTGRES_CONSTRAINTS[codeOf(e) ?? ''],
    json: {
      quote: (value) => sql<string>`cast(to_json(${value}) as text)`,
      array: (value, orderBy) => sql<string>`cast(coalesce(json_agg(${value}${inOrder(orderBy)}), '[]') as text)`,
    },
    indexText: (db) => textIndexes(db, schema ?? 'public'),
    // LIKE uses the trigram indexes by itself for three characters or more; one or two are looked up among the grams
    textCandidates: (text) =>
      [...text].length >= 3
        ? undefined
        : sql<SqlBool>`(commitment_grams(lower(commitments.text)) @> array[cast(${text} as text)] or commitment_grams(lower(commitments.section)) @> array[cast(${text} as text)])`,
  };
}

const TEXT_INDEXES = ['commitments_text_grams', 'commitments_section_grams', 'commitments_text_trgm', 'commitments_section_trgm'];

/**
 * PostgreSQL: GIN trigram indexes (pg_trgm) on lower(text) and lower(section), which `lower(…) LIKE '%…%'` uses
 * by itself for three characters or more; and GIN indexes on each one's one- and two-character grams (a function
 * of the ledger's own), for the shorter texts trigrams cannot serve — most Chinese words are two characters. The
 * extension is made in public, never in the ledger's schema: dropping that schema would drop the extension, and
 * with it the indexes of every other ledger on the server. A short pending list (256 kB, not 4 MB): an import's
 * rows are merged into the index in batches as it goes, not left in a list every search reads through until the
 * next vacuum (a tenth of the search rate after a large import), nor each written into it one by one (imports
 * three times slower).
 */
async function textIndexes(db: Kysely<unknown>, schema: string): Promise<string | undefined> {
  const made = async () =>
    (await sql<{ n: string | number }>`select count(*) as n from pg_catalog.pg_indexes where schemaname = ${schema} and indexname in (${sql.join(TEXT_INDEXES)})`.execute(db)).rows.map((r) => Number(r.n))[0] ===
    TEXT_INDEXES.length;
  if (await made()) return undefined;
  // another process opening the same ledger may be making them too: what counts is that they are there after
  const attempt = (make: () => Promise<unknown>) => make().then(() => undefined, (e: unknown) => (e instanceof Error ? e.message : String(e)));
  const grams = await attempt(async () => {
    // plpgsql, so that no query inlines it: the index is found by the call itself
    await sql`create or replace function commitment_grams(t text) returns text[] language plpgsql immutable strict parallel safe as $$
      begin return array(select distinct g from generate_series(1, length(t)) i, lateral (values (substr(t, i, 1)), (substr(t, i, 2))) v(g)); end $$`.execute(db);
    await sql`create index if not exists commitments_text_grams on commitments using gin (commitment_grams(lower(text))) with (gin_pending_list_limit = 256)`.execute(db);
    await sql`create index if not exists commitments_section_grams on commitments using gin (commitment_grams(lower(section))) with (gin_pending_list_limit = 256)`.execute(db);
  });
  const trigrams = await attempt(async () => {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db).catch(() => undefined);
    const { rows } = await sql<{ schema: string }>`select n.nspname as schema from pg_catalog.pg_extension e
      join pg_catalog.pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
    if (!rows.length) await sql`create extension pg_trgm with schema public`.execute(db);
    const ops = sql`${sql.id(rows[0]?.schema ?? 'public')}.gin_trgm_ops`;
    await sql`create index if not exists commitments_text_trgm on commitments using gin (lower(text) ${ops}) with (gin_pending_list_limit = 256)`.execute(db);
    await sql`create index if not exists commitments_section_trgm on commitments using gin (lower(section) ${ops}) with (gin_pending_list_limit = 256)`.execute(db);
  });
  const missing = [grams && `of one or two characters (${grams})`, trigrams && `of three or more (the pg_trgm extension: ${trigrams})`].filter(Boolean);
  if (!missing.length || (await made())) return undefined;
  return `text searches ${missing.join(' and ')} scan the items: their index could not be made`;
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
