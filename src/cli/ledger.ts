import { resolve } from 'node:path';
import { environment } from '../config.js';
import { openLedger, type Ledger } from '../ledger/index.js';

/** The ledger the commands work on: $LUOSHI_DATABASE_URL when set, else ./data/luoshi.db under the current folder. */
export function openCliLedger(): Promise<Ledger> {
  const url = environment().databaseUrl;
  return url ? openLedger({ url }) : openLedger({ file: resolve(process.cwd(), 'data', 'luoshi.db') });
}

export const ledgerName = (): string => {
  const url = environment().databaseUrl;
  return url ? url.replace(/\/\/[^@/]*@/, '//***@') : resolve(process.cwd(), 'data', 'luoshi.db');
};
