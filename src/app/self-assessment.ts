/** The year-end self-assessment (目标任务完成情况表) of a report, from the ledger's targets, verdicts and progress. */
import type { Commitment, Government, Ledger, Report } from '../ledger/index.js';
import { selfAssessment, type AssessedTarget, type AssessmentRow, type StatedResult } from '../loop/index.js';
import { requireReport } from './loop-data.js';
import { targetOutcomes, type ResultItem } from './outcomes.js';

export interface SelfAssessment {
  report: Report;
  government?: Government;
  title: string;
  rows: AssessmentRow[];
}

/** A document's result as the loop reads it: its item's figure, else the words the verdict was given in. */
const stated = (side: ResultItem | undefined, note: string | undefined): StatedResult | undefined => {
  if (!side) return undefined;
  const c: Commitment | undefined = side.item;
  if (!c) return note === undefined ? undefined : { text: note };
  return { text: c.text, ...(c.low !== undefined ? { low: c.low } : {}), ...(c.unit !== undefined ? { unit: c.unit } : {}) };
};

/** Each target of the report due in its year (a 到2025年 target is the plan period's, not the year's), in report order. */
export async function selfAssessmentOf(ledger: Ledger, today: string, reportId: number): Promise<SelfAssessment> {
  const { report, government } = await requireReport(ledger, reportId);
  const outcomes = await targetOutcomes(ledger, today, { reportId });
  const targets = outcomes
    .filter((o) => o.item.commitment.deadline === undefined || o.item.commitment.deadline.startsWith(String(report.year)))
    .map((o): AssessedTarget => {
      const v = o.verification;
      // a verdict said in words (次年报告说明未完成) has the report read but no item: its note is the result
      const words = v?.verdict === 'missed' && v.resultCommitmentId === undefined ? v.note : undefined;
      const preliminary = stated(o.preliminary, words);
      const final = stated(o.final, undefined);
      const latest = o.item.progress.at(-1);
      return {
        target: o.item.commitment,
        ...(o.leadUnit !== undefined ? { leadUnit: o.leadUnit } : {}),
        ...(v ? { verification: { verdict: v.verdict, ...(preliminary ? { preliminary } : {}), ...(final ? { final } : {}) } } : {}),
        ...(latest ? { progress: { reportedOn: latest.reportedOn, ...(latest.value !== undefined ? { value: latest.value } : {}) } } : {}),
      };
    });
  const title = `${government?.region ?? ''}${report.year}年主要目标任务完成情况表`;
  return { report, ...(government ? { government } : {}), title, rows: selfAssessment(targets, { today }) };
}
