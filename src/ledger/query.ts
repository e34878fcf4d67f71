/** Small query helpers shared by the repositories; portable SQL only. */

/** Rows per multi-row INSERT: under SQLite's 32766 and PostgreSQL's 65535 bound parameters for any table here. */
export const INSERT_BATCH = 200;

export function* chunked<T>(items: readonly T[], size = INSERT_BATCH): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/**
 * A LIKE pattern matching `text` anywhere, with the user's % _ and \ taken literally (used with ESCAPE '\').
 * Both databases compare Chinese text byte for byte; ASCII case is folded by the callers with lower().
 */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** COUNT(*) comes back as a number from SQLite and as a string (int8) from PostgreSQL. */
export const toCount = (value: string | number | bigint | null | undefined): number => Number(value ?? 0);

/** 0/1 flags to booleans and back (better-sqlite3 cannot bind booleans, so flags are integers on both). */
export const flag = (b: boolean): 0 | 1 => (b ? 1 : 0);
export const isSet = (f: number | boolean | null | undefined): boolean => f === 1 || f === true;

/** null → undefined, so optional model fields are left out rather than null. */
export const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** The object without its undefined fields: a model's optional fields are absent, not present and undefined. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Days are stored as YYYY-MM-DD text, so that text order is date order on both databases. */
export function isDay(value: string): boolean {
  return DAY.test(value);
}
