/**
 * Password checks run a few at a time: scrypt takes tens of milliseconds of a core and a thread of libuv's pool
 * (which file reads and gzip share), so a hundred at once would make every one of them, and a real login among
 * them, wait seconds. Checks beyond the slots wait in a short line; past its end they are refused at once (429).
 *
 * Two lines: checks from addresses where someone has logged in lately go first, so a flood from addresses never
 * seen cannot starve an office's own logins. The line depends on the address only, never on the name tried, so
 * waiting or being refused says nothing about which accounts exist.
 */
import { ApiError } from './errors.js';

export type Line = 'known' | 'other';

export const busy = (): ApiError => new ApiError('LOGIN_BUSY', 'retry in a second', { retryAfter: 1 });

export class HashSlots {
  private free: number;
  private readonly waiting: Record<Line, (() => void)[]> = { known: [], other: [] };

  constructor(
    slots: number,
    private readonly lineLength: Record<Line, number>,
  ) {
    this.free = slots;
  }

  /** Whether a check in `line` would be refused now. */
  full(line: Line): boolean {
    return this.free === 0 && this.waiting[line].length >= this.lineLength[line];
  }

  /** Runs `check` in a slot, after those ahead of it in `line`; LOGIN_BUSY when that line is full. */
  async run<T>(line: Line, check: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else {
      if (this.full(line)) throw busy();
      // the slot is handed over by the check that ends (below), not freed and taken again
      await new Promise<void>((resolve) => this.waiting[line].push(resolve));
    }
    try {
      return await check();
    } finally {
      const next = this.waiting.known.shift() ?? this.waiting.other.shift();
      if (next) next();
      else this.free++;
    }
  }
}
