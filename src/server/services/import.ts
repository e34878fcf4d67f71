/**
 * Importing a report from bytes (an upload, or a file the CLI read): read → analyze → importReport, then an
 * unconfirmed assignment proposed for each new item that names its units. Shared by the API and `luoshi import`.
 */
import { analyze } from '../../analyze.js';
import { readBytes } from '../../read/index.js';
import { importReport, proposeAssignment, getAssignment, type Actor, type ImportResult, type Ledger } from '../../ledger/index.js';
import type { Level } from '../../structure/index.js';
import { allCommitments } from './loop-data.js';

export interface ImportBytesInput {
  bytes: Uint8Array;
  name: string;
  maxBytes?: number;
  /** The text's encoding, when detection should be overridden. */
  encoding?: string;
  region?: string;
  level?: Level;
  year?: number;
}

export async function importBytes(ledger: Ledger, actor: Actor, input: ImportBytesInput): Promise<ImportResult & { proposed: number }> {
  const source = await readBytes(input.bytes, input.name, {
    ...(input.maxBytes !== undefined ? { maxBytes: input.maxBytes } : {}),
    ...(input.encoding ? { encoding: input.encoding } : {}),
  });
  const analysis = analyze(source);
  const result = await importReport(ledger, actor, {
    analysis,
    bytes: input.bytes,
    name: input.name,
    ...(input.region ? { region: input.region } : {}),
    ...(input.level ? { level: input.level } : {}),
    ...(input.year ? { year: input.year } : {}),
  });
  let proposed = 0;
  if (result.created > 0) {
    for (const c of await allCommitments(ledger, { reportId: result.reportId })) {
      if (c.namedLeadUnits.length + c.namedUnits.length === 0 || (await getAssignment(ledger, c.id))) continue;
      if ((await proposeAssignment(ledger, actor, c.id)).assignment) proposed++;
    }
  }
  return { ...result, proposed };
}
