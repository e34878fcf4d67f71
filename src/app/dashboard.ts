/**
 * 领导驾驶舱 in one pass over the snapshot (statuses as of today): status counts overall, by section and by lead
 * unit with the red/amber/green picture, deadlines ahead (30 and 90 days), the overdue list, and the scorecards.
 * Items counted are those the loop follows (status other than not_tracked: no achievements, nothing rejected or
 * stale). `pendingRequests`: the requests (办结, adjustments, extensions) waiting for the office, on any item counted.
 */
import { addDays, daysBetween } from '../calendar/index.js';
import { scorecards, type LoopItem, type Scorecard, type Status, type StatusResult } from '../loop/index.js';
import type { Snapshot } from './loop-data.js';

export const TRACKED_STATUSES = ['on_track', 'at_risk', 'behind', 'done', 'pending_closure', 'overdue', 'missed', 'no_data'] as const satisfies readonly Status[];
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];
export type Rag = 'green' | 'amber' | 'red' | 'none';
// 待审核办结 is green: the unit says the work is done, the office has yet to agree
export const RAG_OF: Record<TrackedStatus, Rag> = { on_track: 'green', done: 'green', pending_closure: 'green', at_risk: 'amber', behind: 'amber', overdue: 'red', missed: 'red', no_data: 'none' };

/** Items counted: by status and by colour. */
export interface Tally {
  total: number;
  statuses: Record<TrackedStatus, number>;
  rag: Record<Rag, number>;
}

export interface DashboardEntry {
  id: number;
  text: string;
  status: TrackedStatus;
  due?: string;
  unitId?: number;
  unitName?: string;
  daysLate?: number;
}

/** A list's first items and how many there are in all. */
interface EntryList {
  count: number;
  items: DashboardEntry[];
}

/** The dashboard (the API's DashboardResponse schema, schemas/loop.ts, describes each field). */
export interface Dashboard {
  today: string;
  reportId?: number;
  notTracked: number;
  pendingRequests: number;
  overall: Tally;
  bySection: (Tally & { section: string | null })[];
  byUnit: (Tally & { unitId?: number; unitName: string })[];
  due30: EntryList;
  due90: EntryList;
  overdue: EntryList;
  year: number;
  scorecards: Scorecard[];
}

const tally = (): Tally => ({
  total: 0,
  statuses: { on_track: 0, at_risk: 0, behind: 0, done: 0, pending_closure: 0, overdue: 0, missed: 0, no_data: 0 },
  rag: { green: 0, amber: 0, red: 0, none: 0 },
});

const count = (t: Tally, s: TrackedStatus) => {
  t.total++;
  t.statuses[s]++;
  t.rag[RAG_OF[s]]++;
};

export const UNASSIGNED = '未分工';

const computed = new WeakMap<Snapshot, Map<string, Dashboard>>();

/** The dashboard of a snapshot, computed once per snapshot (so until the next write or the next day). */
export function dashboard(snap: Snapshot, options: { reportId?: number; limit?: number } = {}): Dashboard {
  const key = `${options.reportId ?? ''}|${options.limit ?? ''}`;
  let memo = computed.get(snap);
  if (!memo) computed.set(snap, (memo = new Map()));
  const known = memo.get(key);
  if (known) return known;
  const result = compute(snap, options);
  if (memo.size >= 20) memo.clear();
  memo.set(key, result);
  return result;
}

function compute(snap: Snapshot, options: { reportId?: number; limit?: number }): Dashboard {
  const { today } = snap;
  const limit = options.limit ?? 50;
  const until30 = addDays(today, 30);
  const until90 = addDays(today, 90);
  const items = options.reportId === undefined ? snap.items : snap.items.filter((i) => i.commitment.reportId === options.reportId);
  const overall = tally();
  const sections = new Map<string | null, Tally & { section: string | null }>();
  const units = new Map<number | undefined, Tally & { unitId?: number; unitName: string }>();
  const due90: DashboardEntry[] = [];
  const overdue: DashboardEntry[] = [];
  let notTracked = 0;
  let pendingRequests = 0;
  const entry = (item: LoopItem, status: StatusResult, unitId: number | undefined, unitName: string | undefined): DashboardEntry => ({
    id: item.commitment.id,
    text: item.commitment.text,
    status: status.status as TrackedStatus,
    ...(status.deadline !== undefined ? { due: status.deadline } : {}),
    ...(unitId !== undefined ? { unitId } : {}),
    ...(unitName !== undefined ? { unitName } : {}),
  });
  for (const item of items) {
    for (const r of item.requests ?? []) if (r.state === 'pending') pendingRequests++;
    const status = item.status;
    if (status.status === 'not_tracked') {
      notTracked++;
      continue;
    }
    const s = status.status;
    count(overall, s);
    const section = item.commitment.section ?? null;
    let st = sections.get(section);
    if (!st) sections.set(section, (st = { section, ...tally() }));
    count(st, s);
    const unitId = item.assignment?.leadUnitId;
    const unitName = unitId === undefined ? undefined : (snap.unitById.get(unitId)?.name ?? `单位${unitId}`);
    let ut = units.get(unitId);
    if (!ut) units.set(unitId, (ut = { ...(unitId !== undefined ? { unitId } : {}), unitName: unitName ?? UNASSIGNED, ...tally() }));
    count(ut, s);
    const due = status.deadline;
    if (due !== undefined && s !== 'done' && due >= today && due <= until90) due90.push(entry(item, status, unitId, unitName));
    if (s === 'overdue' || s === 'missed') overdue.push({ ...entry(item, status, unitId, unitName), ...(due !== undefined ? { daysLate: daysBetween(due, today) } : {}) });
  }
  due90.sort((a, b) => a.due!.localeCompare(b.due!) || a.id - b.id);
  overdue.sort((a, b) => (b.daysLate ?? 0) - (a.daysLate ?? 0) || a.id - b.id);
  const due30 = due90.filter((e) => e.due! <= until30);
  const year = Number(today.slice(0, 4));
  return {
    today,
    ...(options.reportId !== undefined ? { reportId: options.reportId } : {}),
    notTracked,
    pendingRequests,
    overall,
    bySection: [...sections.values()],
    byUnit: [...units.values()].sort((a, b) => b.total - a.total || (a.unitId ?? Infinity) - (b.unitId ?? Infinity)),
    due30: { count: due30.length, items: due30.slice(0, limit) },
    due90: { count: due90.length, items: due90.slice(0, limit) },
    overdue: { count: overdue.length, items: overdue.slice(0, limit) },
    year,
    scorecards: scorecards(items, snap.units, today, year),
  };
}
