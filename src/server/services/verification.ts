/**
 * Verification of two reports in the ledger (year N's targets against year N+1's review).
 *
 * The extractions are rebuilt from the ledger's commitments, not from a fresh extraction: what reviewers
 * corrected counts and what they rejected does not. Only the results report's structure (its sentences, to find
 * a target said in words to be missed) comes from re-analysing its stored original text, which reproduces the
 * import's structure since every stage is a pure function of that text. Each verdict's target and result are
 * mapped back to their commitments by span, and the verdicts are recorded in one transaction.
 */
import { analyze } from '../../analyze.js';
import type { Commitment as Extracted, Extraction } from '../../extract/index.js';
import {
  getReportDocument,
  recordVerification,
  transaction,
  type Actor,
  type Commitment,
  type Ledger,
  type ReportDocument,
  type Verification,
} from '../../ledger/index.js';
import type { SourceFormat } from '../../read/index.js';
import { verify, type TargetVerdict } from '../../loop/verify.js';
import { ApiError } from '../errors.js';
import { allCommitments } from './loop-data.js';

const toExtracted = (c: Commitment): Extracted => {
  const e: Extracted = { kind: c.kind, text: c.text, span: c.span, role: c.role, rule: c.rule ?? 'ledger' };
  if (c.indicator !== undefined) e.indicator = c.indicator;
  if (c.low !== undefined) e.low = c.low;
  if (c.high !== undefined) e.high = c.high;
  if (c.unit !== undefined) e.unit = c.unit;
  if (c.op !== undefined) e.op = c.op;
  if (c.deadline !== undefined) e.deadline = c.deadline;
  if (c.period !== undefined) e.period = c.period;
  if (c.baseline !== undefined) e.baseline = c.baseline;
  if (c.baselinePeriod !== undefined) e.baseline_period = c.baselinePeriod;
  if (c.section !== undefined) e.section = c.section;
  if (c.namedLeadUnits.length) e.lead_units = c.namedLeadUnits;
  if (c.namedUnits.length) e.units = c.namedUnits;
  return e;
};

const spanKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

async function side(ledger: Ledger, reportId: number): Promise<{ doc: ReportDocument; extraction: Extraction; bySpan: Map<string, Commitment> }> {
  const doc = await getReportDocument(ledger, reportId);
  if (!doc) throw new ApiError('NOT_FOUND', `report ${reportId}`);
  const commitments = (await allCommitments(ledger, { reportId })).filter((c) => c.reviewState !== 'rejected' && !c.stale);
  const extraction: Extraction = { report: { ...doc.structure.meta, year: doc.report.year }, commitments: commitments.map(toExtracted) };
  return { doc, extraction, bySpan: new Map(commitments.map((c) => [spanKey(c.span), c])) };
}

export interface RecordedVerdict extends TargetVerdict {
  targetId?: number;
  resultId?: number;
  recorded?: Verification;
}

export async function verifyReports(ledger: Ledger, actor: Actor, targetsReportId: number, resultsReportId: number): Promise<RecordedVerdict[]> {
  const targets = await side(ledger, targetsReportId);
  const results = await side(ledger, resultsReportId);
  const r = results.doc.report;
  const resultsDoc = analyze({ text: results.doc.original, format: r.format as SourceFormat, encoding: r.encoding, confidence: 1, name: r.name, bytes: 0 }).structured;
  const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc });
  return transaction(ledger, actor, async (tx) => {
    const out: RecordedVerdict[] = [];
    for (const v of verdicts) {
      const target = targets.bySpan.get(spanKey(v.target.span));
      const result = v.result ? results.bySpan.get(spanKey(v.result.span)) : undefined;
      const recorded = target
        ? await recordVerification(tx, actor, { commitmentId: target.id, verdict: v.verdict, note: v.reason, ...(result ? { resultCommitmentId: result.id } : {}) })
        : undefined;
      out.push({ ...v, ...(target ? { targetId: target.id } : {}), ...(result ? { resultId: result.id } : {}), ...(recorded ? { recorded } : {}) });
    }
    return out;
  });
}
