/**
 * Importing a report: the core write. One transaction upserts the government (and those above it), the report
 * (found by the source's hash, or by government and year for a corrected copy) and its commitments (by stable
 * key, see stable-key.ts). What people added is never dropped or overwritten:
 *
 * - an item still 'extracted' takes the new extraction's fields;
 * - an item a person reviewed ('confirmed', 'edited', 'rejected') keeps every field and its state; only its
 *   span moves to where the item now stands, so provenance points into the text stored;
 * - an item the copy no longer contains is kept — review state, assignment, progress and all — and flagged
 *   `stale`; it is unflagged if a later copy contains it again;
 * - assignments, progress and verifications are not touched by an import at all.
 *
 * Every created, changed or newly stale row gets one audit entry; unchanged rows get none, so importing the
 * same file twice writes nothing the second time.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../analyze.js';
import type { Commitment as Extracted } from '../extract/index.js';
import type { Source } from '../read/index.js';
import type { Level } from '../structure/index.js';
import type { Commitment } from './model.js';
import { contentColumns, contentOf, toCommitment, type CommitmentContent } from './commitments.js';
import { LedgerError } from './errors.js';
import { ensureGovernment } from './governments.js';
import { toJson } from './json.js';
import { chunked, compact } from './query.js';
import { reportColumns, type StoredStructure } from './reports.js';
import { stableKeys } from './stable-key.js';
import { transaction, type Actor, type AuditInput, type Store, type Tx } from './store.js';

export interface ImportInput {
  /** What analyze(source) returned. */
  analysis: Analysis;
  /** The source; defaults to analysis.source. */
  source?: Source;
  /** The file's bytes, hashed to recognise the same file again; without them the decoded text (UTF-8) is hashed. */
  bytes?: Uint8Array;
  /** Given fields override what the text says (for reports whose text does not name its region or year). */
  region?: string;
  level?: Level;
  parent?: string;
  year?: number;
  /** The report's name; defaults to the source's name. */
  name?: string;
}

export interface ImportResult {
  reportId: number;
  /** Whether the report row was created, changed (a corrected copy, a new analysis) or left as it was. */
  report: 'created' | 'updated' | 'unchanged';
  /** Items of this copy: new, changed, or as stored (created + updated + unchanged = items extracted). */
  created: number;
  updated: number;
  unchanged: number;
  /** Stored items this copy no longer contains, kept and flagged stale. */
  stale: number;
}

export const sourceHash = (source: Source, bytes?: Uint8Array): string =>
  createHash('sha256').update(bytes ?? Buffer.from(source.text, 'utf8')).digest('hex');

const extractedContent = (c: Extracted): CommitmentContent =>
  compact({
    kind: c.kind,
    text: c.text,
    span: { start: c.span.start, end: c.span.end },
    indicator: c.indicator,
    low: c.low,
    high: c.high,
    unit: c.unit,
    op: c.op,
    deadline: c.deadline,
    period: c.period,
    baseline: c.baseline,
    baselinePeriod: c.baseline_period,
    section: c.section,
    role: c.role,
    namedLeadUnits: c.lead_units ?? [],
    namedUnits: c.units ?? [],
    rule: c.rule,
  });

const same = (a: CommitmentContent, b: CommitmentContent): boolean => JSON.stringify(contentColumns(a)) === JSON.stringify(contentColumns(b));

/** The report row's columns from an analysis. */
function reportContent(analysis: Analysis, source: Source, hash: string, name: string, date: string | undefined) {
  const { cleaned, structured, extraction } = analysis;
  const structure: StoredStructure = {
    meta: extraction.report,
    body: cleaned.body,
    sections: structured.sections,
    paragraphs: structured.paragraphs,
    unitNotes: structured.unitNotes,
  };
  return {
    sourceHash: hash,
    name,
    format: source.format as string,
    encoding: source.encoding,
    date: date ?? null,
    originalText: source.text,
    cleanedText: cleaned.text,
    edits: toJson(cleaned.edits),
    structure: toJson(structure),
  };
}

type ReportContent = ReturnType<typeof reportContent>;

/** What the audit log keeps of a report: its metadata and the sizes of its texts, not the texts themselves. */
const reportSummary = (r: ReportContent & { id: number; governmentId: number; year: number }) => ({
  id: r.id,
  governmentId: r.governmentId,
  year: r.year,
  date: r.date,
  sourceHash: r.sourceHash,
  name: r.name,
  format: r.format,
  encoding: r.encoding,
  originalLength: r.originalText.length,
  cleanedLength: r.cleanedText.length,
  structureLength: r.structure.length,
  editsLength: r.edits.length,
});

