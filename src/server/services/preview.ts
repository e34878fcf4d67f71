/**
 * The preview of an import: what the text says of the report (region, level, year, date), how sure each is, the
 * warnings, the evidence as excerpts of the original an office can judge, and how many items of each kind the
 * report gives with the fields the office has given so far. Reads like importBytes; stores nothing.
 */
import type { z } from 'zod';
import { analyze } from '../../analyze.js';
import type { Evidence, MetaField, ReportMeta } from '../../structure/index.js';
import type { Span } from '../../span.js';
import { KINDS } from '../../ledger/enums.js';
import type { Ledger } from '../../ledger/index.js';
import type { ReportPreview } from '../schemas/reports.js';
import { readUpload, type ImportBytesInput } from './import.js';

type Preview = z.infer<typeof ReportPreview>;

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
  return detected;
}

export async function previewBytes(ledger: Ledger, input: ImportBytesInput): Promise<Preview> {
  const { source, stored, known } = await readUpload(ledger, input);
  const detected = analyze(source);
  const read = Object.keys(known).length > 0 ? analyze(source, known) : detected;
  const meta = detected.structured.meta;
  const items = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Preview['items'];
  for (const c of read.extraction.commitments) items[c.kind]++;
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
