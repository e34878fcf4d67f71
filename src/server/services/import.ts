/**
 * Importing a report from bytes (an upload, or a file the CLI read): read → analyze with the fields an office gives
 * → importReport and an unconfirmed assignment proposed for each item that names its units and has none, in one
 * transaction (a crash between the two would leave items without proposals that an unchanged re-import never
 * made). Shared by the API and `luoshi import`; the preview (preview.ts) reads the same way and stores nothing.
 */
import { analyze } from '../../analyze.js';
import { readBytes, type Source } from '../../read/index.js';
import {
  findReportBySourceHash,
  getGovernment,
  importReport,
  proposeAssignments,
  sourceHash,
  transaction,
  type Actor,
  type GivenField,
  type Government,
  type ImportResult,
  type Ledger,
  type Report,
} from '../../ledger/index.js';
import { GIVEN_FIELDS } from '../../ledger/enums.js';
import type { KnownMeta } from '../../structure/index.js';

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
  const source = await readBytes(input.bytes, input.name, {
    ...(input.maxBytes !== undefined ? { maxBytes: input.maxBytes } : {}),
    ...(input.encoding ? { encoding: input.encoding } : {}),
  });
  const report = await findReportBySourceHash(ledger, sourceHash(source, input.bytes));
  const government = report && (await getGovernment(ledger, report.governmentId));
  if (!report || !government) return { source, known: fieldsOf(input) };
  const before = fieldsOf({ region: government.region, level: government.level, year: report.year }, report.given);
  return { source, stored: { report, government }, known: { ...before, ...fieldsOf(input) } };
}

/** The fields of `from` that are set, of those named. */
function fieldsOf(from: ReportFields, named: readonly GivenField[] = GIVEN_FIELDS): ReportFields {
  const fields: ReportFields = {};
  if (named.includes('region') && from.region !== undefined) fields.region = from.region;
  if (named.includes('level') && from.level !== undefined) fields.level = from.level;
  if (named.includes('year') && from.year !== undefined) fields.year = from.year;
  return fields;
}

export async function importBytes(ledger: Ledger, actor: Actor, input: ImportBytesInput): Promise<ImportResult & { proposed: number }> {
  const { source, known } = await readUpload(ledger, input);
  // analysed before the transaction opens: it holds the database only for the writes
  const analysis = analyze(source, known);
  return transaction(
    ledger,
    actor,
    async (tx) => {
      const result = await importReport(tx, actor, { analysis, bytes: input.bytes, name: input.name, ...known });
      return { ...result, proposed: await proposeAssignments(tx, actor, result.reportId) };
    },
    `report ${input.name}`,
  );
}
