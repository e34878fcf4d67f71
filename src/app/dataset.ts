/** The researchers' dataset (src/exchange/dataset.ts) from the ledger: one row per target with its results. */
import type { Ledger } from '../ledger/index.js';
import { divisionCode, type DatasetResult, type DatasetRow } from '../exchange/index.js';
import { targetOutcomes, type ResultItem } from './outcomes.js';

const result = (side: ResultItem | undefined): DatasetResult | null => {
  const c = side?.item;
  if (!side || !c) return null;
  return { value: c.low ?? null, unit: c.unit ?? null, text: c.text, document: side.report.name, reportId: side.report.id, spanStart: c.span.start, spanEnd: c.span.end };
};

/** Every target of the ledger, or of one indicator, in ledger order. */
export async function datasetRows(ledger: Ledger, today: string, filter: { indicator?: string } = {}): Promise<DatasetRow[]> {
  const codes = new Map<string, string | null>();
  const codeOf = (region: string, level: DatasetRow['level'], parent?: string) => {
    const key = `${region}|${level}|${parent ?? ''}`;
    if (!codes.has(key)) codes.set(key, divisionCode(region, level, parent));
    return codes.get(key)!;
  };
  return (await targetOutcomes(ledger, today, filter)).map((o): DatasetRow => {
    const c = o.item.commitment;
    const v = o.verification;
    const g = o.government;
    return {
      government: g.region,
      level: g.level,
      divisionCode: codeOf(g.region, g.level, o.parent?.region),
      parentGovernment: o.parent?.region ?? null,
      year: o.report.year,
      reportId: o.report.id,
      commitmentId: c.id,
      text: c.text,
      indicator: c.indicator ?? null,
      low: c.low ?? null,
      high: c.high ?? null,
      op: c.op ?? null,
      unit: c.unit ?? null,
      deadline: c.deadline ?? null,
      spanStart: c.span.start,
      spanEnd: c.span.end,
      leadUnit: o.leadUnit ?? null,
      preliminary: result(o.preliminary),
      final: result(o.final),
      resultsDiffer: v?.resultsDiffer ?? null,
      verdict: v?.verdict ?? null,
      sourceHash: o.report.sourceHash,
    };
  });
}
