/**
 * Loading the ledger into the loop's plain data: commitments with their assignment, progress and the day their
 * report starts the year (its date, else Jan 1 of its year), so statuses, lists and scorecards are computed by
 * src/loop exactly as the library does.
 */
import {
  getGovernment,
  getReport,
  getSettings,
  listAssignments,
  listAllCommitments,
  listCommitments,
  listProgress,
  listReports,
  listRequests,
  listUnits,
  MAX_PAGE,
  type Assignment,
  type ChangeRequest,
  type Commitment,
  type CommitmentQuery,
  type Government,
  type Ledger,
  type OfficeSettings,
  type ProgressReport,
  type Report,
  type Store,
  type Unit,
  isTx,
} from '../ledger/index.js';
import { statusOf, withCalendarDays, type LoopItem, type StatusResult } from '../loop/index.js';
import { LuoshiError } from '../errors.js';
import { auditNow, keptWhileUnchanged, ledgerState, unchanged, type LedgerState } from './ledger-state.js';

/** Every commitment matching the filter, in report order (one query). */
export async function allCommitments(store: Store, filter: Omit<CommitmentQuery, 'limit' | 'offset'> = {}): Promise<Commitment[]> {
  if (filter.sort === undefined || filter.sort === 'position') {
    if ((filter.order ?? 'asc') === 'asc') return listAllCommitments(store, filter);
  }
  const out: Commitment[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await listCommitments(store, { ...filter, limit: MAX_PAGE, offset });
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) return out;
  }
}

export const startOf = (report: Pick<Report, 'date' | 'year'> | undefined): string | undefined =>
  report ? (report.date ?? `${report.year}-01-01`) : undefined;

export interface LoopData {
  items: LoopItem[];
  units: Unit[];
  reports: Map<number, Report>;
}

/** Rows grouped by the commitment they are of. */
function byCommitmentOf<T extends { commitmentId: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.commitmentId);
    if (list) list.push(row);
    else map.set(row.commitmentId, [row]);
  }
  return map;
}

/** Items with their assignment, progress, requests, start and the office's thresholds, from rows loaded once each. */
function joined(
  commitments: readonly Commitment[],
  assignments: readonly Assignment[],
  progress: readonly ProgressReport[],
  requests: readonly ChangeRequest[],
  reports: Map<number, Report>,
  settings: Partial<OfficeSettings>,
): LoopItem[] {
  const byCommitment = new Map<number, Assignment>(assignments.map((a) => [a.commitmentId, a]));
  const reported = byCommitmentOf(progress);
  const asked = byCommitmentOf(requests);
  return commitments.map((commitment) => {
    const item: LoopItem = { commitment, progress: reported.get(commitment.id) ?? [] };
    const itemRequests = asked.get(commitment.id);
    if (itemRequests) item.requests = itemRequests;
    if (settings.paceLag) item.paceLag = settings.paceLag;
    if (settings.reportingCycle) item.defaultCycle = settings.reportingCycle;
    const assignment = byCommitment.get(commitment.id);
    if (assignment) item.assignment = assignment;
    const start = startOf(reports.get(commitment.reportId));
    if (start) item.start = start;
    return withCalendarDays(item);
  });
}

/**
 * The whole ledger as loop items, each with its status as of `today` (each item's own reporting cycle), and indexes: loaded with
 * one query per table and computed in one pass, then kept while the ledger's state is unchanged (ledger-state.ts).
 * Shared by every request: callers must not change what they get.
 */
export interface Snapshot {
  today: string;
  /** Every commitment, in report order, with `status` set. */
  items: (LoopItem & { status: StatusResult })[];
  byId: Map<number, LoopItem & { status: StatusResult }>;
  units: Unit[];
  unitById: Map<number, Unit>;
  reports: Map<number, Report>;
}

interface Cached {
  /** The state the snapshot was loaded at (its audit id read from the database before the rows). */
  state: LedgerState;
  snapshot: Promise<Snapshot>;
}
const snapshots = new WeakMap<object, Cached>();

async function loadSnapshot(ledger: Ledger, today: string, loadedAt: (audit: number) => void): Promise<Snapshot> {
  // the audit id first: a write landing while the rows load makes the next read rebuild
  loadedAt(await auditNow(ledger));
  const [commitments, assignments, progress, requests, units, reportList, settings] = await Promise.all([
    listAllCommitments(ledger),
    listAssignments(ledger),
    listProgress(ledger),
    listRequests(ledger),
    listUnits(ledger),
    listReports(ledger),
    getSettings(ledger),
  ]);
  const reports = new Map(reportList.map((r) => [r.id, r]));
  const items = joined(commitments, assignments, progress, requests, reports, settings).map((item) => Object.assign(item, { status: statusOf({ ...item, today }) }));
  return { today, items, byId: new Map(items.map((i) => [i.commitment.id, i])), units, unitById: new Map(units.map((u) => [u.id, u])), reports };
}

