/**
 * Login rate limit: failed logins are counted per username and client address over a sliding window; at the
 * limit further attempts are refused (429 with Retry-After) until the oldest failure leaves the window. A
 * successful login clears the count. In memory: one server process.
 */
export interface LoginLimiterOptions {
  /** Failures allowed in the window (default 5). */
  max?: number;
  /** Window in milliseconds (default 15 minutes). */
  windowMs?: number;
  now?: () => Date;
}

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly now: () => Date;

  constructor(options: LoginLimiterOptions = {}) {
    this.max = options.max ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60 * 1000;
    this.now = options.now ?? (() => new Date());
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  retryAfter(key: string): number {
    const list = this.recent(key);
    if (list.length < this.max) return 0;
    return Math.max(1, Math.ceil((list[0] + this.windowMs - this.now().getTime()) / 1000));
  }

  fail(key: string): void {
    const list = this.recent(key);
    list.push(this.now().getTime());
    this.failures.set(key, list);
    // bound memory under a flood of made-up usernames
    if (this.failures.size > 100_000) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
