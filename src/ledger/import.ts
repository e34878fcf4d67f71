/**
 * Importing a report: the core write. One transaction upserts the government (and those above it), the report
 * (found by the source's hash, or by government, year and kind for a corrected copy: a government's statistical
 * bulletin stands beside its report of the same year) and its commitments (by stable
 * key, see stable-key.ts). What people added is never dropped or overwritten:
 *
 * - an item still 'extracted' takes the new extraction's fields;
 * - an item a person reviewed ('confirmed', 'edited', 'rejected') keeps every field and its state; only its
 *   span moves to where the item now stands, so provenance points into the text stored;
 * - an item the copy no longer contains is kept — review state, assignment, progress and all — and flagged
 *   `stale`; it is unflagged if a later copy contains it again;
 * - an item whose kind changed with the report's year (an office corrected the year: last year's achievements
 *   become this year's targets) is the same item, found under its stored kind: it keeps its id, and with it its
 *   assignment and progress;
 * - assignments, progress and verifications are not touched by an import at all.
 *
 * The fields an office gives (region, level, year) are stored and marked as given; a report found again keeps
 * the fields given before unless new ones are given, and moves to the government and year given now.
 *
 * Every created, changed or newly stale row gets one audit entry; unchanged rows get none, so importing the
 * same file twice writes nothing the second time.
 */
import { webcrypto } from 'node:crypto';
import type { AnalysisRecord } from '../analyze.js';
import type { Commitment as Extracted } from '../extract/index.js';
import type { Source } from '../read/index.js';
import type { Level } from '../structure/index.js';
import type { Commitment, GivenField } from './model.js';
import { contentColumns, contentOf, deadlineInForceOf, toCommitment, type CommitmentContent } from './commitments.js';
import { LedgerError } from './errors.js';
import { ensureGovernment } from './governments.js';
import { fromJson, toJson } from './json.js';
import { chunked, compact } from './query.js';
import { reportColumns, type StoredStructure } from './reports.js';
import { keysAs, stableKeys } from './stable-key.js';
import { MANUAL_RULE, placeInCopy } from './manual-items.js';
import { GIVEN_FIELDS, KINDS } from './enums.js';
import { forgetStatus, statusInputsChanged } from './kept-status.js';
import { transaction, type Actor, type AuditInput, type Store, type Tx } from './store.js';

