import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure, type ReportMeta } from '../../src/structure/index.js';

/** The report metadata of a text as the structure stage reads it. */
export const metaOf = (text: string): ReportMeta => structure(clean({ text })).meta;

/** A row: a text we wrote in the style of reports and news pages, and what its metadata must say. */
export interface MetaRow {
  input: string;
  /** Fields of the metadata (undefined: the field must be absent). */
  expected: Partial<Pick<ReportMeta, 'region' | 'level' | 'parent' | 'year' | 'date' | 'session'>>;
  confidence?: ReportMeta['confidence'];
  /** Warning rule ids that must be raised, and ones that must not. */
  warnings?: string[];
  noWarnings?: string[];
}

/** Runs the rows; each evidence span must point into the text. */
export function checkMetaRows(rows: readonly MetaRow[]): void {
  for (const row of rows) {
    const meta = metaOf(row.input);
    const label = row.input.slice(0, 40);
    for (const [field, value] of Object.entries(row.expected)) {
      assert.equal(meta[field as keyof ReportMeta], value, `${field} of ${label}`);
    }
    for (const [field, value] of Object.entries(row.confidence ?? {})) {
      assert.equal(meta.confidence[field as keyof ReportMeta['confidence']], value, `confidence of ${field} of ${label}`);
    }
    const raised = meta.warnings.map((w) => w.ruleId);
    for (const id of row.warnings ?? []) assert.ok(raised.includes(id), `${id} raised for ${label} (got ${raised.join(', ')})`);
    for (const id of row.noWarnings ?? []) assert.ok(!raised.includes(id), `${id} not raised for ${label}`);
    for (const e of meta.evidence) {
      assert.ok(e.span.start >= 0 && e.span.end <= row.input.length && e.span.start < e.span.end, `evidence span of ${label}`);
    }
  }
}
