/**
 * Login attempts counted per subject (an account, a client address) in the database, so every server process on
 * it shares one count. Each step is one statement (an upsert or an update whose new values are computed from the
 * row it changes), so attempts made in parallel are counted one by one on SQLite and PostgreSQL alike:
 *
 * - admit: an attempt is admitted, and counted as pending, only while the subject is not locked and its failures
 *   plus its pending attempts are under the limit — before any password is hashed;
 * - settle: a failure adds one, and the failure that reaches the limit locks the subject for `lock_ms`, which then
 *   doubles (up to a ceiling); a success may forgive the failures counted before it was admitted (those counted
 *   while it was being checked stay: they may be someone else's, guessing in parallel), unless the subject is locked.
 *
 * These are counters, not ledger content: they are written outside `transaction` (no audit entry per attempt, and
 * readers' caches stay valid). Instants are epoch milliseconds.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Store } from './store.js';

export interface AttemptLimits {
  /** Attempts a subject may have failed or pending before it is locked. */
  max: number;
  /** Failures are forgotten after this long without an attempt. */
  windowMs: number;
  /** The first lock; each next one lasts twice as long as the one before. */
  lockMs: number;
  maxLockMs: number;
}

/** Admitted: with the failures counted before it, and the last success, if any. */
export type Admission = { admitted: true; failures: number; succeededAt?: number } | { admitted: false; retryAfterMs: number };

export type AttemptOutcome = 'failed' | 'succeeded' | 'abandoned';

/** An admitted attempt still unsettled after this long was lost with its process and no longer counts. */
const PENDING_MS = 60 * 1000;
/** After a day without attempts, the next lock is the first again. */
const RESTART_MS = 24 * 3600 * 1000;

/** The stored row has seen no attempt for `ms` before `now`. */
const quietFor = (ms: number, now: number): RawBuilder<boolean> => sql<boolean>`login_attempts.updated_at <= ${now - ms}`;

/** Admits an attempt on `subject` at `now` (counting it as pending), or says how long to wait. */
export async function admitLoginAttempt(store: Store, subject: string, limits: AttemptLimits, now: number): Promise<Admission> {
  const failures = sql<number>`case when ${quietFor(limits.windowMs, now)} then 0 else login_attempts.failures end`;
  const pending = sql<number>`case when ${quietFor(PENDING_MS, now)} then 0 else login_attempts.pending end`;
  const row = await store.db
    .insertInto('loginAttempts')
    .values({ subject, failures: 0, pending: 1, lockedUntil: 0, lockMs: limits.lockMs, succeededAt: null, updatedAt: now })
    .onConflict((oc) =>
      oc
        .column('subject')
        .doUpdateSet({
          failures,
          pending: sql<number>`${pending} + 1`,
          lockMs: sql<number>`case when ${quietFor(RESTART_MS, now)} then ${limits.lockMs} else login_attempts.lock_ms end`,
          updatedAt: now,
        })
        .where(sql`login_attempts.locked_until`, '<=', now)
        .where(sql`${failures} + ${pending}`, '<', limits.max),
    )
    .returning(['failures', 'succeededAt'])
    .executeTakeFirst();
  if (row) return { admitted: true, failures: row.failures, ...(row.succeededAt === null ? {} : { succeededAt: row.succeededAt }) };
  const stored = await store.db.selectFrom('loginAttempts').select('lockedUntil').where('subject', '=', subject).executeTakeFirst();
  // locked, or at the limit with attempts still being checked: those may fail and lock it, so ask for a moment
  return { admitted: false, retryAfterMs: Math.max((stored?.lockedUntil ?? 0) - now, 1000) };
}

/**
 * Records how an admitted attempt ended. `forgive`: a success takes back this many failures (those counted before
 * it was admitted), and the next lock is the first again once none is left; nothing while the subject is locked.
 */
export async function settleLoginAttempt(
  store: Store,
  subject: string,
  outcome: AttemptOutcome,
  limits: AttemptLimits,
  now: number,
  options: { forgive?: number } = {},
): Promise<void> {
  const locks = sql<boolean>`login_attempts.failures + 1 >= ${limits.max}`;
  const lockedNow = sql<boolean>`login_attempts.locked_until > ${now}`;
  const left = sql<number>`login_attempts.failures - ${options.forgive ?? 0}`;
  const changes =
    outcome === 'failed'
      ? {
          failures: sql<number>`case when ${locks} then 0 else login_attempts.failures + 1 end`,
          lockedUntil: sql<number>`case when ${locks} then ${now} + login_attempts.lock_ms else login_attempts.locked_until end`,
          lockMs: sql<number>`case when not (${locks}) then login_attempts.lock_ms when login_attempts.lock_ms * 2 > ${limits.maxLockMs} then ${limits.maxLockMs} else login_attempts.lock_ms * 2 end`,
        }
      : outcome === 'succeeded'
        ? {
            succeededAt: now,
            ...(options.forgive === undefined
              ? {}
              : {
                  failures: sql<number>`case when ${lockedNow} then login_attempts.failures when ${left} > 0 then ${left} else 0 end`,
                  lockMs: sql<number>`case when ${lockedNow} or ${left} > 0 then login_attempts.lock_ms else ${limits.lockMs} end`,
                }),
          }
        : {};
  await store.db
    .updateTable('loginAttempts')
    .set({ ...changes, pending: sql<number>`case when login_attempts.pending > 0 then login_attempts.pending - 1 else 0 end`, updatedAt: now })
    .where('subject', '=', subject)
    .execute();
}

/** Forgets subjects without an attempt since `idleSince`, unless locked at `now` or successful since `succeededSince`. */
export async function pruneLoginAttempts(store: Store, now: number, idleSince: number, succeededSince: number): Promise<number> {
  const result = await store.db
    .deleteFrom('loginAttempts')
    .where('updatedAt', '<', idleSince)
    .where('lockedUntil', '<=', now)
    .where((eb) => eb.or([eb('succeededAt', 'is', null), eb('succeededAt', '<', succeededSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
