/**
 * How many items match a filter of the ledger table, kept while the ledger is unchanged (ledger-state.ts: no write,
 * the same day): every page and every sort of a filter has the same total, so paging through one counts it once —
 * counting is what costs most on a filter matching thousands of items. Bounded: the least recently used are dropped.
 */
import type { CommitmentFilter, Ledger } from '../../ledger/index.js';
import { ledgerState, unchanged, type LedgerState } from './ledger-state.js';

const MAX_TOTALS = 10_000;

interface Totals {
  state: LedgerState;
  byFilter: Map<string, number>;
}
const kept = new WeakMap<object, Totals>();

/** The filter as a key: its fields in name order. */
const keyOf = (filter: CommitmentFilter): string =>
  JSON.stringify(Object.entries(filter).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * What `list` gives for the filter, handed the total when it is known (`list` then need not count) and keeping the
 * one it found otherwise.
 */
export async function withKnownTotal<T extends { total: number }>(
  ledger: Ledger,
  today: string,
  filter: CommitmentFilter,
  list: (total: number | undefined) => Promise<T>,
): Promise<T> {
  const state = ledgerState(ledger, today);
  let totals = kept.get(ledger.db);
  if (!totals || !unchanged(totals.state, state)) kept.set(ledger.db, (totals = { state, byFilter: new Map() }));
  const key = keyOf(filter);
  const known = totals.byFilter.get(key);
  const result = await list(known);
  // most recently used last; a write while listing left `totals` behind, to be replaced by the next call
  totals.byFilter.delete(key);
  totals.byFilter.set(key, result.total);
  if (totals.byFilter.size > MAX_TOTALS) totals.byFilter.delete(totals.byFilter.keys().next().value!);
  return result;
}
