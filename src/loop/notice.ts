/**
 * 督查通报: what a supervision office reports for a reporting period — how many items are done, on pace, lagging or
 * unreported (and their shares), against the period before; the lagging items with their units and reasons; the
 * units that did not report; the units ranked by their scorecard. Pure data: the exchange files lay it out as a
 * document (src/exchange/notice-docx.ts).
 */
import type { Unit } from '../ledger/model.js';
import { DEFAULT_CYCLE, previousCycle, type Cycle } from './dates.js';
import { entryOf, statusFor, type ListEntry, type LoopItem } from './items.js';
import { notReported } from './lists.js';
import { scorecards, type Scorecard } from './scorecard.js';
import { statusOf, type Status } from './status.js';
import { NOTICE_GROUP_OF, type NoticeGroup } from './tables/status-words.js';

export type { NoticeGroup } from './tables/status-words.js';

/** Items of the notice by group, and how many in all (items not tracked are not counted). */
export interface NoticeTally {
  total: number;
  counts: Record<NoticeGroup, number>;
}

export interface SupervisionNotice {
  /** The last day of the period reported on (the day the statuses are for). */
  asOf: string;
  /** The same day of the period before, for the comparison. */
  previousAsOf: string;
  current: NoticeTally;
  previous: NoticeTally;
  /** Lagging items, the gravest first (missed, overdue, behind, at risk), then by deadline, with their lead unit's name. */
  lagging: (ListEntry & { unitName?: string })[];
  /** Units with items not reported on this period, the most first. */
  notReported: { unitId: number; unitName: string; items: number }[];
  /** Units with a score, best first. */
  ranking: Scorecard[];
}

const GRAVITY: Partial<Record<Status, number>> = { missed: 0, overdue: 1, behind: 2, at_risk: 3 };

function tally(statuses: readonly Status[]): NoticeTally {
  const counts: Record<NoticeGroup, number> = { done: 0, on_pace: 0, lagging: 0, not_reported: 0 };
  for (const s of statuses) {
    const group = NOTICE_GROUP_OF[s];
    if (group) counts[group]++;
  }
  return { total: counts.done + counts.on_pace + counts.lagging + counts.not_reported, counts };
}

/** The notice for the period that ends on (or contains) `asOf`. */
export function supervisionNotice(
  items: readonly LoopItem[],
  units: readonly Unit[],
  opts: { asOf: string; cycle?: Cycle; year?: number },
): SupervisionNotice {
  // the notice's period; the statuses are each item's own reporting cycle's unless `cycle` overrides them
  const { cycle } = opts;
  const period = cycle ?? DEFAULT_CYCLE;
  const { asOf } = opts;
  const previousAsOf = previousCycle(asOf, period).end;
  const now = items.map((item) => ({ item, status: statusFor(item, asOf, cycle) }));
  const before = items.map(({ status: _kept, ...item }) => statusOf({ ...item, today: previousAsOf, ...(cycle ? { cycle } : {}) }).status);
  const name = (id: number) => units.find((u) => u.id === id)?.name ?? `单位${id}`;
  const lagging = now
    .filter(({ status }) => GRAVITY[status.status] !== undefined)
    .map(({ item, status }) => entryOf(item, status))
    .map((e) => (e.unitId === undefined ? e : { ...e, unitName: name(e.unitId) }))
    .sort((a, b) => GRAVITY[a.status.status]! - GRAVITY[b.status.status]! || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.commitmentId - b.commitmentId);
  return {
    asOf,
    previousAsOf,
    current: tally(now.map((n) => n.status.status)),
    previous: tally(before),
    lagging,
    notReported: notReported(items, asOf, cycle).map((u) => ({ unitId: u.unitId, unitName: name(u.unitId), items: u.items.length })),
    ranking: scorecards(items, units, asOf, opts.year ?? Number(asOf.slice(0, 4)), cycle).filter((c) => c.rank !== undefined),
  };
}
