/**
 * Reports: the imported text (original and cleaned, with the edits between them), its structure, and the
 * published flag that opens it to the public read-only view. Rows are written by importReport.
 */
import type { Edit } from '../clean/index.js';
import type { Extraction } from '../extract/index.js';
import type { DocumentKind, Paragraph, Section, UnitNote } from '../structure/index.js';
import type { Span } from '../span.js';
import type { Selectable } from 'kysely';
import type { GivenField, Report } from './model.js';
import { GIVEN_FIELDS } from './enums.js';
import type { ReportsTable } from './schema.js';
import { LedgerError } from './errors.js';
import { fromJson } from './json.js';
import { compact, flag, isSet, opt } from './query.js';
import { transaction, type Actor, type Store } from './store.js';

const isGivenField = (f: string): f is GivenField => (GIVEN_FIELDS as readonly string[]).includes(f);

/** What is kept of the structure stage: enough to draw the annotated report without re-running it. */
export interface StoredStructure {
  meta: Extraction['report'];
  /** Where the report body lies in the original. */
  body: Span;
  sections: Section[];
  paragraphs: Paragraph[];
  unitNotes: UnitNote[];
}

export interface ReportDocument {
  report: Report;
  original: string;
  cleaned: string;
  edits: Edit[];
  structure: StoredStructure;
}

export interface ReportFilter {
  governmentId?: number;
  year?: number;
  published?: boolean;
}

export const reportColumns = ['id', 'governmentId', 'kind', 'year', 'date', 'sourceHash', 'name', 'format', 'encoding', 'published', 'given', 'createdAt'] as const;

/** A report's row without its texts: the columns above, as stored. */
export type ReportRow = Pick<Selectable<ReportsTable>, (typeof reportColumns)[number]>;

export const toReport = (r: ReportRow): Report =>
  compact({
    id: r.id,
    governmentId: r.governmentId,
    kind: r.kind as DocumentKind,
    year: r.year,
    date: opt(r.date),
    sourceHash: r.sourceHash,
    name: r.name,
    format: r.format,
    encoding: r.encoding,
    published: isSet(r.published),
    given: fromJson<string[]>(r.given, []).filter(isGivenField),
    createdAt: r.createdAt,
  });

export async function getReport(store: Store, id: number): Promise<Report | undefined> {
  const row = await store.db.selectFrom('reports').select(reportColumns).where('id', '=', id).executeTakeFirst();
  return row && toReport(row);
}

export async function findReportBySourceHash(store: Store, sourceHash: string): Promise<Report | undefined> {
  const row = await store.db.selectFrom('reports').select(reportColumns).where('sourceHash', '=', sourceHash).executeTakeFirst();
  return row && toReport(row);
}

/** Reports by government, year and published flag, newest year first. */
export async function listReports(store: Store, filter: ReportFilter = {}): Promise<Report[]> {
  let q = store.db.selectFrom('reports').select(reportColumns);
  if (filter.governmentId !== undefined) q = q.where('governmentId', '=', filter.governmentId);
  if (filter.year !== undefined) q = q.where('year', '=', filter.year);
  if (filter.published !== undefined) q = q.where('published', '=', flag(filter.published));
  const rows = await q.orderBy('year', 'desc').orderBy('id').execute();
  return rows.map(toReport);
}

/** The report with its texts, edits and structure, for the annotated view. */
export async function getReportDocument(store: Store, id: number): Promise<ReportDocument | undefined> {
  const row = await store.db
    .selectFrom('reports')
    .select([...reportColumns, 'originalText', 'cleanedText', 'edits', 'structure'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    report: toReport(row),
    original: row.originalText,
    cleaned: row.cleanedText,
    edits: fromJson<Edit[]>(row.edits, []),
    structure: fromJson<StoredStructure>(row.structure, { meta: { kind: 'report', confidence: {}, evidence: [], warnings: [], absent: [] }, body: { start: 0, end: 0 }, sections: [], paragraphs: [], unitNotes: [] }),
  };
}

/** Opens a report to (or withdraws it from) the public view. Setting the flag it already has writes nothing. */
export async function setPublished(store: Store, actor: Actor, id: number, published: boolean): Promise<Report> {
  return transaction(
    store,
    actor,
    async (tx) => {
      const before = await getReport(tx, id);
      if (!before) throw new LedgerError('NOT_FOUND', `report ${id}`);
      if (before.published === published) return before;
      await tx.db.updateTable('reports').set({ published: flag(published), updatedAt: tx.now }).where('id', '=', id).execute();
      const after = { ...before, published };
      await tx.audit({ action: published ? 'publish' : 'unpublish', entity: 'report', entityId: id, before, after });
      return after;
    },
    `report ${id}`,
  );
}
