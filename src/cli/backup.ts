import { parseArgs } from 'node:util';
import { backupLedger, closeLedger } from '../ledger/index.js';
import { LuoshiError } from '../errors.js';
import type { Io } from './output.js';
import { openCliLedger } from './ledger.js';

/**
 * `luoshi backup PATH`: a consistent copy of the ledger, safe while the server runs — SQLite's online backup
 * (a file that opens as a ledger), or for PostgreSQL a JSON export of one snapshot (use pg_dump to restore).
 */
export async function backupCommand(args: string[], io: Io): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new LuoshiError('USAGE', 'backup', 'give the PATH to write the copy to');
  const ledger = await openCliLedger();
  try {
    const result = await backupLedger(ledger, positionals[0]);
    io.stdout(`luoshi: ${result.kind === 'sqlite' ? 'SQLite database' : 'JSON export'} written to ${result.path}\n`);
    return 0;
  } finally {
    await closeLedger(ledger);
  }
}
