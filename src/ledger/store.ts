/**
 * The ledger handle, and the one way to write: `transaction(store, actor, fn)`. The function gets a Tx whose
 * `audit()` appends to the audit log inside the same database transaction, so a change and its audit entry
 * are committed together or not at all. Driver constraint errors leave as LedgerErrors.
 */
import type { Kysely, MigrationResult } from 'kysely';
import type { Adapter, Capabilities, DialectName } from './dialect.js';
import type { Database } from './schema.js';
import { constraintError, isLedgerError } from './errors.js';
import { toJson } from './json.js';
import { chunked } from './query.js';

/** Who makes a change: a user's id, or null for the system (imports from the command line, maintenance). */
export type Actor = number | null;

export interface Ledger {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly capabilities: Capabilities;
  /** What the migrations did when the ledger was opened (empty when it was already current). */
  readonly migrations: readonly MigrationResult[];
  /** What the ledger could not set up as it should, in words for the person running it (none: all is well). */
  readonly notes: readonly string[];
  /** The dialect adapter; for the ledger's own modules. */
  readonly adapter: Adapter;
}

/** One audit entry: what was done to which row, with the row before and after (absent for create / delete). */
export interface AuditInput {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** An open transaction: reads and writes through `db`, audit entries through `audit`. */
export interface Tx {
  readonly db: Kysely<Database>;
  readonly actor: Actor;
  readonly ledger: Ledger;
  /** One instant for every row the transaction writes. */
  readonly now: string;
  audit(entries: AuditInput | readonly AuditInput[]): Promise<void>;
}

/** Reads take either the ledger or an open transaction (to read what the transaction has written). */
export type Store = Ledger | Tx;

export const isTx = (store: Store): store is Tx => 'audit' in store;

const versions = new WeakMap<object, number>();
const clocks = new WeakMap<object, () => Date>();

/**
 * A counter that moves on every transaction run through `transaction` on this ledger handle (committed or not),
 * so a reader may cache what it computed from the ledger until the next write. In-process only: a write made by
 * another process (the command line on the same file) is not seen.
 */
export const writeVersion = (ledger: Ledger): number => versions.get(ledger.db) ?? 0;

/**
 * Sets the clock that stamps the rows and audit entries written through this ledger handle (default: the system
 * clock). A server run with a fixed "today" (a demo, a replay, the end-to-end tests) stamps its writes with it,
 * so a progress report entered "today" is entered on that day.
 */
export function setLedgerClock(ledger: Ledger, now: (() => Date) | undefined): void {
  if (now) clocks.set(ledger.db, now);
  else clocks.delete(ledger.db);
}
export const ledgerOf = (store: Store): Ledger => (isTx(store) ? store.ledger : store);

function txOf(ledger: Ledger, db: Kysely<Database>, actor: Actor, now: string): Tx {
  return {
    db,
    actor,
    ledger,
    now,
    async audit(entries) {
      const list = Array.isArray(entries) ? (entries as readonly AuditInput[]) : [entries as AuditInput];
      for (const batch of chunked(list)) {
        await db
          .insertInto('auditLog')
          .values(
            batch.map((e) => ({
              at: now,
              userId: actor,
              action: e.action,
              entity: e.entity,
              entityId: String(e.entityId),
              before: e.before === undefined ? null : toJson(e.before),
              after: e.after === undefined ? null : toJson(e.after),
            })),
          )
          .execute();
      }
    },
  };
}

/**
 * Runs `fn` in one database transaction on behalf of `actor`. Inside another transaction it joins it (so
 * repository functions compose: a bulk assignment is one transaction, not one per row). `subject` names what
 * is being changed, for the error message when a constraint refuses it.
 */
export async function transaction<T>(store: Store, actor: Actor, fn: (tx: Tx) => Promise<T>, subject = 'ledger'): Promise<T> {
  if (isTx(store)) return fn(store.actor === actor ? store : txOf(store.ledger, store.db, actor, store.now));
  const ledger = store;
  const now = (clocks.get(ledger.db) ?? (() => new Date()))().toISOString();
  try {
    return await ledger.db.transaction().execute((trx) => fn(txOf(ledger, trx, actor, now)));
  } catch (e) {
    if (isLedgerError(e)) throw e;
    const constraint = ledger.adapter.constraintOf(e);
    throw constraint ? constraintError(constraint, subject, e) : e;
  } finally {
    versions.set(ledger.db, writeVersion(ledger) + 1);
  }
}
