import { parseArgs } from 'node:util';
import { closeLedger, isLedgerError } from '../ledger/index.js';
import { isLuoshiError, LuoshiError } from '../errors.js';
import { readFileBytes } from '../read/input.js';
import { importBytes } from '../app/import.js';
import type { Io } from './output.js';
import { ledgerName, openCliLedger } from './ledger.js';
import { readOptionSpec, readOptionsFrom, reportFieldsFrom, reportFieldSpec } from './options.js';
import { ProgressBar } from './progress.js';
import { DEFAULT_MAX_BYTES } from '../read/source.js';
import { basename } from 'node:path';

/**
 * `luoshi import FILE…`: reads, analyses and imports each report into the ledger (the same file again changes
 * nothing), with a progress bar on a terminal and a summary. A failing file is reported and skipped (exit 1);
 * a single file given that cannot be read or imported is bad input (one line, exit 2).
 * `--year`, `--region`, `--level` replace what the text says, in every file, and are stored as given.
 */
export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...readOptionSpec, ...reportFieldSpec } });
  if (positionals.length === 0) throw new LuoshiError('USAGE', 'import', 'give one or more report files');
  const options = readOptionsFrom(values);
  const given = await reportFieldsFrom(values);
  const ledger = await openCliLedger();
  const progress = new ProgressBar(positionals.length, io.stderr, Boolean(process.stderr.isTTY));
  const totals = { created: 0, updated: 0, unchanged: 0, stale: 0 };
  const failures: string[] = [];
  const lines: string[] = [];
  try {
    for (const file of positionals) {
      try {
        const bytes = await readFileBytes(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
        const r = await importBytes(ledger, null, { bytes, name: basename(file), ...options, ...given });
        totals.created += r.created;
        totals.updated += r.updated;
        totals.unchanged += r.unchanged;
        totals.stale += r.stale;
        lines.push(`${file}: report ${r.reportId} ${r.report}; items ${r.created} new, ${r.updated} changed, ${r.unchanged} unchanged, ${r.stale} stale; ${r.proposed} assignments proposed\n`);
      } catch (e) {
        // one file given: its problem is the command's, one line and exit 2 as `luoshi clean` says it
        if (positionals.length === 1 && (isLuoshiError(e) || isLedgerError(e))) throw e;
        failures.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
      progress.tick(file);
    }
  } finally {
    progress.finish();
    await closeLedger(ledger);
  }
  for (const line of lines) io.stdout(line);
  for (const f of failures) io.stderr(`luoshi import: skipped ${f}\n`);
  io.stderr(
    `luoshi import: ${positionals.length - failures.length} reports into ${ledgerName()}; items ${totals.created} new, ${totals.updated} changed, ${totals.unchanged} unchanged, ${totals.stale} stale; ${failures.length} skipped\n`,
  );
  return failures.length ? 1 : 0;
}
