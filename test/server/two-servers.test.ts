/**
 * Growing past one machine: two `luoshi serve` processes on one PostgreSQL ledger, as two machines behind a load
 * balancer would run. A write through one is read through the other within a second (answers each keeps are
 * dropped when the other writes); a session begun on one holds on the other, and ends on both; failed logins
 * counted by one lock the account on the other; an import queued through one is run once.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeLedger, createUser, openLedger } from '../../src/ledger/index.js';
import { hashPassword } from '../../src/app/passwords.js';
import { dropSchema, POSTGRES_URL, smallReport, testDialects } from '../ledger/dialects.js';

const pg = (await testDialects()).find((d) => d.name === 'postgres')!;
const schema = `test_${randomBytes(6).toString('hex')}`;
const PASSWORD = 'two-servers-pass';
const CLI = new URL('../../src/cli/index.ts', import.meta.url).href;
/** bin/luoshi.js runs the built CLI; this runs it from source. */
const launcher = join(mkdtempSync(join(tmpdir(), 'luoshi-serve-')), 'luoshi.mjs');
writeFileSync(launcher, `const { run } = await import(${JSON.stringify(CLI)});\nprocess.exitCode = await run(process.argv.slice(2));\n`);

interface Server {
  child: ChildProcess;
  base: string;
}

/** `luoshi serve --port 0` from source in a process of its own; resolves with its address once it listens. */
function serve(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', launcher, 'serve', '--port', '0'], {
    env: { ...process.env, LUOSHI_DATABASE_URL: `${POSTGRES_URL}?schema=${schema}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /serving (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve({ child, base: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d));
    child.on('exit', (code) => reject(new Error(`luoshi serve exited ${code}: ${out}`)));
  });
}

/** A browser's cookie jar against one server or another: the cookies are the user's, whichever server set them. */
class Browser {
  cookies = new Map<string, string>();

  async request(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: () => unknown }> {
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') headers['x-csrf-token'] = this.cookies.get('luoshi_csrf') ?? '';
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) [headers['content-type'], payload] = ['application/json', JSON.stringify(body)];
    const res = await fetch(base + path, { method, headers, body: payload });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    return { status: res.status, json: () => JSON.parse(text) };
  }

  async login(base: string, username: string, password = PASSWORD): Promise<number> {
    if (!this.cookies.has('luoshi_csrf')) await this.request(base, 'GET', '/api/auth/me');
    return (await this.request(base, 'POST', '/api/auth/login', { username, password })).status;
  }
}

/** Polls `check` until it holds; returns how long that took, in ms (fails past `withinMs`). */
async function within(withinMs: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > withinMs) assert.fail(`${what}: not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let one: Server;
let two: Server;

describe('two servers on one PostgreSQL ledger', { skip: pg.skip }, () => {
  before(async () => {
    const ledger = await openLedger({ url: POSTGRES_URL, schema });
    const passwordHash = await hashPassword(PASSWORD);
    for (const [username, role] of [['office', 'admin'], ['clerk', 'supervisor'], ['guessed', 'viewer']] as const) {
      await createUser(ledger, null, { username, role, passwordHash });
    }
    await closeLedger(ledger);
    [one, two] = await Promise.all([serve(), serve()]);
  });

  after(async () => {
    for (const server of [one, two]) {
      if (!server || server.child.exitCode !== null) continue;
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    await dropSchema(schema);
    rmSync(dirname(launcher), { recursive: true, force: true });
  });

  it('a write through one is read through the other within a second', async () => {
    const office = new Browser();
    assert.equal(await office.login(one.base, 'office'), 200);
    const names = async () => ((await office.request(two.base, 'GET', '/api/units')).json() as { units: { name: string }[] }).units.map((u) => u.name);
    assert.deepEqual(await names(), [], 'the other server has read (and kept) the empty list');
    assert.equal((await office.request(one.base, 'POST', '/api/units', { name: '县水利局' })).status, 201);
    const ms = await within(1500, 'the new unit through the other server', async () => (await names()).includes('县水利局'));
    assert.ok(ms <= 1500);
  });

  it('a session begun on one holds on the other, and logging out on one ends it on both', async () => {
    const clerk = new Browser();
    assert.equal(await clerk.login(one.base, 'clerk'), 200);
    assert.equal((await clerk.request(two.base, 'GET', '/api/units')).status, 200);
    const cookies = new Map(clerk.cookies);
    assert.equal((await clerk.request(one.base, 'POST', '/api/auth/logout')).status < 300, true);
    const stolen = Object.assign(new Browser(), { cookies });
    await within(1500, 'the ended session refused by the other server', async () => (await stolen.request(two.base, 'GET', '/api/units')).status === 401);
  });

  it('failed logins counted by one lock the account on the other', async () => {
    const guesser = new Browser();
    for (let i = 0; i < 5; i++) assert.equal(await guesser.login(i % 2 ? one.base : two.base, 'guessed', `wrong-${i}`), 401);
    const owner = new Browser();
    assert.equal(await owner.login(two.base, 'guessed'), 429, 'locked on the server that saw only some of the failures');
    assert.equal(await owner.login(one.base, 'guessed'), 429);
  });

  it('an import queued through one is run once, and followed through either', async () => {
    const clerk = new Browser();
    assert.equal(await clerk.login(one.base, 'clerk'), 200);
    const form = new FormData();
    form.append('file', new Blob([smallReport()], { type: 'text/plain' }), 'report.txt');
    const accepted = await clerk.request(one.base, 'POST', '/api/reports', form);
    assert.equal(accepted.status, 202);
    const { id } = accepted.json() as { id: number };
    let job: { state: string; attempts: number; result?: { reportId: number } } | undefined;
    await within(60_000, 'the import done', async () => {
      job = (await clerk.request(two.base, 'GET', `/api/import-jobs/${id}`)).json() as typeof job;
      return job?.state === 'done' || job?.state === 'failed';
    });
    assert.deepEqual([job?.state, job?.attempts], ['done', 1], JSON.stringify(job));
    const report = await clerk.request(two.base, 'GET', `/api/reports/${job!.result!.reportId}`);
    assert.equal(report.status, 200);
  });
});
