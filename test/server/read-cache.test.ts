/**
 * Answers kept between writes (src/server/read-cache.ts) and session lookups kept the same way (auth.ts): the
 * same answer again with an ETag and 304, gzip once asked again, never stale after a write (here or by another
 * process), never another user's, and a session ended or expired is refused at once.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { closeLedger, importReport, openLedger, type Ledger } from '../../src/ledger/index.js';
import { analyzeText, smallReport } from '../ledger/dialects.js';
import { Client, seed, type Seeded } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('read cache', () => {
  let ledger: Ledger;
  let s: Seeded;
  const clock = { now: new Date('2025-04-15T02:00:00Z') };

  before(async () => {
    ledger = await openLedger({ file: ':memory:' });
    s = await seed(ledger, { now: () => clock.now, sessionTtlHours: 1 });
  });
  after(async () => {
    await s.app.close();
    await closeLedger(ledger);
  });

  it('a page asked again is the same answer with an ETag, and revalidating it gets 304', async () => {
    const sup = await s.client('supervisor');
    for (const url of ['/api/commitments?limit=5', '/api/dashboard', `/api/commitments/${s.target.id}`, '/api/lists/due']) {
      const first = await sup.request('GET', url);
      const again = await sup.request('GET', url);
      assert.equal(first.statusCode, 200, url);
      assert.equal(again.body, first.body, url);
      const etag = again.headers.etag as string;
      assert.match(etag, /^W\/"[\w-]+"$/, url);
      assert.equal(again.headers['cache-control'], 'private, no-cache', url);
      const revalidated = await sup.request('GET', url, undefined, { headers: { 'if-none-match': etag } });
      assert.equal(revalidated.statusCode, 304, url);
      assert.equal(revalidated.body, '', url);
    }
  });

  it('an answer asked for again goes out gzipped to a client that accepts gzip, and unchanged to one that does not', async () => {
    const sup = await s.client('supervisor');
    const url = '/api/commitments?limit=40';
    const plain = await sup.request('GET', url);
    let gzipped = await sup.request('GET', url, undefined, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    for (let i = 0; i < 50 && gzipped.headers['content-encoding'] !== 'gzip'; i++) {
      await sleep(10);
      gzipped = await sup.request('GET', url, undefined, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    }
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(gzipped.headers.vary, 'accept-encoding');
    assert.equal(gunzipSync(gzipped.rawPayload).toString(), plain.body);
    const refused = await sup.request('GET', url, undefined, { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal(refused.body, plain.body);
  });

  it('a write is seen by the very next read', async () => {
    const sup = await s.client('supervisor');
    const editor = await s.client('editorOwn');
    const url = `/api/commitments/${s.milestone.id}`;
    const before = (await sup.request('GET', url)).json() as { progress: unknown[] };
    const list = (await sup.request('GET', '/api/commitments?kind=milestone&limit=100')).json() as { items: { id: number; status: { status: string } }[] };
    const posted = await editor.request('POST', `${url}/progress`, { reportedOn: '2025-04-15', state: 'done', note: '已建成投用' });
    assert.equal(posted.statusCode, 201, posted.body);
    const after = (await sup.request('GET', url)).json() as { progress: unknown[]; status: { status: string } };
    assert.equal(after.progress.length, before.progress.length + 1);
    // a unit's 已完成 asks for 办结: the item waits for the office
    assert.equal(after.status.status, 'pending_closure');
    const listed = (await sup.request('GET', '/api/commitments?kind=milestone&limit=100')).json() as typeof list;
    assert.notEqual(list.items.find((i) => i.id === s.milestone.id)!.status.status, 'pending_closure');
    assert.equal(listed.items.find((i) => i.id === s.milestone.id)!.status.status, 'pending_closure');
  });

  it('answers are kept per user: a role refused stays refused after another role’s answer was kept', async () => {
    const cases: [who: 'admin' | 'viewer' | 'editorOther' | 'anonymous', url: string, status: number][] = [
      ['admin', '/api/users', 200],
      ['admin', '/api/users', 200],
      ['viewer', '/api/users', 403],
      ['editorOther', '/api/audit', 403],
      ['anonymous', '/api/commitments?limit=5', 401],
    ];
    await (await s.client('supervisor')).request('GET', '/api/audit');
    for (const [who, url, status] of cases) assert.equal((await (await s.client(who)).request('GET', url)).statusCode, status, `${who} ${url}`);
  });

  it('many asking at once for an answer not yet kept all get it', async () => {
    const sup = await s.client('supervisor');
    const answers = await Promise.all(Array.from({ length: 20 }, () => sup.request('GET', '/api/scorecards')));
    assert.ok(answers.every((a) => a.statusCode === 200 && a.body === answers[0].body));
  });

  it('a session ended by logging out, or expired, is refused at once although its lookup was kept', async () => {
    const leaving = new Client(s.app);
    assert.equal((await leaving.login('viewer')).statusCode, 200);
    const cookies = { ...leaving.cookies };
    assert.equal((await leaving.request('GET', '/api/units')).statusCode, 200);
    assert.equal((await leaving.request('POST', '/api/auth/logout')).statusCode, 204);
    leaving.cookies = cookies;
    assert.equal((await leaving.request('GET', '/api/units')).statusCode, 401);

    const expiring = new Client(s.app);
    assert.equal((await expiring.login('viewer')).statusCode, 200);
    assert.equal((await expiring.request('GET', '/api/units')).statusCode, 200);
    clock.now = new Date(clock.now.getTime() + 2 * 3600 * 1000); // the same day, past the 1-hour lifetime
    assert.equal((await expiring.request('GET', '/api/units')).statusCode, 401);
  });
});

it('a report imported by another process shows in the kept answers within about a second', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-read-cache-'));
  const file = join(dir, 'ledger.db');
  const server = await openLedger({ file });
  const cli = await openLedger({ file });
  const s = await seed(server);
  try {
    const sup = await s.client('supervisor');
    const page = async () => (await sup.request('GET', '/api/commitments?limit=500')).body;
    const before = await page();
    assert.equal(await page(), before);
    // a corrected copy of the same report: new items, the missing ones flagged stale
    await importReport(cli, null, { analysis: analyzeText(smallReport(['新建城市书房3个。']), 'small-report.txt') });
    let seen = before;
    for (let i = 0; i < 30 && seen === before; i++) {
      await sleep(100);
      seen = await page();
    }
    assert.notEqual(seen, before);
    assert.match(seen, /城市书房/);
  } finally {
    await s.app.close();
    await closeLedger(server);
    await closeLedger(cli);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('read cache memory', () => {
  const LIMIT = 64 * 1024;
  let ledger: Ledger;
  let s: Seeded;

  before(async () => {
    ledger = await openLedger({ file: ':memory:' });
    s = await seed(ledger, { readCacheBytes: LIMIT });
  });
  after(async () => {
    await s.app.close();
    await closeLedger(ledger);
  });

  it('1,000 requests with parameters a route does not read, or its query written differently, keep no answer of their own', async () => {
    const sup = await s.client('supervisor');
    const cases: [route: string, urls: (i: number) => string][] = [
      ['/api/units (no query)', (i) => `/api/units?pad${i}=${'x'.repeat(12_000)}`],
      ['/api/commitments (junk)', (i) => `/api/commitments?limit=5&pad=${i}${'x'.repeat(12_000)}`],
      ['/api/commitments (as written)', (i) => [`/api/commitments?limit=5`, `/api/commitments?junk=${i}&limit=5&pad=1`, `/api/commitments?pad=${i}&limit=5`][i % 3]],
    ];
    for (const [route, url] of cases) {
      const first = await sup.request('GET', url(0));
      assert.equal(first.statusCode, 200, route);
      const one = s.app.readCacheSize();
      for (let i = 1; i < 1000 / cases.length; i++) {
        const again = await sup.request('GET', url(i));
        assert.equal(again.body, first.body, route);
      }
      assert.deepEqual(s.app.readCacheSize(), one, route);
    }
    assert.equal(s.app.readCacheSize().answers, 2);
  });

  it('a gzipped copy counts too', async () => {
    const sup = await s.client('supervisor');
    const url = '/api/commitments?limit=40';
    await sup.request('GET', url);
    const kept = s.app.readCacheSize().bytes;
    let gzipped = await sup.request('GET', url, undefined, { headers: { 'accept-encoding': 'gzip' } });
    for (let i = 0; i < 50 && gzipped.headers['content-encoding'] !== 'gzip'; i++) {
      await sleep(10);
      gzipped = await sup.request('GET', url, undefined, { headers: { 'accept-encoding': 'gzip' } });
    }
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.equal(s.app.readCacheSize().bytes, kept + gzipped.rawPayload.length);
  });

  it('distinct searches are kept within the bound, their keys counted', async () => {
    const sup = await s.client('supervisor');
    // 200 characters of three bytes each: the key is far larger than the empty page it answers
    const search = (i: number) => `/api/commitments?limit=1&q=${encodeURIComponent(`${i}${'无'.repeat(196)}`)}`;
    for (let i = 0; i < 500; i++) assert.equal((await sup.request('GET', search(i))).statusCode, 200);
    const { answers, bytes } = s.app.readCacheSize();
    assert.ok(bytes <= LIMIT, `${bytes} bytes counted`);
    assert.ok(answers <= LIMIT / 600, `${answers} answers of 600-byte keys in ${LIMIT} bytes`);
    assert.ok(answers > 0);
  });
});
