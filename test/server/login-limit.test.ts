/**
 * The login limit holds against parallel and distributed guessing: attempts are counted in the ledger before the
 * password is hashed, per account across addresses and per address, with a lock that doubles; and the hashing is
 * bounded, so a flood of made-up names cannot starve a real login. Both databases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../src/server/index.js';
import { addressKey } from '../../src/server/rate-limit.js';
import { testDialects } from '../ledger/dialects.js';
import { Client, errorCode, PASSWORD, seed, type Seeded } from './helpers.js';

const MINUTE = 60 * 1000;

/** A seeded app whose clock the test moves. */
async function withApp(ledger: Parameters<typeof seed>[0], fn: (s: Seeded, later: (ms: number) => void) => Promise<void>): Promise<void> {
  let clock = new Date('2025-04-15T02:00:00Z');
  const s = await seed(ledger, { now: () => clock });
  try {
    await fn(s, (ms) => (clock = new Date(clock.getTime() + ms)));
  } finally {
    await s.app.close();
  }
}

/** A client at `address` that has its CSRF token already (so its login is the next request it makes). */
async function at(s: Seeded, address: string): Promise<Client> {
  const c = new Client(s.app, address);
  await c.request('GET', '/api/auth/me');
  return c;
}

const retryAfter = (res: { headers: Record<string, unknown> }): number => Number(res.headers['retry-after']);

/** `n` logins at once, the i-th from `address(i)` as `name(i)` with a wrong password. */
const failing = async (s: Seeded, n: number, address: (i: number) => string, name: (i: number) => string) =>
  Promise.all((await Promise.all(Array.from({ length: n }, (_, i) => at(s, address(i))))).map((c, i) => c.login(name(i), 'wrong password')));

const statuses = (results: { statusCode: number }[]) => results.map((r) => r.statusCode);

const dialects = await testDialects();
const sqlite = dialects[0];

for (const dialect of dialects) {
  describe(`login limit in parallel and across servers (${dialect.name})`, { skip: dialect.skip }, () => {
    it('300 parallel attempts on one account, the right password last: at most 5 are checked, none gets in, and the lock holds everywhere', () =>
      dialect.withLedger((ledger) =>
        withApp(ledger, async (s, later) => {
          const attacker = await at(s, '203.0.113.5');
          const results = await Promise.all(Array.from({ length: 300 }, (_, i) => attacker.login('viewer', i === 299 ? PASSWORD : `guess ${i}`)));
          const checked = statuses(results).filter((code) => code === 401).length;
          assert.ok(checked >= 1 && checked <= 5, `${checked} passwords checked`);
          assert.equal(statuses(results).filter((code) => code === 429).length, 300 - checked, 'every other attempt refused before its password was checked');
          assert.equal(results[299].statusCode, 429, 'the right password, last, is refused too');
          const elsewhere = await at(s, '198.51.100.7');
          const refused = await elsewhere.login('viewer');
          assert.equal(refused.statusCode, 429, 'another address gets no fresh attempts');
          assert.equal(errorCode(refused), 'RATE_LIMITED');
          assert.ok(retryAfter(refused) > 0 && retryAfter(refused) <= 60, `Retry-After ${retryAfter(refused)}`);
          later(MINUTE + 1000);
          assert.equal((await elsewhere.login('viewer')).statusCode, 200, 'the lock ends');
        }),
      ));

    it('the count is kept in the ledger: two servers on one database share it', () =>
      dialect.withLedger((ledger, openAgain) =>
        withApp(ledger, async (s) => {
          // another process on PostgreSQL; on SQLite in memory, another server on the same handle
          const second = ledger.dialect === 'postgres' ? await openAgain() : ledger;
          const other = await buildApp({ ledger: second, now: () => new Date('2025-04-15T02:00:00Z') });
          try {
            const both = await Promise.all(Array.from({ length: 10 }, (_, i) => new Client(i % 2 ? other : s.app, '198.51.100.40').login('admin', `guess ${i}`)));
            assert.deepEqual(statuses(both).sort(), [...Array(5).fill(401), ...Array(5).fill(429)]);
            assert.equal((await new Client(other, '198.51.100.41').login('admin')).statusCode, 429);
            assert.equal((await new Client(s.app, '198.51.100.41').login('admin')).statusCode, 429);
          } finally {
            await other.close();
          }
        }),
      ));
  });
}

