/**
 * A page of the ledger table (GET /api/commitments): read, not computed. The ids matching a filter are kept in the
 * order asked while the ledger is unchanged (ledger-state.ts: no write, the same day) — every page of that filter and
 * sort is a slice of them, and its total their count, so a page deep in the table costs what the first does and a
 * filter is counted once; then the page's items are read in one query, each with the status kept with it
 * (kept-status.ts, brought up to today first) and its lead unit, as JSON the database writes, and sent as it is.
 * Bounded: beyond MAX_IDS ids kept, the lists least recently used are dropped.
 */
import { getCommitment, listCommitmentIds, listedCommitments, type CommitmentQuery, type Ledger, type ListedCommitment } from '../ledger/index.js';
import { keepStatusesUpTo } from './kept-status.js';
import { ledgerState, unchanged, type LedgerState } from './ledger-state.js';
import { itemsFor, statusOfItem } from './loop-data.js';

/** Ids kept across all lists (4 bytes each). */
const MAX_IDS = 4_000_000;

interface Order {
  ids: Promise<Int32Array>;
  /** Counted once the ids are in. */
  size: number;
}

interface Orders {
  state: LedgerState;
  byQuery: Map<string, Order>;
  ids: number;
}
const kept = new WeakMap<object, Orders>();

/** The query as a key: its fields in name order. */
const keyOf = (query: CommitmentQuery): string =>
  JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The ids of every item matching `query`, in its order, as kept for the ledger's state now (read when not kept). */
function orderedIds(ledger: Ledger, today: string, query: Omit<CommitmentQuery, 'limit' | 'offset'>): Promise<Int32Array> {
  const state = ledgerState(ledger, today);
  let orders = kept.get(ledger.db);
  if (!orders || !unchanged(orders.state, state)) kept.set(ledger.db, (orders = { state, byQuery: new Map(), ids: 0 }));
  const key = keyOf(query);
  const found = orders.byQuery.get(key);
  if (found) {
    // most recently used last
    orders.byQuery.delete(key);
    orders.byQuery.set(key, found);
    return found.ids;
  }
  const table = orders;
  const order: Order = { ids: listCommitmentIds(ledger, query).then((ids) => Int32Array.from(ids)), size: 0 };
  table.byQuery.set(key, order);
  order.ids.then(
    (ids) => {
      if (table.byQuery.get(key) !== order) return;
      order.size = ids.length;
      table.ids += ids.length;
      for (const [oldest, o] of table.byQuery) {
        if (table.ids <= MAX_IDS) break;
        table.byQuery.delete(oldest);
        table.ids -= o.size;
      }
    },
    () => {
      if (table.byQuery.get(key) === order) table.byQuery.delete(key);
    },
  );
  return order.ids;
}

/** The item's JSON with its status computed now (it has none kept: written after the statuses were brought up to date). */
async function withStatusNow(ledger: Ledger, today: string, listed: ListedCommitment): Promise<string> {
  const commitment = await getCommitment(ledger, listed.id);
  if (!commitment) return listed.json;
  const { items } = await itemsFor(ledger, [commitment], today);
  return JSON.stringify({ ...(JSON.parse(listed.json) as object), status: statusOfItem(items[0]!, today) });
}

/**
 * The page `query` asks for (limit, offset) of the items matching it, in its order, with their statuses as of
 * `today`: the JSON of the CommitmentPage schema (schemas/commitments.ts), its items as the database wrote them.
 */
export async function ledgerTablePage(ledger: Ledger, today: string, query: CommitmentQuery): Promise<string> {
  const { limit = 50, offset = 0, ...order } = query;
  await keepStatusesUpTo(ledger, today);
  const ids = await orderedIds(ledger, today, order);
  const listed = await listedCommitments(ledger, [...ids.subarray(offset, offset + limit)]);
  const items = await Promise.all(listed.map((l) => (l.statusKept ? l.json : withStatusNow(ledger, today, l))));
  return `{"items":[${items.join(',')}],"total":${ids.length},"limit":${limit},"offset":${offset}}`;
}
