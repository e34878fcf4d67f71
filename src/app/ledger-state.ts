/**
 * What a reader may cache against: the ledger's state as this process knows it. Anything computed from the
 * ledger (the status snapshot, an answer to a GET, a session lookup) stays right while the state is unchanged.
 *
 * - Writes through this process's ledger handle move `writeVersion` at once.
 * - Writes made by another process on the same database (`luoshi import` while the server runs) are seen through
 *   the latest audit entry id, looked up in the background at most once per FOREIGN_WRITES_POLL_MS: they show
 *   within about a second, and nothing is recomputed just because time passed.
 * - Statuses depend on the day, so the day is part of the state.
 */
import { latestAuditId, writeVersion, type Ledger } from '../ledger/index.js';

const FOREIGN_WRITES_POLL_MS = 1000;

export interface LedgerState {
  version: number;
  /** The latest audit entry id known when the state was taken. */
  audit: number;
  today: string;
}

interface AuditWatch {
  latest: number;
  polledAt: number;
  polling?: Promise<void>;
}
const watches = new WeakMap<object, AuditWatch>();

function watchOf(ledger: Ledger): AuditWatch {
  let watch = watches.get(ledger.db);
  if (!watch) watches.set(ledger.db, (watch = { latest: 0, polledAt: 0 }));
  return watch;
}

/** The latest audit id known for the ledger; starts a background lookup when the last one is old. */
function knownAudit(ledger: Ledger): number {
  const w = watchOf(ledger);
  if (!w.polling && Date.now() - w.polledAt >= FOREIGN_WRITES_POLL_MS) {
    w.polledAt = Date.now();
    w.polling = latestAuditId(ledger)
      .then((id) => void (w.latest = Math.max(w.latest, id)))
      .catch(() => undefined)
      .finally(() => (w.polling = undefined));
  }
  return w.latest;
}

/** The state now, as far as this process knows. */
export const ledgerState = (ledger: Ledger, today: string): LedgerState => ({ version: writeVersion(ledger), audit: knownAudit(ledger), today });

/** The latest audit id read from the database now (and remembered, so the background lookup need not find it again). */
export async function auditNow(ledger: Ledger): Promise<number> {
  const id = await latestAuditId(ledger);
  const w = watchOf(ledger);
  w.latest = Math.max(w.latest, id);
  return id;
}

/** Whether what was computed at `then` is still right at `now`. */
export const unchanged = (then: LedgerState, now: LedgerState): boolean =>
  then.version === now.version && then.audit >= now.audit && then.today === now.today;

interface Kept {
  state: LedgerState;
  value: Promise<unknown>;
}
const keptValues = new WeakMap<object, Map<string, Kept>>();

/**
 * What `load` gives, kept under `name` while the ledger is unchanged (a small table read by many requests: the
 * units, the reports). Shared: callers must not change what they get.
 */
export function keptWhileUnchanged<T>(ledger: Ledger, name: string, load: () => Promise<T>): Promise<T> {
  const state = ledgerState(ledger, '');
  let kept = keptValues.get(ledger.db);
  if (!kept) keptValues.set(ledger.db, (kept = new Map()));
  const entry = kept.get(name);
  if (entry && unchanged(entry.state, state)) return entry.value as Promise<T>;
  const value = load();
  const fresh: Kept = { state, value };
  kept.set(name, fresh);
  const table = kept;
  value.catch(() => {
    if (table.get(name) === fresh) table.delete(name);
  });
  return value;
}
