/**
 * The researchers' dataset: one row per target of the ledger, with its government (GB/T 2260 code and the
 * government above), the target as stated, the next report's preliminary result and the bulletin's final one (each
 * with its document and span), the verdict in force and the hash of the document the target is from. As CSV (UTF-8
 * with a byte-order mark so Excel reads the Chinese, RFC 4180 quoting) and as JSON Lines for pandas and R. The
 * columns are part of the interface (documented in the README): add, never rename.
 */
import { toCsv } from '../loop/csv.js';
import type { Verdict } from '../ledger/model.js';
import { divisionsNamed } from '../structure/tables/divisions.js';
import type { Level } from '../structure/index.js';

/** A result as one document gives it. */
export interface DatasetResult {
  value: number | null;
  unit: string | null;
  text: string;
  /** The document's name as imported, and its id in the ledger. */
  document: string;
  reportId: number;
  /** UTF-16 offsets of the result's sentence in that document's original text. */
  spanStart: number;
  spanEnd: number;
}

export interface DatasetRow {
  government: string;
  level: Level;
  /** GB/T 2260 code of the government (empty for the national government, which the standard does not code). */
  divisionCode: string | null;
  parentGovernment: string | null;
  year: number;
  reportId: number;
  commitmentId: number;
  text: string;
  indicator: string | null;
  low: number | null;
  high: number | null;
  op: string | null;
  unit: string | null;
  deadline: string | null;
  spanStart: number;
  spanEnd: number;
  leadUnit: string | null;
  preliminary: DatasetResult | null;
  final: DatasetResult | null;
  /** The two results differ beyond the precision of the coarser (null: not both given). */
  resultsDiffer: boolean | null;
  /** The verdict in force (achieved, missed, not_mentioned), null when the target was never verified. */
  verdict: Verdict | null;
  /** sha256 of the bytes of the document the target is from. */
  sourceHash: string;
}

/** The flat columns, in order: CSV headers and JSON Lines keys alike. */
export const DATASET_COLUMNS = [
  'government', 'level', 'division_code', 'parent_government', 'year', 'report_id', 'commitment_id', 'text', 'indicator',
  'low', 'high', 'op', 'unit', 'deadline', 'span_start', 'span_end', 'lead_unit',
  'preliminary_value', 'preliminary_unit', 'preliminary_text', 'preliminary_document', 'preliminary_report_id', 'preliminary_span_start', 'preliminary_span_end',
  'final_value', 'final_unit', 'final_text', 'final_document', 'final_report_id', 'final_span_start', 'final_span_end',
  'results_differ', 'verdict', 'source_hash',
] as const;
export type DatasetColumn = (typeof DATASET_COLUMNS)[number];
export type DatasetRecord = Record<DatasetColumn, string | number | boolean | null>;

const side = (prefix: 'preliminary' | 'final', r: DatasetResult | null) => ({
  [`${prefix}_value`]: r?.value ?? null,
  [`${prefix}_unit`]: r?.unit ?? null,
  [`${prefix}_text`]: r?.text ?? null,
  [`${prefix}_document`]: r?.document ?? null,
  [`${prefix}_report_id`]: r?.reportId ?? null,
  [`${prefix}_span_start`]: r?.spanStart ?? null,
  [`${prefix}_span_end`]: r?.spanEnd ?? null,
});

/** A row as flat named values (null where absent), its keys in DATASET_COLUMNS order. */
export function datasetRecord(row: DatasetRow): DatasetRecord {
  const flat: Record<string, string | number | boolean | null> = {
    government: row.government,
    level: row.level,
    division_code: row.divisionCode,
    parent_government: row.parentGovernment,
    year: row.year,
    report_id: row.reportId,
    commitment_id: row.commitmentId,
    text: row.text,
    indicator: row.indicator,
    low: row.low,
    high: row.high,
    op: row.op,
    unit: row.unit,
    deadline: row.deadline,
    span_start: row.spanStart,
    span_end: row.spanEnd,
    lead_unit: row.leadUnit,
    ...side('preliminary', row.preliminary),
    ...side('final', row.final),
    results_differ: row.resultsDiffer,
    verdict: row.verdict,
    source_hash: row.sourceHash,
  };
  return Object.fromEntries(DATASET_COLUMNS.map((c) => [c, flat[c] ?? null])) as DatasetRecord;
}

export function datasetCsv(rows: readonly DatasetRow[]): string {
  const cell = (v: string | number | boolean | null) => (v === null ? undefined : typeof v === 'boolean' ? String(v) : v);
  return toCsv(DATASET_COLUMNS, rows.map((row) => Object.values(datasetRecord(row)).map(cell)));
}

/** One JSON object a line, each with every column (null where absent), a newline after the last. */
export function datasetJsonl(rows: readonly DatasetRow[]): string {
  return rows.map((row) => JSON.stringify(datasetRecord(row)) + '\n').join('');
}

/**
 * A government's GB/T 2260 code: the division of that name and level whose parent is the government above (several
 * counties share a name); none for the national government, or a name the table does not have.
 */
export function divisionCode(region: string, level: Level, parent?: string): string | null {
  if (level === 'national') return null;
  const named = divisionsNamed(region).filter((d) => d.level === level);
  const match = parent === undefined ? named : named.filter((d) => d.parent === parent || (d.parent !== undefined && divisionsNamed(parent).some((p) => p.name === d.parent)));
  return (match.length === 1 ? match[0]!.code : named.length === 1 ? named[0]!.code : null) ?? null;
}
