/**
 * 追责: unit scorecards and the year-end evaluation table.
 *
 * Per lead unit of a confirmed assignment (a proposed assignment binds nobody yet), over its tracked items
 * (achievements and rejected items never count):
 * - assigned: the items it leads.
 * - dueInYear: those due in the evaluation year: deadline on or before Dec 31 of `year`, or no deadline (an
 *   annual report's item without a date is held to Dec 31 of the year here; the status engine itself never
 *   guesses a deadline). Multi-year items due later are not held against the unit this year.
 * - dueSoFar: items of the year whose deadline has passed (deadline < today; an item due today is not yet
 *   counted either way; undated items once the year is over).
 * - done, completionRate: done items of the year, over the items of the year that are due so far or done
 *   (done early counts in both). At year end this is done / dueInYear; during the year it is not dragged
 *   down by work that is not due yet.
 * - onTime, onTimeRate: items due so far that were done by their deadline (the report from which an item is
 *   done is dated on or before it), over dueSoFar.
 * - overdue: items overdue or missed today (any deadline), with their ids.
 * - reporting: owed / timely cycle reports and reportingTimeliness = timely / owed. Each item owes one report
 *   per period of its own reporting cycle (dates.ts periodOf: its window and due day), from the cycle its first report is due in (FIRST_REPORT_GRACE_DAYS after its start, or after its
 *   unit was confirmed if later: a unit assigned today owes nothing for the months before; or from an earlier
 *   cycle it already reported in) through the
 *   cycle it was done in (a missed target: the cycle of its deadline; otherwise: on), within the year, counting
 *   only periods whose submission period (the due day, at least the period's end + REPORT_SUBMISSION_GRACE_DAYS)
 *   is over. A period's report is timely when a report dated in its window was entered (createdAt, UTC day) within that period: a report
 *   back-filled in December for March is not a timely report for March.
 * - extensions (延期次数): extensions of its items' deadlines the office approved in the year, by today. An approved
 *   extension moves the deadline the on-time rate and overdue count judge by, so it would cost the unit nothing:
 *   each takes EXTENSION_PENALTY points off the score instead (capped, EXTENSION_PENALTY_CAP).
 * - score and grade: see SCORE_WEIGHTS, OVERDUE_PENALTY, EXTENSION_PENALTY, GRADE_THRESHOLDS, EXCELLENT_REQUIRES_NO_OVERDUE.
 * A rate with no basis (nothing due yet, nothing owed yet) is undefined, not 0 or 100.
 */
import type { Unit } from '../ledger/model.js';
import { periodOf, periodsBetween, within, type Cycle } from './dates.js';
import { addDays, dayNumber, dayOfInstant } from '../calendar/index.js';
import { extensionsApproved } from './closure.js';
import { toCsv } from './csv.js';
import { itemCycle, responsibleUnit, type LoopItem } from './items.js';
import { firstReportDue, reportingFrom } from './reporting.js';
import { isTracked, statusOf, type StatusResult } from './status.js';
import { CSV_HEADERS, NOT_RATED, unknownUnit } from './tables/status-words.js';
import {
  EXCELLENT_REQUIRES_NO_OVERDUE,
  EXTENSION_PENALTY,
  EXTENSION_PENALTY_CAP,
  GRADE_THRESHOLDS,
  OVERDUE_PENALTY,
  OVERDUE_PENALTY_CAP,
  REPORT_SUBMISSION_GRACE_DAYS,
  SCORE_WEIGHTS,
} from './thresholds.js';

export type Grade = (typeof GRADE_THRESHOLDS)[number]['grade'];

