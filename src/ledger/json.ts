/**
 * JSON columns are TEXT on both databases (see schema.ts). Encoding in one place keeps what goes in and what
 * comes out identical on SQLite and PostgreSQL, key order included.
 */
export const toJson = (value: unknown): string => JSON.stringify(value);

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined) return fallback;
  return JSON.parse(text) as T;
}
