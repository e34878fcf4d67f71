/**
 * Loading the ledger into the loop's plain data: commitments with their assignment, progress and the day their
 * report starts the year (its date, else Jan 1 of its year), so statuses, lists and scorecards are computed by
 * src/loop exactly as the library does.
 */
import {
  getGovernment,
  getReport,
  listAssignments,
  listCommitments,
  listProgress,
  listReports,
  listUnits,
  MAX_PAGE,
  type Assignment,
  type Commitment,
  type CommitmentQuery,
  type Government,
  type ProgressReport,
  type Report,
  type Store,
  type Unit,
} from '../../ledger/index.js';
import { statusOf, type LoopItem, type StatusResult } from '../../loop/index.js';
import { ApiError } from '../errors.js';

/** Every commitment matching the filter, page by page, in report order. */
export async function allCommitments(store: Store, filter: Omit<CommitmentQuery, 'limit' | 'offset'> = {}): Promise<Commitment[]> {
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

/** The commitments given (or all of a report, or all), each with its assignment, progress and start. */
export async function loopData(store: Store, options: { reportId?: number; commitments?: Commitment[] } = {}): Promise<LoopData> {
  const commitments = options.commitments ?? (await allCommitments(store, options.reportId === undefined ? {} : { reportId: options.reportId }));
  const [assignments, progress, units, reportList] = await Promise.all([
    listAssignments(store),
    commitments.length === 1 ? listProgress(store, { commitmentId: commitments[0].id }) : listProgress(store),
    listUnits(store),
    listReports(store),
  ]);
  const byCommitment = new Map<number, Assignment>(assignments.map((a) => [a.commitmentId, a]));
  const reported = new Map<number, ProgressReport[]>();
  for (const p of progress) reported.set(p.commitmentId, [...(reported.get(p.commitmentId) ?? []), p]);
  const reports = new Map(reportList.map((r) => [r.id, r]));
  const items = commitments.map((commitment) => {
    const item: LoopItem = { commitment, progress: reported.get(commitment.id) ?? [] };
    const assignment = byCommitment.get(commitment.id);
    if (assignment) item.assignment = assignment;
    const start = startOf(reports.get(commitment.reportId));
    if (start) item.start = start;
    return item;
  });
  return { items, units, reports };
}

export const statusOfItem = (item: LoopItem, today: string): StatusResult => statusOf({ ...item, today });

/** A report that must exist, with its government. */
export async function requireReport(store: Store, id: number): Promise<{ report: Report; government?: Government }> {
  const report = await getReport(store, id);
  if (!report) throw new ApiError('NOT_FOUND', `report ${id}`);
  return { report, government: await getGovernment(store, report.governmentId) };
}