describe('login limit', () => {
  it('failures from different addresses add up on the account; each lock lasts twice the one before', () =>
    sqlite.withLedger((ledger) =>
      withApp(ledger, async (s, later) => {
        const locks: number[] = [];
        for (let round = 0; round < 3; round++) {
          const results = await failing(s, 5, (i) => `198.51.100.${round * 10 + i + 1}`, () => 'supervisor');
          assert.deepEqual(statuses(results), [401, 401, 401, 401, 401], `round ${round}`);
          const locked = await (await at(s, '192.0.2.99')).login('supervisor');
          assert.equal(locked.statusCode, 429);
          locks.push(retryAfter(locked));
          later(retryAfter(locked) * 1000 + 1000);
        }
        assert.deepEqual(locks, [60, 120, 240]);
        assert.equal((await (await at(s, '192.0.2.99')).login('supervisor')).statusCode, 200);
      }),
    ));

  it('a login forgives the failures before it; failures go on counting after it', () =>
    sqlite.withLedger((ledger) =>
      withApp(ledger, async (s) => {
        const c = await at(s, '192.0.2.20');
        assert.deepEqual(statuses(await failing(s, 4, () => '192.0.2.20', () => 'editorOwn')), [401, 401, 401, 401]);
        assert.equal((await c.login('editorOwn')).statusCode, 200);
        assert.deepEqual(statuses(await failing(s, 5, () => '192.0.2.20', () => 'editorOwn')), [401, 401, 401, 401, 401], 'five more after the login');
        assert.equal((await c.login('editorOwn')).statusCode, 429);
      }),
    ));

  it('one address trying many names is stopped after 20 failures, whatever the name; other addresses are not', () =>
    sqlite.withLedger((ledger) =>
      withApp(ledger, async (s) => {
        for (let batch = 0; batch < 4; batch++) {
          const results = await failing(s, 5, () => '203.0.113.77', (i) => `user${batch * 5 + i}`);
          assert.deepEqual(statuses(results), [401, 401, 401, 401, 401], `batch ${batch}`);
        }
        const stopped = await (await at(s, '203.0.113.77')).login('viewer');
        assert.equal(stopped.statusCode, 429);
        assert.equal(errorCode(stopped), 'RATE_LIMITED');
        assert.equal((await (await at(s, '203.0.113.78')).login('viewer')).statusCode, 200);
      }),
    ));

  it('an address is counted as itself, IPv4 also when mapped into IPv6, and IPv6 by its /64 (which one holder has)', () => {
    const cases: [string, string][] = [
      ['203.0.113.77', '203.0.113.77'],
      ['::ffff:203.0.113.77', '203.0.113.77'],
      ['2001:db8:7:1::1', '2001:db8:7:1::/64'],
      ['2001:0db8:0007:0001:ffff:ffff:ffff:ffff', '2001:db8:7:1::/64'],
      ['2001:db8::1', '2001:db8:0:0::/64'],
      ['fe80::1%eth0', 'fe80:0:0:0::/64'],
      ['::1', '0:0:0:0::/64'],
      ['64:ff9b::203.0.113.77', '64:ff9b:0:0::/64'],
    ];
    for (const [ip, key] of cases) assert.equal(addressKey(ip), key, ip);
  });
});

describe('login under a flood of made-up names', () => {
  it('a genuine login during 100 parallel attempts from 100 addresses answers about as fast as alone; the excess is refused at once', async () => {
    await sqlite.withLedger((ledger) =>
      withApp(ledger, async (s) => {
        // the dummy hash unknown names are checked against is made once
        await (await at(s, '192.0.2.1')).login('nobody', 'x');
        const genuine = await at(s, '192.0.2.10');
        const alone: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t0 = performance.now();
          assert.equal((await genuine.login('viewer')).statusCode, 200);
          alone.push(performance.now() - t0);
        }
        const single = alone.sort((a, b) => a - b)[1];
        const flooders = await Promise.all(Array.from({ length: 100 }, (_, i) => at(s, `10.9.${i >> 8}.${i & 255}`)));
        const flood = flooders.map((c, i) => c.login(`nobody${i}`, 'guess'));
        const t0 = performance.now();
        const res = await genuine.login('viewer');
        const during = performance.now() - t0;
        const flooded = await Promise.all(flood);
        assert.equal(res.statusCode, 200, res.body);
        assert.ok(during < 10 * single, `${during.toFixed(0)} ms during the flood, ${single.toFixed(0)} ms alone`);
        for (const r of flooded) assert.ok([401, 429].includes(r.statusCode), `${r.statusCode} ${r.body}`);
        const busy = flooded.filter((r) => errorCode(r) === 'LOGIN_BUSY');
        assert.ok(busy.length > 50, `${busy.length} refused at once`);
        assert.ok(busy.every((r) => retryAfter(r) > 0));
      }),
    );
  });
});
