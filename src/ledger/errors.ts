/**
 * The ledger's errors: one class with a code (rendered by the API as an HTTP status, by the CLI as a line),
 * and VersionConflict, which carries the row as it now is so the caller can show it and retry.
 */
import type { Constraint } from './dialect.js';

export const ledgerErrorCatalogue = {
  NOT_FOUND: 'no such record',
  VERSION_CONFLICT: 'the record was changed by someone else',
  DUPLICATE: 'a record with the same name already exists',
  INVALID_REFERENCE: 'refers to a record that does not exist, or is still referred to',
  INVALID_VALUE: 'a value is not allowed',
  APPEND_ONLY: 'this record cannot be changed or removed',
  INCOMPLETE_REPORT: 'the report does not say which government or year it is',
  ACTOR_REQUIRED: 'this change must be made by a user',
  UNREACHABLE: 'the database cannot be reached',
  MIGRATION_FAILED: 'the database could not be brought to the current schema',
  UNSUPPORTED: 'not supported on this database',
  REQUEST_CONFLICT: 'the request does not fit where the item stands',
  OFFICE_ONLY: 'only the supervision office may do this',
} as const;

export type LedgerErrorCode = keyof typeof ledgerErrorCatalogue;

export class LedgerError extends Error {
  readonly code: LedgerErrorCode;
  /** What it is about: "commitment 12", "unit 县发改局". */
  readonly subject: string;

  constructor(code: LedgerErrorCode, subject: string, detail?: string, options?: { cause?: unknown }) {
    super(`${subject}: ${ledgerErrorCatalogue[code]}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'LedgerError';
    this.code = code;
    this.subject = subject;
  }
}

/** A write named an older version than the stored one; nothing was written. `current` is the row as stored. */
export class VersionConflict<T = unknown> extends LedgerError {
  readonly current: T;
  readonly expectedVersion: number;

  constructor(subject: string, expectedVersion: number, current: T & { version: number }) {
    super('VERSION_CONFLICT', subject, `expected version ${expectedVersion}, stored version ${current.version}`);
    this.name = 'VersionConflict';
    this.current = current;
    this.expectedVersion = expectedVersion;
  }
}

export const isLedgerError = (e: unknown): e is LedgerError => e instanceof LedgerError;

const CONSTRAINT_CODES: Record<Constraint, LedgerErrorCode> = {
  unique: 'DUPLICATE',
  foreign_key: 'INVALID_REFERENCE',
  check: 'INVALID_VALUE',
  not_null: 'INVALID_VALUE',
  append_only: 'APPEND_ONLY',
};

/** The LedgerError for a broken constraint, keeping the driver's message as the detail. */
export function constraintError(constraint: Constraint, subject: string, cause: unknown): LedgerError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new LedgerError(CONSTRAINT_CODES[constraint], subject, detail, { cause });
}
