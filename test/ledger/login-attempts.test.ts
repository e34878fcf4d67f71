/**
 * Login attempts counted in the ledger: admitted one by one however many come at once (also from two handles on
 * one database), locked by the failure that reaches the limit for twice as long each time, forgiven by a success
 * unless locked, and forgotten when quiet. Both databases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { admitLoginAttempt, pruneLoginAttempts, settleLoginAttempt, type AttemptLimits, type Ledger } from '../../src/ledger/index.js';
import { testDialects } from './dialects.js';

const LIMITS: AttemptLimits = { max: 5, windowMs: 15 * 60_000, lockMs: 60_000, maxLockMs: 240_000 };
const T0 = Date.parse('2025-04-15T02:00:00Z');

/**
 * One step at `t` ms after T0: admit (expecting admission, or the wait in ms), or settle an admitted attempt.
 * 'x' is admit and fail, for short sequences of failures.
 */
type Step = [t: number, what: 'admit', expect: 'ok' | number] | [t: number, what: 'fail' | 'succeed' | 'forgive' | 'abandon' | 'x'];

const failures = (t: number, n: number): Step[] => Array.from({ length: n }, () => [t, 'x']);

const CASES: [string, Step[]][] = [
  ['five failures lock for a minute, then for two, four, and no longer than the ceiling', [
    ...failures(0, 5), [0, 'admit', 60_000], [59_000, 'admit', 1_000],
    ...failures(60_000, 5), [60_000, 'admit', 120_000],
    ...failures(180_000, 5), [180_000, 'admit', 240_000],
    ...failures(420_000, 5), [420_000, 'admit', 240_000],
  ]],
  ['attempts being checked count: the sixth is refused while five are pending', [
    [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 1_000],
    [0, 'abandon'], [0, 'admit', 'ok'],
  ]],
  ['a success forgives the failures before it', [...failures(0, 4), [0, 'admit', 'ok'], [0, 'forgive'], ...failures(0, 4), [0, 'admit', 'ok']]],
  ['a success that is not to forgive (an address) leaves them', [...failures(0, 4), [0, 'admit', 'ok'], [0, 'succeed'], [0, 'x'], [0, 'admit', 60_000]]],
  ['a success does not forgive the failures counted while it was checked', [
    [0, 'x'], [0, 'admit', 'ok'], ...failures(0, 3), [0, 'forgive'], ...failures(0, 2), [0, 'admit', 60_000],
  ]],
  ['failures are forgotten after a quiet quarter of an hour', [...failures(0, 4), ...failures(15 * 60_000, 4), [15 * 60_000, 'admit', 'ok']]],
  ['an attempt left unsettled (its process gone) stops counting after a minute', [
    [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 'ok'], [0, 'admit', 'ok'], [59_000, 'admit', 1_000], [60_000, 'admit', 'ok'],
  ]],
];

async function play(ledger: Ledger, subject: string, steps: readonly Step[]): Promise<void> {
  // the failures counted before the last attempt admitted by an 'admit' step, which a success forgives
  let before = 0;
  for (const [i, [t, what, expect]] of steps.entries()) {
    const now = T0 + t;
    if (what === 'admit' || what === 'x') {
      const got = await admitLoginAttempt(ledger, subject, LIMITS, now);
      const seen = got.admitted ? 'ok' : got.retryAfterMs;
      if (got.admitted && what === 'admit') before = got.failures;
      assert.equal(seen, what === 'x' ? 'ok' : expect, `${subject}, step ${i} at ${t} ms`);
      if (what === 'x') await settleLoginAttempt(ledger, subject, 'failed', LIMITS, now);
    } else {
      const outcome = what === 'fail' ? 'failed' : what === 'abandon' ? 'abandoned' : 'succeeded';
      await settleLoginAttempt(ledger, subject, outcome, LIMITS, now, what === 'forgive' ? { forgive: before } : {});
    }
  }
}

for (const dialect of await testDialects()) {
  describe(`login attempts (${dialect.name})`, { skip: dialect.skip }, () => {
    it('count, lock, forgive and forget as each sequence says', () =>
      dialect.withLedger(async (ledger) => {
        for (const [name, steps] of CASES) await play(ledger, name, steps);
      }));

    it('200 attempts at once, half through a second handle: exactly five admitted', () =>
      dialect.withLedger(async (ledger, openAgain) => {
        // another connection pool on PostgreSQL (as another server process would have); SQLite in memory has one
        const other = ledger.dialect === 'postgres' ? await openAgain() : ledger;
        const results = await Promise.all(Array.from({ length: 200 }, (_, i) => admitLoginAttempt(i % 2 ? other : ledger, 'account:viewer', LIMITS, T0)));
        assert.equal(results.filter((r) => r.admitted).length, 5);
        const settled = await Promise.all(Array.from({ length: 5 }, (_, i) => settleLoginAttempt(i % 2 ? other : ledger, 'account:viewer', 'failed', LIMITS, T0)));
        assert.equal(settled.length, 5);
        assert.deepEqual(await admitLoginAttempt(ledger, 'account:viewer', LIMITS, T0), { admitted: false, retryAfterMs: 60_000 });
      }));

    it('a success is remembered; quiet subjects are forgotten unless locked or lately successful', () =>
      dialect.withLedger(async (ledger) => {
        await play(ledger, 'address:quiet', failures(0, 1));
        await play(ledger, 'address:locked', failures(0, 5));
        await play(ledger, 'address:office', [[0, 'admit', 'ok'], [0, 'succeed']]);
        assert.deepEqual(await admitLoginAttempt(ledger, 'address:office', LIMITS, T0 + 1), { admitted: true, failures: 0, succeededAt: T0 });
        const now = T0 + 30_000;
        assert.equal(await pruneLoginAttempts(ledger, now, now, T0), 1);
        const left = await ledger.db.selectFrom('loginAttempts').select('subject').orderBy('subject').execute();
        assert.deepEqual(left.map((r) => r.subject), ['address:locked', 'address:office']);
      }));
  });
}
