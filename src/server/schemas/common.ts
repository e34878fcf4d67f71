/**
 * Schemas shared by every resource: ids, days, paging, the error body, and the ledger's domain objects as the
 * API returns them. Request schemas validate (400 naming the fields); response schemas are what a client may
 * rely on (the serializer checks every response against them), and all of them feed GET /api/openapi.json.
 */
import { z } from 'zod';
import { ISO_DAY } from '../../calendar/index.js';
import { DOCUMENT_KINDS, GIVEN_FIELDS, KINDS, LEVELS, OPS, REVIEW_STATES, ROLES, SECTION_ROLES, VERDICTS, WORK_STATES, REPORTING_DUE_DAY_MAX } from '../../ledger/enums.js';
import { textProblem } from '../../ledger/storable.js';

const tuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];

export const KindSchema = z.enum(tuple(KINDS));
export const OpSchema = z.enum(tuple(OPS));
export const LevelSchema = z.enum(tuple(LEVELS));
export const GivenFieldSchema = z.enum(tuple(GIVEN_FIELDS));
export const SectionRoleSchema = z.enum(tuple(SECTION_ROLES));
export const ReviewStateSchema = z.enum(tuple(REVIEW_STATES));
export const RoleSchema = z.enum(tuple(ROLES));
export const WorkStateSchema = z.enum(tuple(WORK_STATES));
export const VerdictSchema = z.enum(tuple(VERDICTS));
export const DocumentKindSchema = z.enum(tuple(DOCUMENT_KINDS)).meta({ description: 'report: a work report (or a page about one); bulletin: a statistical bulletin' });
export const StatusCodeSchema = z.enum(['on_track', 'at_risk', 'behind', 'done', 'pending_closure', 'overdue', 'missed', 'no_data', 'not_tracked']);
export const CycleSchema = z
  .enum(['weekly', 'monthly', 'quarterly'])
  .meta({ description: "overrides every item's own reporting cycle: each period reported on by its last day (default: each item's own)" });

/**
 * The bounds on what a request may carry, in one place: every string and every list a client sends has one. Wide
 * enough for any real report and office, narrow enough that no request makes the server or the database do
 * unbounded work (100,000 named units on one item, a search of a megabyte).
 */
export const BOUNDS = {
  /** A name: of a unit, an account, a leader; a filter word. */
  name: 200,
  /** A file's name, as file systems allow. */
  fileName: 255,
  /** A line of a report: a heading, an indicator, a period, a unit of measure. */
  line: 1000,
  /** A password (hashed, never stored as given). */
  password: 1000,
  /** A link. */
  url: 2000,
  /** An item's text. */
  text: 10_000,
  /** A progress note, or text given as evidence. */
  note: 20_000,
  /** A list of names or ids (named units, aliases, cooperating units, the values of one filter). */
  list: 100,
  /** Evidence given with one progress report. */
  evidence: 20,
  /** A schedule's points: one a day for more than two years. */
  schedule: 1000,
  /** Items assigned by one bulk request. */
  bulk: 5000,
  /** The largest id: the ledger's ids are PostgreSQL integers. */
  id: 2_147_483_647,
  /** The days the ledger counts with: the loop's arithmetic is exact in these years. */
  firstDay: '1900-01-01',
  lastDay: '2999-12-31',
} as const;

/** The check of `textProblem`, for any string schema (a URL as well as plain text). */
export const storableText = (ctx: z.core.ParsePayload<string>): void => {
  const problem = textProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
};

/** A string a client sends: storable (`textProblem`) and at most `max` characters (see BOUNDS). */
export const Text = (max: number) => z.string().max(max).check(storableText);

/** A day as YYYY-MM-DD, one of the calendar (2024-02-29, never 2025-02-30), within the ledger's years. */
export const Day = z
  .iso.date({ error: (issue) => (ISO_DAY.test(String(issue.input)) ? `${issue.input} is not a date in the calendar` : 'expected a day as YYYY-MM-DD') })
  .refine((day) => day >= BOUNDS.firstDay && day <= BOUNDS.lastDay, { error: (issue) => `${issue.input}: expected a day from ${BOUNDS.firstDay} to ${BOUNDS.lastDay}` });

/** 报送周期 (ledger ReportingCycle): monthly or quarterly by `dueDay` days after the period (每月5日前报上月进展: monthly, 5), or once by `dueOn`. */
export const ReportingCycleSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('monthly'), dueDay: z.number().int().min(0).max(REPORTING_DUE_DAY_MAX.monthly) }).strict(),
    z.object({ kind: z.literal('quarterly'), dueDay: z.number().int().min(0).max(REPORTING_DUE_DAY_MAX.quarterly) }).strict(),
    z.object({ kind: z.literal('once'), dueOn: Day }).strict(),
  ])
  .meta({ id: 'ReportingCycle', description: 'monthly/quarterly: due dueDay days after the period ends (0: on its last day); once: due on dueOn' });

export const Id = z.number().int().positive().max(BOUNDS.id);

/** A whole number written in decimal in a path, a query or a form (never 0x1F, 1e1, +5 or 010), from `min` to `max`. */
export const DecimalInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^(?:0|[1-9]\d{0,15})$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a decimal whole number`, abort: true })
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** An id in a path, a query or a form: a decimal number from 1 (never 0x1F for 31, or 1e1 for 10). */
export const IdString = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not an id (a decimal number from 1)`, abort: true })
  .transform(Number)
  .pipe(Id);

