/**
 * A page of the ledger table (GET /api/commitments): read, not computed. The ids matching a filter are kept in the
 * order asked while the ledger is unchanged (ledger-state.ts: no write, the same day) — every page of that filter and
 * sort is a slice of them, and its total their count, so a page deep in the table costs what the first does and a
 * filter is counted once. A filter is found in parts (a search, a status, a kind: partsOf), each part's ids read in
 * no order and kept, and the parts met in the order of every item (kept too, one list per sort): the database finds
 * a part's items through its indexes at once but sorts them slowly, and the statuses and kinds asked for in any
 * combination are a few parts read once. Then the page's items are read in one query, each with the status kept
 * with it (kept-status.ts, brought up to today first) and its lead unit, as JSON the database writes, and sent as it
 * is; an item read is kept as well, for the other pages it is on. Bounded: beyond MAX_IDS ids kept, the lists least
 * recently used are dropped, and beyond MAX_ITEM_CHARS the items read first.
 */
import {
  getCommitment,
  listCommitmentIds,
  listedCommitments,
  matchingCommitmentIds,
  type CommitmentQuery,
  type Ledger,
  type ListedCommitment,
} from '../ledger/index.js';
import { keepStatusesUpTo } from './kept-status.js';
import { ledgerState, unchanged, type LedgerState } from './ledger-state.js';
import { itemsFor, statusOfItem } from './loop-data.js';

/** Ids kept across all lists (4 bytes each). */
const MAX_IDS = 4_000_000;
/** Characters of items' JSON kept (two bytes each at most). */
const MAX_ITEM_CHARS = 16_000_000;

interface Ids {
  ids: Promise<Int32Array>;
  /** Counted once the ids are in. */
  size: number;
}

/** What is kept for one state of a ledger. */
interface Table {
  state: LedgerState;
  /** The ids of each query in its order, and of each part of a filter in none (partsOf), by key. */
  byKey: Map<string, Ids>;
  ids: number;
  /** Each item's JSON as listed, with its kept status, by id (oldest first). */
  items: Map<number, string>;
  itemChars: number;
}
const kept = new WeakMap<object, Table>();

/** What is kept for the ledger's state now (nothing yet, when it changed). */
function tableOf(ledger: Ledger, today: string): Table {
  const state = ledgerState(ledger, today);
  let table = kept.get(ledger.db);
  if (!table || !unchanged(table.state, state)) kept.set(ledger.db, (table = { state, byKey: new Map(), ids: 0, items: new Map(), itemChars: 0 }));
  return table;
}

/** An object as a key: its fields in name order. */
const keyOf = (query: object): string =>
  JSON.stringify(Object.entries(query).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The ids `read` gives, kept under `key` for the table's state (read when not kept; the least recently used dropped beyond MAX_IDS). */
function keptIds(table: Table, key: string, read: () => Promise<Int32Array>): Promise<Int32Array> {
  const found = table.byKey.get(key);
  if (found) {
    // most recently used last
    table.byKey.delete(key);
    table.byKey.set(key, found);
    return found.ids;
  }
  const entry: Ids = { ids: read(), size: 0 };
  table.byKey.set(key, entry);
  entry.ids.then(
    (ids) => {
      if (table.byKey.get(key) !== entry) return;
      entry.size = ids.length;
      table.ids += ids.length;
      for (const [oldest, o] of table.byKey) {
        if (table.ids <= MAX_IDS) break;
        table.byKey.delete(oldest);
        table.ids -= o.size;
      }
    },
    () => {
      if (table.byKey.get(key) === entry) table.byKey.delete(key);
    },
  );
  return entry.ids;
}

type Filter = Omit<CommitmentQuery, 'limit' | 'offset' | 'sort' | 'order'>;

/** The filters whose values are alternatives: an item matches one of them (SQL `in`). */
const ALTERNATIVES: readonly (keyof Filter)[] = ['kind', 'role', 'reviewState', 'status'];

/**
 * The filter in parts, each read apart and kept: all the groups must match, and in a group one part. A group per
 * field; a field of alternatives is a part per value — so the statuses, kinds and roles asked together in any
 * combination are the few parts of one value each, read once.
 */
function partsOf(filter: Filter): Filter[][] {
  return Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) =>
      ALTERNATIVES.includes(field as keyof Filter) && Array.isArray(value) && value.length ? value.map((v: unknown) => ({ [field]: [v] })) : [{ [field]: value }],
    );
}

