import { LuoshiError } from '../errors.js';
import type { ReadOptions } from '../read/source.js';

/** Options every command that reads a report shares. */
export const readOptionSpec = {
  encoding: { type: 'string' },
  'max-size': { type: 'string' },
} as const;

export function readOptionsFrom(values: { encoding?: string; 'max-size'?: string }): ReadOptions {
  const options: ReadOptions = {};
  if (values.encoding) options.encoding = values.encoding;
  if (values['max-size'] !== undefined) {
    const mb = Number(values['max-size']);
    if (!Number.isFinite(mb) || mb <= 0) throw new LuoshiError('USAGE', '--max-size', 'a positive number of megabytes');
    options.maxBytes = Math.floor(mb * 1024 * 1024);
  }
  return options;
}

export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new LuoshiError('USAGE', `--${option} ${value}`, `expected one of ${allowed.join(', ')}`);
}