export interface Scorecard {
  unitId: number;
  unitName: string;
  assigned: number;
  dueInYear: number;
  done: number;
  /** Items of the year due so far or done: the base of completionRate. */
  completionBase: number;
  completionRate?: number;
  dueSoFar: number;
  onTime: number;
  onTimeRate?: number;
  overdue: number;
  overdueIds: number[];
  reportsOwed: number;
  reportsTimely: number;
  reportingTimeliness?: number;
  /** 延期次数: deadline extensions approved in the year, by today. */
  extensions: number;
  /** 0–100, one decimal; undefined when no component has a basis. */
  score?: number;
  grade?: Grade;
  /** 1 = best; equal scores share a rank; unscored units come last without a rank. */
  rank?: number;
}

const share = (part: number, whole: number): number | undefined => (whole > 0 ? part / whole : undefined);

/** Owed and timely cycle reports of one item (see the module comment). */
export function reportingRecord(
  item: LoopItem,
  status: StatusResult,
  today: string,
  year: number,
  cycle?: Cycle,
): { owed: number; timely: number } {
  const inForce = itemCycle(item, cycle);
  const start = reportingFrom(item.start ?? `${year}-01-01`, item.assignment);
  // owed from the period the first report is due in, or from an earlier one the unit reported in already
  const firstReported = item.progress.map((p) => p.reportedOn).filter((d) => d >= start).sort()[0];
  const windowOf = (day: string) => periodOf(day, inForce).window.start;
  const firstCycle = [windowOf(firstReportDue(start, inForce)), ...(firstReported ? [windowOf(firstReported)] : [])].sort()[0]!;
  const from = [firstCycle, `${year}-01-01`].sort()[1]!;
  let to = `${year}-12-31`;
  if (status.status === 'done' && status.doneOn) to = [to, status.doneOn].sort()[0];
  if (status.status === 'missed' && status.deadline) to = [to, status.deadline].sort()[0];
  let owed = 0;
  let timely = 0;
  for (const period of periodsBetween(from, to, inForce)) {
    // submitted in time: by its due day, and never before REPORT_SUBMISSION_GRACE_DAYS after the period
    const closes = [period.due, addDays(period.covers.end, REPORT_SUBMISSION_GRACE_DAYS)].sort()[1]!;
    const ok = item.progress.some((p) => {
      if (!within(p.reportedOn, period.window)) return false;
      const entered = dayOfInstant(p.createdAt) ?? p.reportedOn;
      return entered <= closes && entered <= today;
    });
    if (ok) timely++;
    if (ok || closes < today) owed++;
  }
  return { owed, timely };
}

/** Score from the rates and the overdue count (see thresholds.ts). */
export function scoreOf(card: Pick<Scorecard, 'completionRate' | 'onTimeRate' | 'reportingTimeliness' | 'overdue'> & { extensions?: number }): number | undefined {
  const parts = [
    [SCORE_WEIGHTS.completion, card.completionRate],
    [SCORE_WEIGHTS.onTime, card.onTimeRate],
    [SCORE_WEIGHTS.reporting, card.reportingTimeliness],
  ].filter((p): p is [number, number] => p[1] !== undefined);
  if (parts.length === 0) return undefined;
  const weight = parts.reduce((s, [w]) => s + w, 0);
  const raw = (100 * parts.reduce((s, [w, r]) => s + w * r, 0)) / weight;
  const penalty = Math.min(OVERDUE_PENALTY_CAP, OVERDUE_PENALTY * card.overdue) + Math.min(EXTENSION_PENALTY_CAP, EXTENSION_PENALTY * (card.extensions ?? 0));
  return Math.round(Math.max(0, raw - penalty) * 10) / 10;
}

export function gradeOf(score: number, overdue: number): Grade {
  const grade = GRADE_THRESHOLDS.find((g) => score >= g.min)!.grade;
  return grade === '优秀' && EXCELLENT_REQUIRES_NO_OVERDUE && overdue > 0 ? '良好' : grade;
}

/**
 * Scorecards of the lead units as of `today`, for the evaluation `year`, best first. `status` of an item is used
 * when given, else computed as of today (with the item's start, or Jan 1 of `year`). Units with no item are
 * not listed (nothing to evaluate).
 */
