import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closeLedger } from '../ledger/index.js';
import { chineseDate } from '../calendar/index.js';
import { environment } from '../config.js';
import { LuoshiError } from '../errors.js';
import { buildApp } from '../server/index.js';
import type { Io } from './output.js';
import { ledgerName, openCliLedger } from './ledger.js';

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * `luoshi serve [--port N] [--host H] [--demo] [--upload-limit MB]`: the HTTP API (and the web app from web/dist
 * when it is built) until SIGINT or SIGTERM. `--demo` seeds the sample report and prints demo accounts.
 */
export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, demo: { type: 'boolean' }, 'upload-limit': { type: 'string' } },
  });
  const env = environment();
  const port = Number(values.port ?? env.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new LuoshiError('USAGE', `--port ${values.port}`, 'a port number');
  const host = values.host ?? '127.0.0.1';
  const mb = values['upload-limit'] === undefined ? undefined : Number(values['upload-limit']);
  if (mb !== undefined && !(mb > 0)) throw new LuoshiError('USAGE', `--upload-limit ${values['upload-limit']}`, 'a positive number of megabytes');

  const ledger = await openCliLedger();
  const app = await buildApp({
    ledger,
    demo: Boolean(values.demo),
    logger: false,
    ...(mb !== undefined ? { uploadLimit: Math.floor(mb * 1024 * 1024) } : {}),
    ...(existsSync(WEB_DIST) ? { staticDir: WEB_DIST } : {}),
    reminders: {
      ...(env.smtpUrl ? { smtpUrl: env.smtpUrl } : {}),
      ...(env.smtpFrom ? { from: env.smtpFrom } : {}),
    },
  });
  const address = await app.listen({ port, host });
  io.stdout(`luoshi: serving ${address} (API at ${address}/api, OpenAPI at ${address}/api/openapi.json)\n`);
  io.stdout(`luoshi: ledger ${ledgerName()}\n`);
  for (const note of ledger.notes) io.stderr(`luoshi: ${note}\n`);
  if (app.demo) {
    io.stdout(`luoshi: demo report ${app.demo.reportId}, as of ${chineseDate(app.demo.today)}; public page: ${address}/#/public/${app.demo.reportId}\n`);
    io.stdout('luoshi: demo accounts (passwords are new on every start):\n');
    for (const a of app.demo.accounts) io.stdout(`  ${a.username.padEnd(12)} ${a.password}  ${a.role}${a.unit ? ` (${a.unit})` : ''}\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await closeLedger(ledger);
  io.stderr('luoshi: stopped\n');
  return 0;
}
