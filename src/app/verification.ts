/**
 * Verification of reports in the ledger: year N's targets against year N+1's report (preliminary results), year N's
 * statistical bulletin (final ones), or both.
 *
 * The extractions are rebuilt from the ledger's commitments, not from a fresh extraction: what reviewers
 * corrected counts and what they rejected does not. Only what the ledger does not keep comes from re-analysing a
 * results document's stored original text, which reproduces the import's analysis since every stage is a pure
 * function of that text: its structure (its sentences, to find a target said in words to be missed) and the
 * precision of each figure as written, for an item whose value no one corrected. Each verdict's target and
 * results are mapped back to their commitments by span in their own document, and the verdicts are recorded in one
 * transaction.
 */
import { analyze } from '../analyze.js';
import type { Commitment as Extracted, Extraction } from '../extract/index.js';
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
} from '../ledger/index.js';
import type { SourceFormat } from '../read/index.js';
import type { Structured } from '../structure/index.js';
import { verifyAgainst, type TargetVerdict } from '../loop/verify.js';
import { LuoshiError } from '../errors.js';
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

/** A report of the ledger as verification reads it: its document, its items as an extraction, its items by span. */
interface Side {
  doc: ReportDocument;
  extraction: Extraction;
  bySpan: Map<string, Commitment>;
}

async function side(ledger: Ledger, reportId: number): Promise<Side> {
  const doc = await getReportDocument(ledger, reportId);
  if (!doc) throw new LuoshiError('NO_SUCH_REPORT', `report ${reportId}`);
  const commitments = (await allCommitments(ledger, { reportId })).filter((c) => c.reviewState !== 'rejected' && !c.stale && c.splitId === undefined);
  const extraction: Extraction = { report: { ...doc.structure.meta, kind: doc.report.kind, year: doc.report.year }, commitments: commitments.map(toExtracted) };
  return { doc, extraction, bySpan: new Map(commitments.map((c) => [spanKey(c.span), c])) };
}

/** A results document re-analysed: its structure, and its items with the precision of each figure as written. */
function reread(results: Side): { extraction: Extraction; doc: Structured } {
  const r = results.doc.report;
  const fresh = analyze({ text: results.doc.original, format: r.format as SourceFormat, encoding: r.encoding, confidence: 1, name: r.name, bytes: 0 });
  const written = new Map(fresh.extraction.commitments.map((c) => [spanKey(c.span), c]));
  const commitments = results.extraction.commitments.map((c) => {
    const as = written.get(spanKey(c.span));
    return as?.precision !== undefined && as.low === c.low && as.unit === c.unit ? { ...c, precision: as.precision } : c;
  });
  return { extraction: { ...results.extraction, commitments }, doc: fresh.structured };
}

export interface RecordedVerdict extends TargetVerdict {
  targetId?: number;
  resultId?: number;
  /** The report each side's result is from, and its item. */
  preliminaryIds?: { reportId: number; commitmentId?: number };
  finalIds?: { reportId: number; commitmentId?: number };
  recorded?: Verification;
}

const NAMES = { report: '报告', bulletin: '统计公报' } as const;

/**
 * Refuses documents that cannot check the targets: year N's targets (a work report's) are checked against the same
 * government's report of year N+1 and its bulletin of year N — one of each at most — which both stand under year N+1
 * in the ledger. A region that differs may be the same government after a merger or renaming: the office says so
 * explicitly (`sameGovernment`); the years never give way.
 */
