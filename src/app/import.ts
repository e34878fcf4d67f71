/**
 * Importing a report from bytes (an upload, or a file the CLI read): read → analyze with the fields an office gives
 * → importReport and an unconfirmed assignment proposed for each item that names its units and has none, in one
 * transaction (a crash between the two would leave items without proposals that an unchanged re-import never
 * made). Shared by the API and `luoshi import`; the preview (preview.ts) reads the same way and stores nothing.
 */
import { analyze } from '../analyze.js';
import { readBytes, readOptionsOf, type Source } from '../read/index.js';
import type { AnalysisRecord } from '../analyze.js';
import { checkItemCount } from './item-limit.js';
import {
  bytesHash,
  findReportBySourceHash,
  getGovernment,
  importReport,
  proposeAssignments,
  transaction,
  type Actor,
  type GivenField,
  type Government,
  type ImportResult,
  type Ledger,
  type Report,
  type Store,
} from '../ledger/index.js';
import { GIVEN_FIELDS } from '../ledger/enums.js';
import type { KnownMeta } from '../structure/index.js';

/** The report fields an office can give in place of what the text says. */
export type ReportFields = Pick<KnownMeta, GivenField>;

export interface ImportBytesInput extends ReportFields {
  bytes: Uint8Array;
  name: string;
  maxBytes?: number;
  /** The text's encoding, when detection should be overridden. */
  encoding?: string;
}

/** An upload as read, the report it already is in the ledger (same bytes), and the fields its analysis follows. */
export interface ReadUpload {
  source: Source;
  stored?: { report: Report; government: Government };
  /** The fields given now, else those given at the stored report's import: a corrected year stays corrected. */
  known: ReportFields;
}

export async function readUpload(ledger: Ledger, input: ImportBytesInput): Promise<ReadUpload> {
  const source = await readBytes(input.bytes, input.name, readOptionsOf(input));
  return { source, ...(await knownFor(ledger, input)) };
}

/** The report these bytes already are in the ledger, and the fields an analysis of them follows. */
export async function knownFor(ledger: Ledger, input: ImportBytesInput): Promise<Omit<ReadUpload, 'source'>> {
  const report = await findReportBySourceHash(ledger, await bytesHash(input.bytes));
  const government = report && (await getGovernment(ledger, report.governmentId));
  if (!report || !government) return { known: fieldsOf(input) };
  const before = fieldsOf({ region: government.region, level: government.level, year: report.year }, report.given);
  return { stored: { report, government }, known: { ...before, ...fieldsOf(input) } };
}

/** The fields of `from` that are set, of those named. */
export function fieldsOf(from: ReportFields, named: readonly GivenField[] = GIVEN_FIELDS): ReportFields {
  const fields: ReportFields = {};
  if (named.includes('region') && from.region !== undefined) fields.region = from.region;
  if (named.includes('level') && from.level !== undefined) fields.level = from.level;
  if (named.includes('year') && from.year !== undefined) fields.year = from.year;
  return fields;
}

/** An import's result, with the assignments proposed for its new items. */
export type ImportOutcome = ImportResult & { proposed: number };

export interface AnalysedUpload {
  analysis: AnalysisRecord;
  bytes: Uint8Array;
  name: string;
  known: ReportFields;
}


/**
 * Stores an analysed upload and proposes an unconfirmed assignment for each item that names its units and has none
 * (so a re-import completes proposals an earlier one lacks), in one transaction (joining the caller's, where `store`
 * is one): an import is there whole, or not at all.
 */
export async function commitImport(store: Store, actor: Actor, upload: AnalysedUpload): Promise<ImportOutcome> {
  checkItemCount(upload.name, upload.analysis.extraction.commitments.length);
  return transaction(
    store,
    actor,
    async (tx) => {
      const result = await importReport(tx, actor, { analysis: upload.analysis, bytes: upload.bytes, name: upload.name, ...upload.known });
      return { ...result, proposed: await proposeAssignments(tx, actor, result.reportId) };
    },
    `report ${upload.name}`,
  );
}

/** Reads, analyses and commits an upload on this thread (the CLI, the demo); the server runs imports as jobs. */
export async function importBytes(ledger: Ledger, actor: Actor, input: ImportBytesInput): Promise<ImportOutcome> {
  const { source, known } = await readUpload(ledger, input);
  return commitImport(ledger, actor, { analysis: analyze(source, known), bytes: input.bytes, name: input.name, known });
}
