/**
 * The server the benchmarks drive: the real Fastify app on a ledger the benchmark filled, in a child process of its
 * own (this file, run with the ledger's open options), listening on an ephemeral loopback port; and a login as the
 * web page does it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { closeLedger, openLedger, type OpenOptions } from '../src/ledger/index.js';
import { buildApp } from '../src/server/index.js';

const SELF = fileURLToPath(import.meta.url);

/** Starts the server on the ledger `options` name; resolves once it listens. */
export async function startServer(options: OpenOptions): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(SELF, [JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Ends the server child at once (SIGKILL): requests still queued from a saturating run are dropped with it. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Logs in like the web page: fetch a CSRF cookie, then POST the login echoing it; returns the Cookie header and token. */
export async function login(base: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const me = await fetch(`${base}/api/auth/me`);
  const csrf = /luoshi_csrf=([^;]+)/.exec(me.headers.getSetCookie().join('\n'))![1];
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `luoshi_csrf=${csrf}`, 'x-csrf-token': csrf! },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const session = cookies.find((c) => c.startsWith('luoshi_session='))!;
  const fresh = cookies.find((c) => c.startsWith('luoshi_csrf='))!;
  return { cookie: `${session}; ${fresh}`, csrf: fresh.slice('luoshi_csrf='.length) };
}

// Run as the child: serve the ledger named by the argument until the parent goes.
if (process.argv[1] === SELF) {
  const ledger = await openLedger(JSON.parse(process.argv[2]!) as OpenOptions);
  const app = await buildApp({ ledger, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const stop = async () => {
    await app.close();
    await closeLedger(ledger);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send!({ port: Number(new URL(address).port) });
}
