/**
 * 督责 lists, the office's view of the ledger on a given day: what is due this cycle, what is late, and who has
 * not reported. Achievements and rejected items are never listed.
 */
import { DEFAULT_CYCLE, cycleOf, periodOf, within, type Cycle, type ReportingPeriod } from './dates.js';
import { addDays, daysBetween } from '../calendar/index.js';
import { byDeadline, entryOf, itemCycle, responsibleUnit, statusFor, type ListEntry, type LoopItem } from './items.js';
import { DUE_SOON_DAYS } from './thresholds.js';
import { reportsAsOf } from './reporting.js';
import { isTracked } from './status.js';

/**
 * Items whose deadline in force falls in the current cycle (the month containing today, by default), done or
 * not: the office sees "due this month: 12, 8 of them done". Ordered by deadline.
 */
export function dueThisCycle(items: readonly LoopItem[], today: string, cycle?: Cycle): ListEntry[] {
  const span = cycleOf(today, cycle ?? DEFAULT_CYCLE);
  return items
    .filter((item) => isTracked(item.commitment))
    .map((item) => entryOf(item, statusFor(item, today, cycle)))
    .filter((e) => e.deadline !== undefined && within(e.deadline, span))
    .sort(byDeadline);
}

export interface LateEntry extends ListEntry {
  /** Days since the deadline. */
  daysLate: number;
}

/**
 * Items past their deadline and not done: overdue milestones and tasks, missed targets, and those nothing was
 * reported on by then (no data: the office asks, it does not presume). Most overdue first.
 */
export function late(items: readonly LoopItem[], today: string, cycle?: Cycle): LateEntry[] {
  return items
    .filter((item) => isTracked(item.commitment))
    .map((item) => entryOf(item, statusFor(item, today, cycle)))
    .filter((e) => e.status.status === 'overdue' || e.status.status === 'missed' || (e.status.status === 'no_data' && e.deadline !== undefined && e.deadline < today))
    .map((e) => ({ ...e, daysLate: daysBetween(e.deadline!, today) }))
    .sort((a, b) => b.daysLate - a.daysLate || a.commitmentId - b.commitmentId);
}

export interface UnitNotReported {
  unitId: number;
  items: ListEntry[];
}

/**
 * Per lead unit, the items it has not reported on for the period owed now, each by its own reporting cycle (no
 * report dated in the period's window yet; `cycle` overrides every item's). Only items that still owe reports:
 * tracked, with a confirmed lead unit, started (start ≤ today), neither done nor missed (an overdue milestone still
 * owes reports until it is done) nor waiting for the office's 办结 (the unit said it is done); a report owed once only from DUE_SOON_DAYS before its day. Unassigned items are
 * not here: they are a gap in 明责, not in reporting. Units with the most items first.
 */
export function notReported(items: readonly LoopItem[], today: string, cycle?: Cycle): UnitNotReported[] {
  const byUnit = new Map<number, ListEntry[]>();
  for (const item of items) {
    const unitId = responsibleUnit(item);
    if (unitId === undefined || !isTracked(item.commitment)) continue;
    if (item.start !== undefined && item.start > today) continue;
    const status = statusFor(item, today, cycle);
    if (status.status === 'done' || status.status === 'pending_closure' || status.status === 'missed' || status.status === 'not_tracked') continue;
    const period = owedPeriod(item, today, cycle);
    if (!period) continue;
    const list = byUnit.get(unitId) ?? [];
    list.push({ ...entryOf(item, status), reportDue: period.due });
    byUnit.set(unitId, list);
  }
  return [...byUnit]
    .map(([unitId, list]) => ({ unitId, items: list.sort(byDeadline) }))
    .sort((a, b) => b.items.length - a.items.length || a.unitId - b.unitId);
}

/** The period an item owes a report for as of today and has not reported on, if any (see notReported). */
export function owedPeriod(item: LoopItem, today: string, cycle?: Cycle): ReportingPeriod | undefined {
  const inForce = itemCycle(item, cycle);
  const period = periodOf(today, inForce);
  if (inForce.kind === 'once' && today < addDays(period.due, -DUE_SOON_DAYS)) return undefined;
  return reportsAsOf(item.progress, today).some((p) => within(p.reportedOn, period.window)) ? undefined : period;
}
