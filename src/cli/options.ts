import { LuoshiError } from '../errors.js';
import type { ReadOptions } from '../read/source.js';
import type { ReportFields as Fields } from '../app/import.js';

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

/** What an office knows of a report better than its text (`--year 2024 --region 青岭县 --level county`). */
export const reportFieldSpec = {
  year: { type: 'string' },
  region: { type: 'string' },
  level: { type: 'string' },
} as const;

/**
 * The fields given, validated as the API validates them; a bad one is a usage error naming the option and value.
 * Their schema (app/report-fields.ts, the API's too) and zod load only when a field is given: most runs give none
 * and need not wait for them.
 */
export async function reportFieldsFrom(values: { year?: string; region?: string; level?: string }): Promise<Fields> {
  // only the options given: a field present but undefined would stand for "not known" in place of the text's
  const given: Record<string, string> = {};
  for (const option of Object.keys(reportFieldSpec) as (keyof typeof reportFieldSpec)[]) {
    if (values[option] !== undefined) given[option] = values[option];
  }
  if (Object.keys(given).length === 0) return {};
  const { ReportFields } = await import('../app/report-fields.js');
  const parsed = ReportFields.safeParse(given);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = String(issue.path[0]) as keyof typeof reportFieldSpec;
  throw new LuoshiError('USAGE', `--${option} ${values[option]}`, issue.message);
}