export function scorecards(
  items: readonly LoopItem[],
  units: readonly Unit[],
  today: string,
  year: number,
  cycle?: Cycle,
): Scorecard[] {
  dayNumber(today);
  const yearEnd = `${year}-12-31`;
  const cards = new Map<number, Scorecard>();
  for (const item of items) {
    const unitId = responsibleUnit(item);
    if (unitId === undefined || !isTracked(item.commitment)) continue;
    const status = item.status ?? statusOf({ ...item, start: item.start ?? `${year}-01-01`, today, ...(cycle ? { cycle } : {}) });
    if (status.status === 'not_tracked') continue;
    let card = cards.get(unitId);
    if (!card) {
      const unitName = units.find((u) => u.id === unitId)?.name ?? unknownUnit(unitId);
      card = { unitId, unitName, assigned: 0, dueInYear: 0, done: 0, completionBase: 0, dueSoFar: 0, onTime: 0, overdue: 0, overdueIds: [], reportsOwed: 0, reportsTimely: 0, extensions: 0 };
      cards.set(unitId, card);
    }
    const deadline = status.deadline ?? yearEnd;
    const done = status.status === 'done';
    const inYear = deadline <= yearEnd;
    const dueSoFar = inYear && deadline < today;
    card.assigned++;
    if (inYear) card.dueInYear++;
    if (inYear && done) card.done++;
    if (dueSoFar || (inYear && done)) card.completionBase++;
    if (dueSoFar) {
      card.dueSoFar++;
      if (done && status.doneOn !== undefined && status.doneOn <= deadline) card.onTime++;
    }
    if (status.status === 'overdue' || status.status === 'missed') {
      card.overdue++;
      card.overdueIds.push(item.commitment.id);
    }
    card.extensions += extensionsApproved(item.requests).filter((day) => day >= `${year}-01-01` && day <= yearEnd && day <= today).length;
    const record = reportingRecord(item, status, today, year, cycle);
    card.reportsOwed += record.owed;
    card.reportsTimely += record.timely;
  }
  const list = [...cards.values()].map((card) => {
    const rates = {
      completionRate: share(card.done, card.completionBase),
      onTimeRate: share(card.onTime, card.dueSoFar),
      reportingTimeliness: share(card.reportsTimely, card.reportsOwed),
    };
    const scored: Scorecard = { ...card };
    for (const [k, v] of Object.entries(rates)) if (v !== undefined) (scored as unknown as Record<string, number>)[k] = v;
    const score = scoreOf(scored);
    if (score !== undefined) {
      scored.score = score;
      scored.grade = gradeOf(score, card.overdue);
    }
    return scored;
  });
  list.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.unitId - b.unitId);
  list.forEach((card, i) => {
    if (card.score === undefined) return;
    card.rank = i > 0 && list[i - 1].score === card.score ? list[i - 1].rank : i + 1;
  });
  return list;
}

const percent = (r: number | undefined): string => (r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);

/** The year-end evaluation table (年度考核表): headers and rows of display strings, in rank order. */
export function evaluationTable(cards: readonly Scorecard[]): { headers: readonly string[]; rows: string[][] } {
  return {
    headers: CSV_HEADERS.evaluation,
    rows: cards.map((c) => [
      c.rank === undefined ? '—' : String(c.rank),
      c.unitName,
      String(c.assigned),
      String(c.dueInYear),
      String(c.done),
      percent(c.completionRate),
      percent(c.onTimeRate),
      String(c.overdue),
      String(c.extensions),
      percent(c.reportingTimeliness),
      c.score === undefined ? '—' : c.score.toFixed(1),
      c.grade ?? NOT_RATED,
    ]),
  };
}

/** The evaluation table as CSV for Excel (UTF-8 with BOM, CRLF). */
export function evaluationCsv(cards: readonly Scorecard[]): string {
  const { headers, rows } = evaluationTable(cards);
  return toCsv(headers, rows);
}