/** Each id's place in a list of every item, plus one (0: not in it), indexed by id; made once per list. */
const placesKept = new WeakMap<Int32Array, Int32Array>();
function placesIn(all: Int32Array): Int32Array {
  let places = placesKept.get(all);
  if (!places) {
    places = new Int32Array(all.reduce((max, id) => Math.max(max, id), 0) + 1);
    for (let i = 0; i < all.length; i++) places[all[i]!] = i + 1;
    placesKept.set(all, places);
  }
  return places;
}

/**
 * The ids that match a part of every group, in the order they have in `all`; undefined when one is not in it
 * (written after `all` was read).
 */
function matchingInOrder(all: Int32Array, groups: readonly (readonly Int32Array[])[]): Int32Array | undefined {
  const places = placesIn(all);
  // at each place, how many groups in a row have matched (a second part of the same group adds nothing)
  const matched = new Uint8Array(all.length);
  for (let g = 0; g < groups.length; g++) {
    for (const ids of groups[g]!) {
      for (let i = 0; i < ids.length; i++) {
        const place = places[ids[i]!];
        if (!place) return undefined;
        if (matched[place - 1] === g) matched[place - 1] = g + 1;
      }
    }
  }
  const found: number[] = [];
  for (let i = 0; i < all.length; i++) if (matched[i] === groups.length) found.push(all[i]!);
  return Int32Array.from(found);
}

/**
 * The ids matching the query, in its order: every item's ids in that order (the query without a filter), and the
 * filter's parts, read in no order, met in it.
 */
async function readIds(ledger: Ledger, table: Table, query: Omit<CommitmentQuery, 'limit' | 'offset'>): Promise<Int32Array> {
  const { sort, order, ...filter } = query;
  const groups = partsOf(filter);
  if (!groups.length) return Int32Array.from(await listCommitmentIds(ledger, query));
  const [all, ...sets] = await Promise.all([
    orderedIds(ledger, table, { sort, order }),
    ...groups.map((parts) => Promise.all(parts.map((part) => keptIds(table, `part ${keyOf(part)}`, async () => Int32Array.from(await matchingCommitmentIds(ledger, part)))))),
  ]);
  return matchingInOrder(all, sets) ?? Int32Array.from(await listCommitmentIds(ledger, query));
}

/** The ids of every item matching `query`, in its order, as kept for the table's state (read when not kept). */
const orderedIds = (ledger: Ledger, table: Table, query: Omit<CommitmentQuery, 'limit' | 'offset'>): Promise<Int32Array> =>
  keptIds(table, keyOf(query), () => readIds(ledger, table, query));

/** The item's JSON with its status computed now (it has none kept: written after the statuses were brought up to date). */
async function withStatusNow(ledger: Ledger, today: string, listed: ListedCommitment): Promise<string> {
  const commitment = await getCommitment(ledger, listed.id);
  if (!commitment) return listed.json;
  const { items } = await itemsFor(ledger, [commitment], today);
  return JSON.stringify({ ...(JSON.parse(listed.json) as object), status: statusOfItem(items[0]!, today) });
}

/** The JSON of the items of these ids, in their order (ids not found left out): those kept, and the others read in one query. */
async function itemsOf(ledger: Ledger, today: string, table: Table, ids: Int32Array): Promise<string[]> {
  const missing = [...ids].filter((id) => !table.items.has(id));
  const read = new Map<number, string>();
  for (const listed of await listedCommitments(ledger, missing)) {
    if (!listed.statusKept) {
      read.set(listed.id, await withStatusNow(ledger, today, listed));
      continue;
    }
    if (!table.items.has(listed.id)) {
      table.items.set(listed.id, listed.json);
      table.itemChars += listed.json.length;
    }
    for (const [oldest, json] of table.items) {
      if (table.itemChars <= MAX_ITEM_CHARS) break;
      table.items.delete(oldest);
      table.itemChars -= json.length;
    }
    read.set(listed.id, listed.json);
  }
  return [...ids].flatMap((id) => table.items.get(id) ?? read.get(id) ?? []);
}

/**
 * The page `query` asks for (limit, offset) of the items matching it, in its order, with their statuses as of
 * `today`: the JSON of the CommitmentPage schema (schemas/commitments.ts), its items as the database wrote them.
 */
export async function ledgerTablePage(ledger: Ledger, today: string, query: CommitmentQuery): Promise<string> {
  const { limit = 50, offset = 0, ...order } = query;
  await keepStatusesUpTo(ledger, today);
  const table = tableOf(ledger, today);
  const ids = await orderedIds(ledger, table, order);
  const items = await itemsOf(ledger, today, table, ids.subarray(offset, offset + limit));
  return `{"items":[${items.join(',')}],"total":${ids.length},"limit":${limit},"offset":${offset}}`;
}
