/**
 * The tables as Kysely sees them (camelCase: the handle uses CamelCasePlugin; the columns are snake_case).
 * Portable column types only, so one set of migrations serves SQLite and PostgreSQL alike:
 * - JSON is TEXT (encoded and decoded in json.ts), never jsonb: the same bytes come back on both;
 * - flags are INTEGER 0/1 with a CHECK (better-sqlite3 cannot bind booleans);
 * - days and instants are ISO 8601 TEXT, which sorts correctly as text.
 */
import type { Generated } from 'kysely';
import type { ReplacementKind, ReportingCycle } from './model.js';

/** A 0/1 flag. */
export type Flag = 0 | 1;

/** A JSON-encoded value; the type parameter documents what it holds. */
export type Json<T> = string;

export interface GovernmentsTable {
  id: Generated<number>;
  region: string;
  level: string;
  parentId: number | null;
  createdAt: string;
}

export interface ReportsTable {
  id: Generated<number>;
  governmentId: number;
  year: number;
  date: string | null;
  sourceHash: string;
  name: string;
  format: string;
  encoding: string;
  originalText: string;
  cleanedText: string;
  edits: Json<unknown[]>;
  structure: Json<unknown>;
  /** The fields an office gave at import (see GivenField). */
  given: Generated<Json<string[]>>;
  /** A work report or a statistical bulletin (0015). */
  kind: Generated<string>;
  published: Flag;
  createdAt: string;
  updatedAt: string;
}

export interface CommitmentsTable {
  id: Generated<number>;
  reportId: number;
  key: string;
  kind: string;
  text: string;
  spanStart: number;
  spanEnd: number;
  indicator: string | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  op: string | null;
  deadline: string | null;
  /** The deadline in force, kept with the item: its assignment's where one was set, else its own (0008). */
  deadlineInForce: string | null;
  period: string | null;
  baseline: number | null;
  baselinePeriod: string | null;
  section: string | null;
  role: string;
  namedLeadUnits: Json<string[]>;
  namedUnits: Json<string[]>;
  rule: string | null;
  reviewState: string;
  stale: Flag;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The status kept with the item (kept-status.ts, 0012): as computed for the day `statusOn`; NULL until computed. */
  status: Generated<string | null>;
  /** The day the kept status was computed for; NULL: to be computed (new, or its inputs changed). */
  statusOn: Generated<string | null>;
  /** The first day after `statusOn` on which the status may differ by the day alone; NULL: only a write changes it. */
  statusChangesOn: Generated<string | null>;
  /** How many writes changed what the status rests on: a status computed from older inputs is not kept. */
  statusInputs: Generated<number>;
  /** All the kept status says — code, reason, figures (JSON), as the ledger table shows it (0013); NULL until computed. */
  statusResult: Generated<Json<Record<string, unknown>> | null>;
  /** The 分工方案 the item came from (0014): its span is in that document's text, not the report's. */
  splitId: Generated<number | null>;
}

/** An item the office replaced (0021): split into parts, or merged with others into one; one row per (replaced, new) pair. */
export interface ItemReplacementsTable {
  id: Generated<number>;
  kind: ReplacementKind;
  replacedId: number;
  byId: number;
  userId: number | null;
  createdAt: string;
}

/** A 分工方案 imported against a report (0014), kept as read: the spans of the items it added point into its text. */
export interface SplitsTable {
  id: Generated<number>;
  reportId: number;
  sourceHash: string;
  name: string;
  format: string;
  encoding: string;
  originalText: string;
  createdAt: string;
}

export interface UnitsTable {
  id: Generated<number>;
  name: string;
  createdAt: string;
}

