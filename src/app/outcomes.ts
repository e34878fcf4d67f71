/**
 * What the ledger knows of each target's outcome: the target with its assignment and progress, its report, and the
 * verification in force with the items the next report (preliminary) and the bulletin (final) give for it. Shared by
 * the year-end self-assessment and the researchers' dataset; read from the snapshot (loop-data.ts), one query more.
 */
import { listGovernments, listVerifications, type Commitment, type Government, type Ledger, type Report, type Verification } from '../ledger/index.js';
import type { LoopItem } from '../loop/index.js';
import { snapshot } from './loop-data.js';

/** A result a document gives, as the ledger keeps it: its item (absent where the document says it in words) and document. */
export interface ResultItem {
  report: Report;
  item?: Commitment;
}

export interface TargetOutcome {
  item: LoopItem;
  report: Report;
  government: Government;
  /** The government above (a county's city). */
  parent?: Government;
  leadUnit?: string;
  verification?: Verification;
  preliminary?: ResultItem;
  final?: ResultItem;
}

/**
 * Every target of the ledger (or of one report, or of one indicator) in ledger order: the report's own, as reviewed —
 * not rejected, still in the report, not added by a 分工方案 (whose spans are in another document).
 */
export async function targetOutcomes(ledger: Ledger, today: string, filter: { reportId?: number; indicator?: string } = {}): Promise<TargetOutcome[]> {
  const [snap, verifications, governments] = await Promise.all([snapshot(ledger, today), listVerifications(ledger, filter.reportId === undefined ? {} : { reportId: filter.reportId }), listGovernments(ledger)]);
  const inForce = new Map(verifications.filter((v) => v.supersededBy === undefined).map((v) => [v.commitmentId, v]));
  const governmentById = new Map(governments.map((g) => [g.id, g]));
  const side = (reportId: number | undefined, commitmentId: number | undefined): ResultItem | undefined => {
    const report = reportId === undefined ? undefined : snap.reports.get(reportId);
    if (!report) return undefined;
    const item = commitmentId === undefined ? undefined : snap.byId.get(commitmentId)?.commitment;
    return item ? { report, item } : { report };
  };
  const out: TargetOutcome[] = [];
  for (const item of snap.items) {
    const c = item.commitment;
    if (c.kind !== 'target' || c.reviewState === 'rejected' || c.stale || c.splitId !== undefined) continue;
    if (filter.reportId !== undefined && c.reportId !== filter.reportId) continue;
    if (filter.indicator !== undefined && c.indicator !== filter.indicator) continue;
    const report = snap.reports.get(c.reportId);
    const government = report && governmentById.get(report.governmentId);
    // every report has its government (a foreign key): a target without is one the snapshot has not caught up with
    if (!report || !government) continue;
    const v = inForce.get(c.id);
    const lead = item.assignment?.leadUnitId === undefined ? undefined : snap.unitById.get(item.assignment.leadUnitId);
    const parent = government.parentId === undefined ? undefined : governmentById.get(government.parentId);
    const preliminary = side(v?.preliminaryReportId, v?.preliminaryCommitmentId);
    const final = side(v?.finalReportId, v?.finalCommitmentId);
    out.push({
      item,
      report,
      government,
      ...(parent ? { parent } : {}),
      ...(lead ? { leadUnit: lead.name } : {}),
      ...(v ? { verification: v } : {}),
      ...(preliminary ? { preliminary } : {}),
      ...(final ? { final } : {}),
    });
  }
  return out;
}
