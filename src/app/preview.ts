/**
 * The preview of an import: what the text says of the report (region, level, year, date), how sure each is, the
 * warnings, the evidence as excerpts of the original an office can judge, and how many items of each kind the
 * report gives with the fields the office has given so far. Read and analysed like an import job; stores nothing.
 */
import { readOptionsOf, screenBytes } from '../read/index.js';
import type { Confidence, DocumentKind, Evidence, Level, MetaField, MetaWarning, ReportMeta } from '../structure/index.js';
import type { Span } from '../span.js';
import type { Kind } from '../extract/index.js';
import type { GivenField, Ledger } from '../ledger/index.js';
import type { AnalysisPool } from './analysis-pool.js';
import { knownFor, type ImportBytesInput, type ReportFields } from './import.js';

/** A value the text gives and how sure that is. */
interface Detected<T> {
  value: T;
  confidence: Confidence;
}

/** The preview of an import (the API's ReportPreview schema describes each field). */
export interface Preview {
  name: string;
  format: string;
  encoding: string;
  detected: { region?: Detected<string>; level?: Detected<Level>; year?: Detected<number>; date?: Detected<string>; kind?: Detected<DocumentKind> };
  warnings: Omit<MetaWarning, 'place'>[];
  evidence: (Evidence & { excerpt: { before: string; text: string; after: string } })[];
  known: ReportFields;
  items: Record<Kind, number>;
  stored?: { reportId: number; year: number; region: string; level: Level; given: GivenField[] };
}

/** Characters of context on each side of an evidence span, and the most of the span itself shown. */
const CONTEXT = 12;
const LONGEST = 60;

/** The original at `span` with a little of its line around it, white space folded: "报告指出，[2023年]全市地区生产总值". */
export function excerptOf(original: string, span: Span): Preview['evidence'][number]['excerpt'] {
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const before = original.slice(Math.max(0, span.start - CONTEXT), span.start).split('\n').pop()!;
  const after = original.slice(span.end, span.end + CONTEXT).split('\n')[0];
  const text = original.slice(span.start, span.end);
  return {
    before: fold(before).trimStart(),
    text: fold(text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text),
    after: fold(after).trimEnd(),
  };
}

function detectedOf(meta: ReportMeta): Preview['detected'] {
  const detected: Preview['detected'] = {};
  const sure = (field: MetaField) => meta.confidence[field] ?? 'low';
  if (meta.region !== undefined) detected.region = { value: meta.region, confidence: sure('region') };
  if (meta.level !== undefined) detected.level = { value: meta.level, confidence: sure('level') };
  if (meta.year !== undefined) detected.year = { value: meta.year, confidence: sure('year') };
  if (meta.date !== undefined) detected.date = { value: meta.date, confidence: sure('date') };
  // a work report is what a text is unless its marks say otherwise
  detected.kind = { value: meta.kind, confidence: meta.confidence.kind ?? 'high' };
  return detected;
}

/** Reads and analyses the upload on the analysis threads (a large one keeps no request waiting); stores nothing. */
export async function previewBytes(ledger: Ledger, pool: AnalysisPool, input: ImportBytesInput): Promise<Preview> {
  screenBytes(input.bytes, input.name, readOptionsOf(input));
  const { stored, known } = await knownFor(ledger, input);
  const task = { bytes: input.bytes, name: input.name, known, ...readOptionsOf(input) };
  const { source, detected: meta, items } = await pool.preview(task);
  return {
    name: source.name,
    format: source.format,
    encoding: source.encoding,
    detected: detectedOf(meta),
    warnings: meta.warnings.map(({ field, reason, ruleId, severity }) => ({ field, reason, ruleId, severity })),
    evidence: meta.evidence.map((e: Evidence) => ({ ...e, excerpt: excerptOf(source.text, e.span) })),
    known,
    items,
    ...(stored
      ? { stored: { reportId: stored.report.id, year: stored.report.year, region: stored.government.region, level: stored.government.level, given: stored.report.given } }
      : {}),
  };
}
