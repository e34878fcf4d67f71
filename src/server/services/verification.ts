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
  getGovernment,
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
  const commitments = (await allCommitments(ledger, { reportId })).filter((c) => c.reviewState !== 'rejected' && !c.stale && c.splitId === undefined);
  const extraction: Extraction = { report: { ...doc.structure.meta, year: doc.report.year }, commitments: commitments.map(toExtracted) };
  return { doc, extraction, bySpan: new Map(commitments.map((c) => [spanKey(c.span), c])) };
}

export interface RecordedVerdict extends TargetVerdict {
  targetId?: number;
  resultId?: number;
  recorded?: Verification;
}

/**
 * Refuses two reports that cannot check each other: year N's targets are checked against the same government's
 * report of year N+1. A region that differs may be the same government after a merger or renaming: the office says
 * so explicitly (`sameGovernment`); the years never give way.
 */
async function checkPair(ledger: Ledger, targets: ReportDocument, results: ReportDocument, sameGovernment: boolean): Promise<void> {
  const [t, r] = [targets.report, results.report];
  const [tg, rg] = await Promise.all([getGovernment(ledger, t.governmentId), getGovernment(ledger, r.governmentId)]);
  const name = (g: typeof tg, year: number) => `${g?.region ?? '?'}${year}年的报告`;
  const pair = `目标取自${name(tg, t.year)}，结果取自${name(rg, r.year)}`;
  if (t.id === r.id) throw new ApiError('NOT_A_PAIR', `${pair}：是同一份报告，结果应取自次年的报告`);
  if (r.year !== t.year + 1) throw new ApiError('NOT_A_PAIR', `${pair}：结果应取自次年（${t.year + 1}年）的报告`);
  if (t.governmentId !== r.governmentId && !sameGovernment) throw new ApiError('OTHER_GOVERNMENT', pair);
}

export async function verifyReports(ledger: Ledger, actor: Actor, pair: { targetsReportId: number; resultsReportId: number; sameGovernment?: boolean }): Promise<RecordedVerdict[]> {
  const targets = await side(ledger, pair.targetsReportId);
  const results = await side(ledger, pair.resultsReportId);
  await checkPair(ledger, targets.doc, results.doc, pair.sameGovernment === true);
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