export const IdParams = z.object({ id: IdString });

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      status: z.number().int(),
      message: z.string().meta({ description: 'in Chinese' }),
      messageEn: z.string(),
      detail: z.string().optional(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      current: z.unknown().optional().meta({ description: 'VERSION_CONFLICT: the record as it now is' }),
      retryAfter: z.number().int().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The error responses a route may give, for the OpenAPI description. */
export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));

export const Span = z.object({ start: z.number().int(), end: z.number().int() });

export const Commitment = z
  .object({
    id: Id,
    reportId: Id,
    key: z.string(),
    kind: KindSchema,
    text: z.string(),
    span: Span,
    indicator: z.string().optional(),
    low: z.number().optional(),
    high: z.number().optional(),
    unit: z.string().optional(),
    op: OpSchema.optional(),
    deadline: z.string().optional(),
    period: z.string().optional(),
    baseline: z.number().optional(),
    baselinePeriod: z.string().optional(),
    section: z.string().optional(),
    role: SectionRoleSchema,
    namedLeadUnits: z.array(z.string()),
    namedUnits: z.array(z.string()),
    reviewState: ReviewStateSchema,
    stale: z.boolean(),
    rule: z.string().optional(),
    splitId: Id.optional().meta({ description: 'the 分工方案 the item came from (its span is in that document): the report does not say it' }),
    version: z.number().int(),
  })
  .meta({ id: 'Commitment' });

/** A schedule as a client gives it; as stored it is `SchedulePoints` (days written before they were checked may be off the calendar). */
export const ScheduleSchema = z.array(z.object({ date: Day, value: z.number() })).max(BOUNDS.schedule);
const SchedulePoints = z.array(z.object({ date: z.string(), value: z.number() }));

export const Assignment = z
  .object({
    commitmentId: Id,
    leadUnitId: Id.optional(),
    cooperatingUnitIds: z.array(Id),
    leader: z.string().optional(),
    deadline: z.string().optional(),
    confirmed: z.boolean(),
    confirmedAt: z.string().optional().meta({ description: 'when a supervisor confirmed it: the unit owes its reports from then' }),
    schedule: SchedulePoints.optional(),
    reportingCycle: ReportingCycleSchema.optional().meta({ description: "the item's own reporting cycle; absent: the office's default" }),
    version: z.number().int(),
  })
  .meta({ id: 'Assignment' });

export const EvidenceOut = z.object({
  kind: z.enum(['text', 'link', 'file']),
  value: z.string().meta({ description: 'text, a URL, or for a file the path it downloads from' }),
  name: z.string().optional(),
  size: z.number().int().optional(),
});

export const ProgressReport = z
  .object({
    id: Id,
    commitmentId: Id,
    unitId: Id,
    reportedOn: z.string(),
    value: z.number().optional(),
    state: WorkStateSchema.optional(),
    note: z.string(),
    evidence: z.array(EvidenceOut),
    userId: Id,
    createdAt: z.string(),
  })
  .meta({ id: 'ProgressReport' });

export const StatusResult = z
  .object({
    status: StatusCodeSchema,
    label: z.string(),
    reason: z.string(),
    expected: z.number().optional(),
    actual: z.number().optional(),
    goal: z.number().optional(),
    deadline: z.string().optional(),
    lastReportedOn: z.string().optional(),
    doneOn: z.string().optional(),
    late: z.boolean().optional(),
  })
  .meta({ id: 'Status' });

export const Verification = z
  .object({
    id: Id,
    commitmentId: Id,
    resultCommitmentId: Id.optional().meta({ description: 'the result the verdict is from: the bulletin’s (final) where it gives one, else the next report’s' }),
    preliminaryReportId: Id.optional().meta({ description: 'the next year’s report read' }),
    preliminaryCommitmentId: Id.optional().meta({ description: 'the result it gives (preliminary)' }),
    finalReportId: Id.optional().meta({ description: 'the year’s statistical bulletin read' }),
    finalCommitmentId: Id.optional().meta({ description: 'the result it gives (final)' }),
    resultsDiffer: z.boolean().optional().meta({ description: 'both give a result and they differ beyond the precision of the coarser' }),
    verdict: VerdictSchema,
    note: z.string().optional(),
    userId: Id.optional(),
    createdAt: z.string(),
    supersededBy: Id.optional().meta({ description: 'the later verification that replaced this one; absent on the verdict in force' }),
  })
  .meta({ id: 'Verification' });

export const Unit = z.object({ id: Id, name: z.string(), aliases: z.array(z.string()) }).meta({ id: 'Unit' });

export const User = z
  .object({ id: Id, username: z.string(), role: RoleSchema, unitId: Id.optional(), disabled: z.boolean().optional().meta({ description: 'cannot log in' }) })
  .meta({ id: 'User' });

export const Government = z
  .object({ id: Id, region: z.string(), level: LevelSchema, parentId: Id.optional() })
  .meta({ id: 'Government' });

export const Report = z
  .object({
    id: Id,
    governmentId: Id,
    kind: DocumentKindSchema,
    year: z.number().int().meta({ description: 'the year a report plans for; a bulletin’s is the year after the one it covers' }),
    date: z.string().optional(),
    sourceHash: z.string(),
    name: z.string(),
    format: z.string(),
    encoding: z.string(),
    published: z.boolean(),
    given: z.array(GivenFieldSchema).meta({ description: 'the fields an office gave at import (the government’s region and level, the year), not inferred from the text' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Report' });

export const AuditEntry = z
  .object({
    id: Id,
    at: z.string(),
    userId: Id.optional(),
    userName: z.string().optional().meta({ description: 'the user’s name, where the entry is shown to people' }),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'AuditEntry' });

/** A query-string report id. */
export const ReportQuery = z.object({ report: IdString.optional() });

export const Ok = z.object({ ok: z.literal(true) });