export interface ImportInput {
  /** What analyze(source) returned. */
  analysis: AnalysisRecord;
  /** The source; defaults to analysis.source. */
  source?: Source;
  /** The file's bytes, hashed to recognise the same file again; without them the decoded text (UTF-8) is hashed. */
  bytes?: Uint8Array;
  /**
   * Fields an office gives in place of what the text says (a year it corrected, a region the text does not name);
   * the analysis should have been made with them (`analyze(source, known)`) so the items follow them.
   */
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

/** The hash a report is known by: of the bytes as uploaded, else of the decoded text (SHA-256, computed off the event loop: an upload may be 50 MB). */
export const bytesHash = async (bytes: Uint8Array): Promise<string> => Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');

export const sourceHash = (source: Source, bytes?: Uint8Array): Promise<string> => bytesHash(bytes ?? Buffer.from(source.text, 'utf8'));

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

/** The fields an import gives, in GIVEN_FIELDS order. */
const givenIn = (input: ImportInput): GivenField[] => GIVEN_FIELDS.filter((f) => input[f] !== undefined);

/** The report row's columns from an analysis. */
function reportContent(analysis: AnalysisRecord, source: Source, hash: string, name: string, date: string | undefined) {
  const { cleaned, structured, extraction } = analysis;
  const structure: StoredStructure = {
    meta: extraction.report,
    body: cleaned.body,
    sections: structured.sections,
    paragraphs: structured.paragraphs,
    unitNotes: structured.unitNotes,
  };
  return {
    // older analyses (kept import jobs) say nothing of the kind: a work report
    kind: (extraction.report.kind ?? 'report') as string,
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
const reportSummary = (r: ReportContent & Placement & { id: number }) => ({
  id: r.id,
  kind: r.kind,
  governmentId: r.governmentId,
  year: r.year,
  given: r.given,
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

/** Where a report stands in the ledger: its government and year, and which of them an office gave. */
interface Placement {
  governmentId: number;
  year: number;
  /** JSON list of GivenField, as stored. */
  given: string;
}

/**
 * Where a report found again goes: a report found by its hash keeps its government and year (the same file is the
 * same report) and the fields given before, except those given now.
 */
function replaced(found: Placement, now: Placement): Placement {
  const before = fromJson<GivenField[]>(found.given, []);
  const given = fromJson<GivenField[]>(now.given, []);
  return {
    governmentId: given.includes('region') || given.includes('level') ? now.governmentId : found.governmentId,
    year: given.includes('year') ? now.year : found.year,
    given: toJson(GIVEN_FIELDS.filter((f) => before.includes(f) || given.includes(f))),
  };
}

/** Finds or creates the report row; returns its id and what happened to it. */
async function upsertReport(tx: Tx, placement: Placement, content: ReportContent): Promise<{ id: number; outcome: ImportResult['report'] }> {
  const columns = [...reportColumns, 'originalText', 'cleanedText', 'edits', 'structure'] as const;
  const found =
    (await tx.db.selectFrom('reports').select(columns).where('sourceHash', '=', content.sourceHash).executeTakeFirst()) ??
    (await tx.db
      .selectFrom('reports')
      .select(columns)
      .where('governmentId', '=', placement.governmentId)
      .where('year', '=', placement.year)
      .where('kind', '=', content.kind)
      .executeTakeFirst());
  if (!found) {
    const { id } = await tx.db
      .insertInto('reports')
      .values({ ...content, ...placement, published: 0, createdAt: tx.now, updatedAt: tx.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.audit({ action: 'create', entity: 'report', entityId: id, after: reportSummary({ ...content, ...placement, id }) });
    return { id, outcome: 'created' };
  }
  const next = replaced(found, placement);
  const changed =
    (Object.keys(content) as (keyof ReportContent)[]).some((k) => content[k] !== found[k]) ||
    (Object.keys(next) as (keyof Placement)[]).some((k) => next[k] !== found[k]);
  if (!changed) return { id: found.id, outcome: 'unchanged' };
  if (next.governmentId !== found.governmentId || next.year !== found.year) {
    const taken = await tx.db
      .selectFrom('reports')
      .select('id')
      .where('governmentId', '=', next.governmentId)
      .where('year', '=', next.year)
      .where('kind', '=', content.kind)
      .executeTakeFirst();
    if (taken) throw new LedgerError('DUPLICATE', `report ${content.name}`, `report ${taken.id} is already stored for that government and year ${next.year}`);
  }
  await tx.db.updateTable('reports').set({ ...content, ...next, updatedAt: tx.now }).where('id', '=', found.id).execute();
  await tx.audit({
    action: 'update',
    entity: 'report',
    entityId: found.id,
    before: reportSummary(found),
    after: reportSummary({ ...content, ...next, id: found.id }),
  });
  return { id: found.id, outcome: 'updated' };
}

/**
 * The stored item each extracted item is: the one with its key, else the one with its meaning under another kind
 * (see stable-key.ts), each stored item matched at most once.
 */
function matchStored(items: readonly Extracted[], keys: readonly string[], stored: ReadonlyMap<string, Commitment>): (Commitment | undefined)[] {
  const matches = keys.map((key) => stored.get(key));
  const claimed = new Set(matches.flatMap((m) => (m ? [m.id] : [])));
  if (claimed.size === stored.size || matches.every(Boolean)) return matches;
  const asKind = new Map(KINDS.map((kind) => [kind, keysAs(items, kind)]));
  return matches.map((match, i) => {
    if (match) return match;
    for (const kind of KINDS) {
      const other = kind === items[i].kind ? undefined : stored.get(asKind.get(kind)![i]);
      if (other && !claimed.has(other.id)) {
        claimed.add(other.id);
        return other;
      }
    }
    return undefined;
  });
}

/** Upserts the report's items by stable key and flags the ones this copy lacks; returns the counts. */
async function upsertCommitments(tx: Tx, reportId: number, items: readonly Extracted[], original: string): Promise<Omit<ImportResult, 'reportId' | 'report'>> {
  const keys = stableKeys(items);
  const stored = new Map<string, Commitment>();
  // the items a split added are the office's, not the report's: no copy of the report contains them
  for (const row of await tx.db.selectFrom('commitments').selectAll().where('reportId', '=', reportId).where('splitId', 'is', null).execute()) {
    stored.set(row.key, toCommitment(row));
  }
  const counts = { created: 0, updated: 0, unchanged: 0, stale: 0 };
  const fresh: { key: string; content: CommitmentContent }[] = [];
  const audits: AuditInput[] = [];

  const write = async (before: Commitment, content: CommitmentContent, stale: boolean, action: string, key = before.key) => {
    await tx.db
      .updateTable('commitments')
      .set({ ...contentColumns(content), deadlineInForce: deadlineInForceOf(content.deadline ?? null), key, stale: stale ? 1 : 0, version: before.version + 1, updatedAt: tx.now, ...forgetStatus() })
      .where('id', '=', before.id)
      .execute();
    audits.push({ action, entity: 'commitment', entityId: before.id, before, after: compact({ ...before, ...content, key, stale, version: before.version + 1 }) });
  };

  const matches = matchStored(items, keys, stored);
  for (const [i, item] of items.entries()) {
    const before = matches[i];
    const extracted = extractedContent(item);
    if (!before) {
      fresh.push({ key: keys[i], content: extracted });
      continue;
    }
    // reviewed items keep what the person saw or wrote; only the provenance follows the new text
    const next = before.reviewState === 'extracted' ? extracted : { ...contentOf(before), span: extracted.span };
    if (!before.stale && before.key === keys[i] && same(next, contentOf(before))) {
      counts.unchanged++;
      continue;
    }
    await write(before, next, false, 'import', keys[i]);
    counts.updated++;
  }

  const present = new Set(matches.flatMap((m) => (m ? [m.id] : [])));
  for (const before of stored.values()) {
    if (present.has(before.id)) continue;
    // an item the office added is no extraction's: it stays while the copy has its words
    const place = before.rule === MANUAL_RULE ? placeInCopy(before, original) : undefined;
    if (place) {
      if (!before.stale && place.start === before.span.start && place.end === before.span.end) {
        counts.unchanged++;
      } else {
        await write(before, { ...contentOf(before), span: place }, false, 'import');
        counts.updated++;
      }
      continue;
    }
    counts.stale++;
    if (!before.stale) await write(before, contentOf(before), true, 'stale');
  }

  for (const batch of chunked(fresh)) {
    const rows = await tx.db
      .insertInto('commitments')
      .values(batch.map((f) => ({ ...contentColumns(f.content), deadlineInForce: f.content.deadline ?? null, reportId, key: f.key, reviewState: 'extracted', stale: 0 as const, version: 1, createdAt: tx.now, updatedAt: tx.now })))
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
  const hash = await sourceHash(source, input.bytes);
  return transaction(
    store,
    actor,
    async (tx) => {
      const government = await ensureGovernment(tx, { region, level, parent: input.parent ?? meta.parent });
      const content = reportContent(analysis, source, hash, input.name ?? source.name, meta.date);
      const report = await upsertReport(tx, { governmentId: government.id, year, given: toJson(givenIn(input)) }, content);
      // the report's date (or year) is where its items' trajectories and reporting start
      if (report.outcome === 'updated') await statusInputsChanged(tx, { reportId: report.id });
      const counts = await upsertCommitments(tx, report.id, analysis.extraction.commitments, source.text);
      return { reportId: report.id, report: report.outcome, ...counts };
    },
    `report ${source.name}`,
  );
}
