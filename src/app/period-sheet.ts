/**
 * A unit's 进展报送表 (exchange/period-sheet.ts): its items for a period and, back from Excel, the reports to write.
 * A unit's items are the tracked ones it leads or cooperates on under a confirmed assignment; each is reported for
 * the period of its own reporting cycle owed on the day the sheet was made (or about the month asked for).
 */
import { checkPeriodRows, type PeriodCheck, type PeriodRow, type PeriodSheetMeta } from '../exchange/index.js';
import { listProgress, type Ledger, type ProgressInput, type ProgressReport, type Unit, type User } from '../ledger/index.js';
import { chineseDate } from '../calendar/index.js';
import { isTracked, itemCycle, periodAbout, periodOf, reportsAsOf, type LoopItem, type ReportingPeriod } from '../loop/index.js';
import { LuoshiError } from '../errors.js';
import { loopData } from './loop-data.js';

/** The unit's own users (any role) and the office may use its sheet; unit editors alone of a unit may upload it. */
export function assertSheetAccess(user: User, unitId: number, writing: boolean): void {
  if (user.role === 'supervisor' || user.role === 'admin') return;
  if (user.unitId === unitId && (!writing || user.role === 'unit_editor')) return;
  throw new LuoshiError('NOT_YOUR_UNIT_SHEET', `unit ${unitId}`);
}

const touches = (item: LoopItem, unitId: number): boolean =>
  item.assignment !== undefined && (item.assignment.leadUnitId === unitId || item.assignment.cooperatingUnitIds.includes(unitId));

/** The period an item is reported for: about the month asked for, else the one owed on `asOf`. */
const periodFor = (item: LoopItem, asOf: string, month: string | undefined): ReportingPeriod =>
  month ? periodAbout(month, itemCycle(item)) : periodOf(asOf, itemCycle(item));

/** The unit's items for the period, in report order, with their last report as of `asOf`. */
export function periodRows(items: readonly LoopItem[], unitId: number, asOf: string, month?: string): PeriodRow[] {
  return items
    .filter((item) => item.assignment?.confirmed && touches(item, unitId) && isTracked(item.commitment))
    .map((item) => {
      const latest = reportsAsOf(item.progress, asOf).at(-1);
      return { commitment: item.commitment, assignment: item.assignment!, period: periodFor(item, asOf, month), ...(latest ? { latest } : {}) };
    });
}

/** Every item with its assignment, progress and the office's default cycle (no statuses: a sheet needs none). */
export const ledgerItems = async (ledger: Ledger): Promise<LoopItem[]> => (await loopData(ledger)).items;

export const periodTitle = (unit: Unit, asOf: string, month?: string): string =>
  `${unit.name}重点工作进展报送表（${month ? `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月` : `截至${chineseDate(asOf)}`}）`;

/** Every row of an uploaded sheet judged against the ledger as it is now, the periods as the sheet was made for. */
export async function checkUpload(ledger: Ledger, unitId: number, meta: PeriodSheetMeta, lines: Parameters<typeof checkPeriodRows>[0], today: string): Promise<PeriodCheck> {
  const items = await ledgerItems(ledger);
  return checkPeriodRows(lines, {
    unitId,
    commitments: new Map(items.map((i) => [i.commitment.id, i.commitment])),
    assignments: new Map(items.flatMap((i) => (i.assignment ? [[i.commitment.id, i.assignment] as const] : []))),
    periods: new Map(periodRows(items, unitId, meta.asOf, meta.period).map((r) => [r.commitment.id, r.period])),
    today,
  });
}

/** The reports to write for the accepted rows, less those already stored as they are (a sheet uploaded twice). */
export async function newReports(ledger: Ledger, unitId: number, check: PeriodCheck): Promise<{ inputs: (ProgressInput & { row: number })[]; unchanged: number[] }> {
  const ids = check.reports.map((r) => r.commitmentId);
  const stored = ids.length ? await listProgress(ledger, { commitmentIds: ids, unitId }) : [];
  const same = (p: ProgressReport, input: ProgressInput) =>
    p.commitmentId === input.commitmentId &&
    p.reportedOn === input.reportedOn &&
    p.value === input.value &&
    p.state === input.state &&
    p.note === (input.note ?? '') &&
    JSON.stringify(p.evidence) === JSON.stringify(input.evidence ?? []);
  const inputs: (ProgressInput & { row: number })[] = [];
  const unchanged: number[] = [];
  for (const r of check.reports) {
    const input: ProgressInput & { row: number } = {
      row: r.row,
      commitmentId: r.commitmentId,
      unitId,
      reportedOn: r.reportedOn,
      ...(r.value !== undefined ? { value: r.value } : {}),
      ...(r.state !== undefined ? { state: r.state } : {}),
      note: r.note,
      evidence: r.link ? [{ kind: 'link', value: r.link }] : [],
    };
    if (stored.some((p) => same(p, input))) unchanged.push(r.row);
    else inputs.push(input);
  }
  return { inputs, unchanged };
}