/** A unit's reminder contacts (ledger/deliveries.ts). */
export interface UnitContactsTable {
  unitId: number;
  email: string | null;
  webhookKind: string | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

/** Reminders sent or to send, one row per unit, channel and day (ledger/deliveries.ts). */
export interface DeliveriesTable {
  id: Generated<number>;
  /** unit|channel|day: a day's reminders go once by each channel, whichever server plans them. */
  key: string;
  unitId: number;
  channel: string;
  day: string;
  recipient: string;
  subject: string;
  body: string;
  state: string;
  attempts: Generated<number>;
  lastError: string | null;
  nextAttemptAt: string | null;
  claimedAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** The office's settings, one row each: its name and its value as JSON (ledger/settings.ts). */
export interface SettingsTable {
  key: string;
  value: string;
  updatedAt: string;
}

/** One row per alias: a UNIQUE index keeps an alias from naming two units. */
export interface UnitAliasesTable {
  unitId: number;
  alias: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  passwordHash: string;
  role: string;
  unitId: number | null;
  disabled: Flag;
  createdAt: string;
}

export interface SessionsTable {
  tokenHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

/**
 * Login attempts counted per account and per client address (login-attempts.ts). Instants here are epoch
 * milliseconds, not ISO text: the counting statements compute with them. Not ledger content: no audit, no export.
 */
export interface LoginAttemptsTable {
  /** 'account:NAME' or 'address:IP'. */
  subject: string;
  /** Failures since the last success, lock or quiet spell. */
  failures: number;
  /** Attempts admitted whose password is being checked. */
  pending: number;
  lockedUntil: number;
  /** How long the next lock lasts (doubles with each lock). */
  lockMs: number;
  succeededAt: number | null;
  updatedAt: number;
}

export interface AssignmentsTable {
  commitmentId: number;
  leadUnitId: number | null;
  leader: string | null;
  deadline: string | null;
  confirmed: Flag;
  confirmedAt: string | null;
  schedule: Json<{ date: string; value: number }[]> | null;
  /** The item's own ReportingCycle as JSON; null: the office's default. */
  reportingCycle: Json<ReportingCycle> | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Cooperating units as rows, so the foreign key to units is enforced. */
export interface AssignmentUnitsTable {
  commitmentId: number;
  unitId: number;
}

export interface ProgressReportsTable {
  id: Generated<number>;
  commitmentId: number;
  unitId: number;
  reportedOn: string;
  value: number | null;
  state: string | null;
  note: string;
  evidence: Json<unknown[]>;
  userId: number;
  createdAt: string;
}

/** 办结, adjustment and extension requests and the office's decisions (requests.ts, 0019). */
export interface RequestsTable {
  id: Generated<number>;
  kind: string;
  commitmentId: number;
  unitId: number;
  requestedBy: number;
  reason: string;
  /** What is asked, by kind (RequestProposal without its kind). */
  proposal: Json<Record<string, unknown>>;
  state: string;
  decidedBy: number | null;
  note: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface VerificationsTable {
  id: Generated<number>;
  commitmentId: number;
  resultCommitmentId: number | null;
  /** The next report's result and the bulletin's, each with its document, and whether they differ (0015). */
  preliminaryReportId: Generated<number | null>;
  preliminaryCommitmentId: Generated<number | null>;
  finalReportId: Generated<number | null>;
  finalCommitmentId: Generated<number | null>;
  resultsDiffer: Generated<Flag | null>;
  verdict: string;
  note: string | null;
  userId: number | null;
  createdAt: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

export interface ImportJobsTable {
  id: Generated<number>;
  state: string;
  stage: string | null;
  name: string;
  size: number;
  fields: Json<Record<string, unknown>>;
  /** The import's result, or the error it failed with. */
  outcome: Json<unknown> | null;
  attempts: Generated<number>;
  userId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** An import job's upload, in parts of at most a mebibyte, until the job is finished (0013). */
export interface ImportUploadsTable {
  jobId: number;
  part: number;
  bytes: Uint8Array;
}

export interface Database {
  governments: GovernmentsTable;
  reports: ReportsTable;
  splits: SplitsTable;
  commitments: CommitmentsTable;
  itemReplacements: ItemReplacementsTable;
  units: UnitsTable;
  unitAliases: UnitAliasesTable;
  settings: SettingsTable;
  unitContacts: UnitContactsTable;
  deliveries: DeliveriesTable;
  users: UsersTable;
  sessions: SessionsTable;
  loginAttempts: LoginAttemptsTable;
  assignments: AssignmentsTable;
  assignmentUnits: AssignmentUnitsTable;
  progressReports: ProgressReportsTable;
  requests: RequestsTable;
  verifications: VerificationsTable;
  auditLog: AuditLogTable;
  importJobs: ImportJobsTable;
  importUploads: ImportUploadsTable;
}

/** Every table, parents before children: the order a JSON export lists them and a restore would load them. */
export const TABLES = [
  'governments',
  'reports',
  'splits',
  'commitments',
  'item_replacements',
  'units',
  'unit_aliases',
  'users',
  'sessions',
  'assignments',
  'assignment_units',
  'progress_reports',
  'requests',
  'verifications',
  'audit_log',
] as const;