/** Finds or creates the report row; returns its id and what happened to it. */
async function upsertReport(tx: Tx, governmentId: number, year: number, content: ReportContent): Promise<{ id: number; outcome: ImportResult['report'] }> {
  const columns = [...reportColumns, 'originalText', 'cleanedText', 'edits', 'structure'] as const;
  const found =
    (await tx.db.selectFrom('reports').select(columns).where('sourceHash', '=', content.sourceHash).executeTakeFirst()) ??
    (await tx.db.selectFrom('reports').select(columns).where('governmentId', '=', governmentId).where('year', '=', year).executeTakeFirst());
  if (!found) {
    const { id } = await tx.db
      .insertInto('reports')
      .values({ ...content, governmentId, year, published: 0, createdAt: tx.now, updatedAt: tx.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.audit({ action: 'create', entity: 'report', entityId: id, after: reportSummary({ ...content, id, governmentId, year }) });
    return { id, outcome: 'created' };
  }
  const changed = (Object.keys(content) as (keyof ReportContent)[]).some((k) => content[k] !== found[k]);
  if (!changed) return { id: found.id, outcome: 'unchanged' };
  // a report found by its hash keeps its government and year: the same file is the same report
  await tx.db.updateTable('reports').set({ ...content, updatedAt: tx.now }).where('id', '=', found.id).execute();
  await tx.audit({
    action: 'update',
    entity: 'report',
    entityId: found.id,
    before: reportSummary(found),
    after: reportSummary({ ...content, id: found.id, governmentId: found.governmentId, year: found.year }),
  });
  return { id: found.id, outcome: 'updated' };
}

/** Upserts the report's items by stable key and flags the ones this copy lacks; returns the counts. */
async function upsertCommitments(tx: Tx, reportId: number, items: readonly Extracted[]): Promise<Omit<ImportResult, 'reportId' | 'report'>> {
  const keys = stableKeys(items);
  const stored = new Map<string, Commitment>();
  for (const row of await tx.db.selectFrom('commitments').selectAll().where('reportId', '=', reportId).execute()) {
    stored.set(row.key, toCommitment(row));
  }
  const counts = { created: 0, updated: 0, unchanged: 0, stale: 0 };
  const fresh: { key: string; content: CommitmentContent }[] = [];
  const audits: AuditInput[] = [];

  const write = async (before: Commitment, content: CommitmentContent, stale: boolean, action: string) => {
    await tx.db
      .updateTable('commitments')
      .set({ ...contentColumns(content), stale: stale ? 1 : 0, version: before.version + 1, updatedAt: tx.now })
      .where('id', '=', before.id)
      .execute();
    audits.push({ action, entity: 'commitment', entityId: before.id, before, after: compact({ ...before, ...content, stale, version: before.version + 1 }) });
  };

  for (const [i, item] of items.entries()) {
    const before = stored.get(keys[i]);
    const extracted = extractedContent(item);
    if (!before) {
      fresh.push({ key: keys[i], content: extracted });
      continue;
    }
    // reviewed items keep what the person saw or wrote; only the provenance follows the new text
    const next = before.reviewState === 'extracted' ? extracted : { ...contentOf(before), span: extracted.span };
    if (!before.stale && same(next, contentOf(before))) {
      counts.unchanged++;
      continue;
    }
    await write(before, next, false, 'import');
    counts.updated++;
  }

  const present = new Set(keys);
  for (const before of stored.values()) {
    if (present.has(before.key)) continue;
    counts.stale++;
    if (!before.stale) await write(before, contentOf(before), true, 'stale');
  }

  for (const batch of chunked(fresh)) {
    const rows = await tx.db
      .insertInto('commitments')
      .values(batch.map((f) => ({ ...contentColumns(f.content), reportId, key: f.key, reviewState: 'extracted', stale: 0 as const, version: 1, createdAt: tx.now, updatedAt: tx.now })))
      .returningAll()
      .execute();
    for (const row of rows) audits.push({ action: 'create', entity: 'commitment', entityId: row.id, after: toCommitment(row) });
    counts.created += rows.length;
  }
  await tx.audit(audits);
  return counts;
}

/** Imports (or re-imports) an analysed report in one transaction; see the policy at the top of this file. */
export async function importReport(store: Store, actor: Actor, input: ImportInput): Promise<ImportResult> {
  const { analysis } = input;
  const source = input.source ?? analysis.source;
  const meta = analysis.extraction.report;
  const region = input.region ?? meta.region;
  const level = input.level ?? meta.level;
  const year = input.year ?? meta.year;
  if (!region || !level || year === undefined) {
    const missing = [!region && 'region', !level && 'level', year === undefined && 'year'].filter(Boolean).join(', ');
    throw new LedgerError('INCOMPLETE_REPORT', source.name, `missing ${missing}; give it with the import`);
  }
  const hash = sourceHash(source, input.bytes);
  return transaction(
    store,
    actor,
    async (tx) => {
      const government = await ensureGovernment(tx, { region, level, parent: input.parent ?? meta.parent });
      const content = reportContent(analysis, source, hash, input.name ?? source.name, meta.date);
      const report = await upsertReport(tx, government.id, year, content);
      const counts = await upsertCommitments(tx, report.id, analysis.extraction.commitments);
      return { reportId: report.id, report: report.outcome, ...counts };
    },
    `report ${source.name}`,
  );
}