/** The snapshot for `today`, if one is computed (or being computed) and nothing was written since. */
export function currentSnapshot(ledger: Ledger, today: string): Promise<Snapshot> | undefined {
  const cached = snapshots.get(ledger.db);
  return cached && unchanged(cached.state, ledgerState(ledger, today)) ? cached.snapshot : undefined;
}

/** The ledger with statuses as of `today`, from the cache when nothing was written since it was computed. */
export function snapshot(ledger: Ledger, today: string): Promise<Snapshot> {
  const current = currentSnapshot(ledger, today);
  if (current) return current;
  const state = ledgerState(ledger, today);
  const entry: Cached = { state, snapshot: loadSnapshot(ledger, today, (audit) => void (state.audit = audit)) };
  snapshots.set(ledger.db, entry);
  entry.snapshot.catch(() => {
    if (snapshots.get(ledger.db) === entry) snapshots.delete(ledger.db);
  });
  return entry.snapshot;
}

/**
 * The commitments given (or all of a report, or all), each with its assignment, progress and start. With `today`
 * (and the ledger itself, not an open transaction), from the snapshot: items then carry their status as of that
 * day under each item's own reporting cycle; drop it (`withoutStatus`) before computing for a cycle the caller imposes.
 */
export async function loopData(store: Store, options: { reportId?: number; commitments?: Commitment[]; today?: string } = {}): Promise<LoopData> {
  if (options.today !== undefined && !isTx(store)) {
    const snap = await snapshot(store, options.today);
    const items = options.commitments
      ? options.commitments.map((c) => snap.byId.get(c.id)).filter((i) => i !== undefined)
      : options.reportId === undefined
        ? snap.items
        : snap.items.filter((i) => i.commitment.reportId === options.reportId);
    return { items, units: snap.units, reports: snap.reports };
  }
  const commitments = options.commitments ?? (await allCommitments(store, options.reportId === undefined ? {} : { reportId: options.reportId }));
  // a page's worth of items: their own rows only
  const ids = options.commitments && commitments.length <= MAX_PAGE ? commitments.map((c) => c.id) : undefined;
  const [assignments, progress, requests, units, reportList, settings] = await Promise.all([
    ids ? listAssignments(store, { commitmentIds: ids }) : listAssignments(store),
    ids ? listProgress(store, { commitmentIds: ids }) : listProgress(store),
    ids ? listRequests(store, { commitmentIds: ids }) : listRequests(store),
    // small tables every page reads: kept between writes (in a transaction, read as it is)
    isTx(store) ? listUnits(store) : keptWhileUnchanged(store, 'units', () => listUnits(store)),
    isTx(store) ? listReports(store) : keptWhileUnchanged(store, 'reports', () => listReports(store)),
    isTx(store) ? getSettings(store) : keptWhileUnchanged(store, 'settings', () => getSettings(store)),
  ]);
  const reports = new Map(reportList.map((r) => [r.id, r]));
  return { items: joined(commitments, assignments, progress, requests, reports, settings), units, reports };
}

/**
 * The loop items of these commitments, in their order, and the units by id: from the current snapshot when it
 * holds them all (statuses already computed), else loaded for these commitments alone — a page costs the same
 * whatever the ledger's size, also right after a write.
 */
export async function itemsFor(ledger: Ledger, commitments: Commitment[], today: string): Promise<{ items: LoopItem[]; unitById: ReadonlyMap<number, Unit> }> {
  const snap = await currentSnapshot(ledger, today);
  if (snap && commitments.every((c) => snap.byId.has(c.id))) return { items: commitments.map((c) => snap.byId.get(c.id)!), unitById: snap.unitById };
  const loaded = await loopData(ledger, { commitments });
  return { items: loaded.items, unitById: new Map(loaded.units.map((u) => [u.id, u])) };
}

/** Items without a precomputed status (to compute them for a reporting cycle the caller imposes on all). */
export const withoutStatus = (items: readonly LoopItem[]): LoopItem[] => items.map(({ status: _s, ...item }) => item);

/** The item's status as of `today`: the one already computed with it, else computed now. */
export const statusOfItem = (item: LoopItem, today: string): StatusResult => item.status ?? statusOf({ ...item, today });

/** A report that must exist, with its government. */
export async function requireReport(store: Store, id: number): Promise<{ report: Report; government?: Government }> {
  const report = await getReport(store, id);
  if (!report) throw new LuoshiError('NO_SUCH_REPORT', `report ${id}`);
  return { report, government: await getGovernment(store, report.governmentId) };
}