async function checkResults(ledger: Ledger, targets: ReportDocument, results: readonly ReportDocument[], sameGovernment: boolean): Promise<void> {
  const t = targets.report;
  const tg = await getGovernment(ledger, t.governmentId);
  const name = (g: typeof tg, report: ReportDocument['report']) =>
    `${g?.region ?? '?'}${report.kind === 'bulletin' ? `${report.year - 1}年的统计公报` : `${report.year}年的报告`}`;
  if (t.kind === 'bulletin') throw new LuoshiError('NOT_A_PAIR', `目标取自${name(tg, t)}：统计公报不设目标，目标应取自政府工作报告`);
  const kinds = results.map((r) => r.report.kind);
  if (new Set(kinds).size < kinds.length) throw new LuoshiError('NOT_A_PAIR', `结果文件中有两份${NAMES[kinds.find((k, i) => kinds.indexOf(k) !== i)!]}：次年报告和当年统计公报各取一份`);
  for (const result of results) {
    const r = result.report;
    const rg = await getGovernment(ledger, r.governmentId);
    const pair = `目标取自${name(tg, t)}，结果取自${name(rg, r)}`;
    if (t.id === r.id) throw new LuoshiError('NOT_A_PAIR', `${pair}：是同一份报告，结果应取自次年的报告`);
    if (r.year !== t.year + 1) {
      throw new LuoshiError('NOT_A_PAIR', `${pair}：结果应取自${r.kind === 'bulletin' ? `当年（${t.year}年）的统计公报` : `次年（${t.year + 1}年）的报告`}`);
    }
    if (t.governmentId !== r.governmentId && !sameGovernment) throw new LuoshiError('OTHER_GOVERNMENT', pair);
  }
}

export async function verifyReports(
  ledger: Ledger,
  actor: Actor,
  request: { targetsReportId: number; resultsReportId?: number; resultsReportIds?: number[]; sameGovernment?: boolean },
): Promise<RecordedVerdict[]> {
  const ids = request.resultsReportIds ?? (request.resultsReportId === undefined ? [] : [request.resultsReportId]);
  if (ids.length === 0) throw new LuoshiError('NO_RESULTS', 'resultsReportIds：请选择次年的报告或当年的统计公报');
  const targets = await side(ledger, request.targetsReportId);
  const results = await Promise.all(ids.map((id) => side(ledger, id)));
  await checkResults(ledger, targets.doc, results.map((r) => r.doc), request.sameGovernment === true);
  const report = results.find((r) => r.doc.report.kind === 'report');
  const bulletin = results.find((r) => r.doc.report.kind === 'bulletin');
  const verdicts = verifyAgainst(targets.extraction, results.map(reread));
  const itemOf = (s: Side | undefined, result: { span: { start: number; end: number } } | null | undefined) => (s && result ? s.bySpan.get(spanKey(result.span)) : undefined);
  const sideIds = (s: Side | undefined, result: { span: { start: number; end: number } } | null | undefined) => {
    if (!s) return undefined;
    const item = itemOf(s, result);
    return { reportId: s.doc.report.id, ...(item ? { commitmentId: item.id } : {}) };
  };
  return transaction(ledger, actor, async (tx) => {
    const out: RecordedVerdict[] = [];
    for (const v of verdicts) {
      const target = targets.bySpan.get(spanKey(v.target.span));
      const result = itemOf(v.source === 'bulletin' ? bulletin : report, v.result);
      // the documents read, each with the result it gives: a report alone is the preliminary side
      const preliminaryIds = sideIds(report, bulletin ? v.preliminary : v.result);
      const finalIds = sideIds(bulletin, report ? v.final : v.result);
      const recorded = target
        ? await recordVerification(tx, actor, {
            commitmentId: target.id,
            verdict: v.verdict,
            note: v.reason,
            ...(result ? { resultCommitmentId: result.id } : {}),
            ...(preliminaryIds ? { preliminary: preliminaryIds } : {}),
            ...(finalIds ? { final: finalIds } : {}),
            ...(v.differ !== undefined ? { resultsDiffer: v.differ } : {}),
          })
        : undefined;
      out.push({
        ...v,
        ...(target ? { targetId: target.id } : {}),
        ...(result ? { resultId: result.id } : {}),
        ...(preliminaryIds ? { preliminaryIds } : {}),
        ...(finalIds ? { finalIds } : {}),
        ...(recorded ? { recorded } : {}),
      });
    }
    return out;
  });
}
