/**
 * The login limit. Every attempt is counted in the ledger (login-attempts.ts: shared by all server processes on
 * it, and counted one by one however many come at once) before its password is hashed, twice:
 * - per account, from every address together: 5 failures lock it for a minute, each next lock lasting twice as
 *   long, up to an hour — guessing from many addresses gains nothing;
 * - per client address (an IPv6 /64 counts as one), over all names: 20 failures, likewise — one place trying
 *   many names is stopped.
 * A login forgives the account's failures counted before it (not those counted while it was checked: they may be
 * someone guessing in parallel); an address's failures only age out, so logging in to an account of one's own buys
 * no more guesses at others. The password is then checked in one of
 * a few hash slots (hash-slots.ts), addresses with a recent login first.
 */
import { isIPv6 } from 'node:net';
import { availableParallelism } from 'node:os';
import { admitLoginAttempt, pruneLoginAttempts, settleLoginAttempt, type AttemptLimits, type AttemptOutcome, type Ledger } from '../ledger/index.js';
import { ApiError } from './errors.js';
import { busy, HashSlots } from './hash-slots.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const LIMITS: Omit<AttemptLimits, 'max'> = { windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: HOUR };
/** An address where someone logged in within this time has its checks go first. */
const KNOWN_FOR = 30 * DAY;
/** A core left for the event loop, and at most half of libuv's four threads (file reads and gzip share them). */
const HASH_SLOTS = Math.max(1, Math.min(2, availableParallelism() - 1));
const LINE_LENGTH = { known: 32, other: 8 };

export interface LoginLimiterOptions {
  ledger: Ledger;
  /** Failures per account, from all addresses, before it is locked (default 5). */
  perAccount?: number;
  /** Failures per client address, over all names, before it is locked (default 20). */
  perAddress?: number;
  now?: () => Date;
}

/** What an address is counted as: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64, which one holder has. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  const bare = ip.replace(/%.*$/, '');
  if (!isIPv6(bare)) return ip;
  const [head, tail] = bare.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const front = groups(head);
  const all = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - groups(tail).length).fill('0'), ...groups(tail)];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

const limited = (retryAfterMs: number) => {
  const seconds = Math.ceil(retryAfterMs / 1000);
  return new ApiError('RATE_LIMITED', `retry in ${seconds} s`, { retryAfter: seconds });
};

export class LoginLimiter {
  private readonly ledger: Ledger;
  private readonly account: AttemptLimits;
  private readonly address: AttemptLimits;
  private readonly now: () => Date;
  private readonly slots = new HashSlots(HASH_SLOTS, LINE_LENGTH);
  private prunedAt = -Infinity;

  constructor(options: LoginLimiterOptions) {
    this.ledger = options.ledger;
    this.account = { ...LIMITS, max: options.perAccount ?? 5 };
    this.address = { ...LIMITS, max: options.perAddress ?? 20 };
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Checks a login of `username` from `ip` with `verify` (which hashes the password and gives what it found, or
   * undefined for a wrong name or password), within the limits: RATE_LIMITED or LOGIN_BUSY (429) before hashing.
   */
  async check<T>(username: string, ip: string, verify: () => Promise<T | undefined>): Promise<T | undefined> {
    const now = this.now().getTime();
    await this.prune(now);
    const address = `address:${addressKey(ip)}`;
    const account = `account:${username}`;
    const byAddress = await admitLoginAttempt(this.ledger, address, this.address, now);
    if (!byAddress.admitted) throw limited(byAddress.retryAfterMs);
    const line = byAddress.succeededAt !== undefined && byAddress.succeededAt > now - KNOWN_FOR ? 'known' : 'other';
    // a flood is turned away before the account is counted: two writes fewer for each attempt it makes
    const byAccount = this.slots.full(line) ? 'busy' : await admitLoginAttempt(this.ledger, account, this.account, now);
    if (byAccount === 'busy' || !byAccount.admitted) {
      await settleLoginAttempt(this.ledger, address, 'abandoned', this.address, now);
      throw byAccount === 'busy' ? busy() : limited(byAccount.retryAfterMs);
    }
    let outcome: AttemptOutcome = 'abandoned';
    try {
      const found = await this.slots.run(line, verify);
      outcome = found === undefined ? 'failed' : 'succeeded';
      return found;
    } finally {
      const then = this.now().getTime();
      await settleLoginAttempt(this.ledger, address, outcome, this.address, then);
      await settleLoginAttempt(this.ledger, account, outcome, this.account, then, { forgive: byAccount.failures });
    }
  }

  /** Once an hour: subjects quiet for a day are forgotten (made-up names pile up otherwise). */
  private async prune(now: number): Promise<void> {
    if (now - this.prunedAt < HOUR) return;
    this.prunedAt = now;
    await pruneLoginAttempts(this.ledger, now, now - DAY, now - KNOWN_FOR);
  }
}
