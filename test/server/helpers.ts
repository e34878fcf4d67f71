/**
 * The API under test: an app on a fresh ledger (SQLite in memory, or a PostgreSQL schema of its own), seeded with
 * two units, one account per role, and a small report with assignments; clients that keep cookies and echo the
 * CSRF token like a browser page would.
 */
import { after, before } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { analyzeText, smallReport } from '../ledger/dialects.js';
import { assign, closeLedger, createUnit, createUser, importReport, listCommitments, openLedger, setLedgerClock, type Commitment, type Ledger, type Role } from '../../src/ledger/index.js';
import { buildApp, hashPassword, type App, type BuildOptions } from '../../src/server/index.js';

export const PASSWORD = 'correct horse battery';

/**
 * The clock the API's resource tests give the seeded server: 10:00 on 15 April 2025 in Shanghai, a quarter into the
 * seeded report's year.
 */
export const SEEDED_NOW = new Date('2025-04-15T02:00:00Z');

export type Who = 'anonymous' | 'viewer' | 'editorOwn' | 'editorOther' | 'supervisor' | 'admin';
export const EVERYONE: readonly Who[] = ['anonymous', 'viewer', 'editorOwn', 'editorOther', 'supervisor', 'admin'];

export interface Seeded {
  app: App;
  ledger: Ledger;
  reportId: number;
  units: { own: number; other: number };
  /** A milestone led by the own unit, a target led by the other unit. */
  milestone: Commitment;
  target: Commitment;
  userIds: Record<Exclude<Who, 'anonymous'>, number>;
  client(who: Who): Promise<Client>;
}

export class Client {
  cookies: Record<string, string> = {};
  /** `address`: the client's IP address as the server sees it (default 127.0.0.1). */
  constructor(
    readonly app: App,
    readonly address?: string,
  ) {}

  get csrf(): string {
    return this.cookies.luoshi_csrf ?? '';
  }

  private keep(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number }[]) {
      if (c.value === '' || c.maxAge === 0) delete this.cookies[c.name];
      else this.cookies[c.name] = c.value;
    }
  }

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    if (!this.cookies.luoshi_csrf) this.keep(await this.app.inject({ method: 'GET', url: '/api/auth/me' }));
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({
      method,
      url,
      cookies: this.cookies,
      headers,
      ...(this.address ? { remoteAddress: this.address } : {}),
      ...(payload === undefined ? {} : typeof payload === 'string' || Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }),
    });
    this.keep(res);
    return res;
  }

  async login(username: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    return this.request('POST', '/api/auth/login', { username, password });
  }

  /**
   * Uploads a report and waits for its import job: the upload's answer when it was refused at once, else the job
   * as it ended (state done with its result, or failed with its error).
   */
  async importReport(file: Parameters<typeof multipart>[0], fields: Record<string, string> = {}): Promise<ImportAnswer> {
    const { payload, headers } = multipart(file, fields);
    const accepted = await this.request('POST', '/api/reports', payload, { headers });
    if (accepted.statusCode !== 202) return { accepted };
    const { id } = accepted.json() as ImportJobAnswer;
    for (;;) {
      const job = (await this.request('GET', `/api/import-jobs/${id}`)).json() as ImportJobAnswer;
      if (job.state === 'done' || job.state === 'failed') return { accepted, job, result: job.result };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

export interface ImportJobAnswer {
  id: number;
  state: 'queued' | 'running' | 'done' | 'failed';
  stage?: string;
  result?: { reportId: number; report: string; created: number; updated: number; unchanged: number; stale: number; proposed: number };
  error?: { code: string; status: number; message: string; detail?: string };
}

export interface ImportAnswer {
  accepted: LightMyRequestResponse;
  job?: ImportJobAnswer;
  result?: ImportJobAnswer['result'];
}

/** A multipart/form-data body with one file (or none) and some text fields. */
export function multipart(file: { field?: string; name: string; type?: string; bytes: Buffer | string } | undefined, fields: Record<string, string> = {}) {
  const boundary = `----luoshi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/plain'}\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(file.bytes) ? file.bytes : Buffer.from(file.bytes));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const ACCOUNTS: [Exclude<Who, 'anonymous'>, Role, 'own' | 'other' | undefined][] = [
  ['viewer', 'viewer', undefined],
  ['editorOwn', 'unit_editor', 'own'],
  ['editorOther', 'unit_editor', 'other'],
  ['supervisor', 'supervisor', undefined],
  ['admin', 'admin', undefined],
];

let sharedHash: Promise<string> | undefined;

/**
 * The seeded server the tests of a file share: opened on an in-memory ledger before them, closed after them. Its
 * fields are there once the tests run.
 */
export function seededWorld(options: Omit<BuildOptions, 'ledger'> = {}): { readonly s: Seeded; readonly ledger: Ledger } {
  let seeded: Seeded | undefined;
  before(async () => {
    seeded = await seed(await openLedger({ file: ':memory:' }), options);
  });
  after(async () => {
    if (!seeded) return;
    await seeded.app.close();
    await closeLedger(seeded.ledger);
  });
  return {
    get s() {
      return seeded!;
    },
    get ledger() {
      return seeded!.ledger;
    },
  };
}

export async function seed(ledger: Ledger, options: Omit<BuildOptions, 'ledger'> = {}): Promise<Seeded> {
  const hash = await (sharedHash ??= hashPassword(PASSWORD));
  // the seeded world shares the server's clock (an assignment confirmed "today" is confirmed on its today)
  if (options.now) setLedgerClock(ledger, options.now);
  const own = await createUnit(ledger, null, { name: '县发改局', aliases: ['县发展和改革局'] });
  const other = await createUnit(ledger, null, { name: '县商务局' });
  const userIds = {} as Seeded['userIds'];
  for (const [who, role, unit] of ACCOUNTS) {
    const user = await createUser(ledger, null, { username: who, role, passwordHash: hash, ...(unit ? { unitId: unit === 'own' ? own.id : other.id } : {}) });
    userIds[who] = user.id;
  }
  const { reportId } = await importReport(ledger, null, { analysis: analyzeText(smallReport(), 'small-report.txt') });
  const milestone = (await listCommitments(ledger, { reportId, kind: 'milestone', limit: 1 })).items[0];
  const target = (await listCommitments(ledger, { reportId, kind: 'target', limit: 1 })).items[0];
  await assign(ledger, null, { commitmentId: milestone.id, leadUnitId: own.id, confirmed: true });
  await assign(ledger, null, { commitmentId: target.id, leadUnitId: other.id, confirmed: true });
  const app = await buildApp({ ledger, ...options });
  const clients = new Map<Who, Client>();
  return {
    app,
    ledger,
    reportId,
    units: { own: own.id, other: other.id },
    milestone,
    target,
    userIds,
    async client(who) {
      const known = clients.get(who);
      if (known) return known;
      const client = new Client(app);
      if (who !== 'anonymous') {
        const res = await client.login(who);
        if (res.statusCode !== 200) throw new Error(`login ${who}: ${res.statusCode} ${res.body}`);
      }
      clients.set(who, client);
      return client;
    },
  };
}

export const errorCode = (res: LightMyRequestResponse): string | undefined => (res.json() as { error?: { code: string } }).error?.code;
