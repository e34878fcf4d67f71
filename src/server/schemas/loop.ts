import { z } from 'zod';
import { AuditEntry, BOUNDS, CycleSchema, Day, DecimalInt, DocumentKindSchema, Id, IdString, StatusResult, Text, Verification, VerdictSchema, Span } from './common.js';

export const ListQuery = z.object({
  report: IdString.optional(),
  unit: IdString.optional(),
  today: Day.optional().meta({ description: 'the day to compute for (default: today)' }),
  cycle: CycleSchema.optional(),
  format: z.enum(['json', 'csv', 'html']).optional().meta({ description: 'reminders: csv for Excel, html for a printable 督办提醒单' }),
});

export const ListEntry = z.object({
  commitmentId: Id,
  unitId: Id.optional(),
  unitName: z.string().optional(),
  confirmed: z.boolean(),
  title: z.string(),
  deadline: z.string().optional(),
  status: StatusResult,
  daysLate: z.number().int().optional(),
  reportDue: z.string().optional().meta({ description: 'not-reported lists: the day the report owed is due by' }),
});
export const ListResponse = z.object({ today: z.string(), items: z.array(ListEntry) });
export const NotReportedResponse = z.object({
  today: z.string(),
  units: z.array(z.object({ unitId: Id, unitName: z.string(), items: z.array(ListEntry) })),
});
export const Reminder = z.object({
  unitId: Id,
  unitName: z.string(),
  commitmentId: Id,
  kind: z.enum(['due_soon', 'overdue', 'not_reported']),
  title: z.string(),
  message: z.string(),
  dueOn: z.string(),
});
export const RemindersResponse = z.object({ today: z.string(), reminders: z.array(Reminder) });

export const ScorecardQuery = z.object({
  report: IdString.optional(),
  year: DecimalInt(1949, 2200).optional(),
  today: Day.optional(),
  cycle: CycleSchema.optional(),
  format: z.enum(['json', 'csv']).optional(),
});
export const Scorecard = z.object({
  unitId: Id,
  unitName: z.string(),
  assigned: z.number().int(),
  dueInYear: z.number().int(),
  done: z.number().int(),
  completionBase: z.number().int(),
  completionRate: z.number().optional(),
  dueSoFar: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: z.number().optional(),
  overdue: z.number().int(),
  overdueIds: z.array(Id),
  reportsOwed: z.number().int(),
  reportsTimely: z.number().int(),
  reportingTimeliness: z.number().optional(),
  extensions: z.number().int().meta({ description: '延期次数: deadline extensions approved in the year, by today (each takes points off the score)' }),
  score: z.number().optional(),
  grade: z.string().optional(),
  rank: z.number().int().optional(),
});
export const ScorecardResponse = z.object({ today: z.string(), year: z.number().int(), scorecards: z.array(Scorecard) });

export const VerificationBody = z
  .object({
    targetsReportId: Id,
    resultsReportId: Id.optional().meta({ description: 'one results document: year N+1’s report or year N’s statistical bulletin' }),
    resultsReportIds: z
      .array(Id)
      .min(1)
      .max(2)
      .optional()
      .meta({ description: 'year N+1’s report, year N’s statistical bulletin, or both (told from each document); in place of resultsReportId' }),
    sameGovernment: z.literal(true).optional().meta({
      description: 'the office states the two reports are one government’s although their regions differ (a merged or renamed division)',
    }),
  })
  .strict()
  .refine((body) => (body.resultsReportId === undefined) !== (body.resultsReportIds === undefined), {
    message: 'give resultsReportId or resultsReportIds',
    path: ['resultsReportIds'],
  });
const Side = z.object({
  commitmentId: Id.optional(),
  text: z.string(),
  span: Span,
  indicator: z.string().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().optional(),
  op: z.string().optional(),
  deadline: z.string().optional(),
});
/** A result as one document gives it, with the document (a report or a bulletin) it is in. */
const ResultSide = Side.extend({ reportId: Id });
export const VerificationResponse = z.object({
  verdicts: z.array(
    z.object({
      target: Side,
      result: Side.nullable().meta({ description: 'the result the verdict is from: the bulletin’s (final) where it gives one, else the report’s' }),
      verdict: VerdictSchema,
      reason: z.string(),
      source: DocumentKindSchema.nullable().meta({ description: 'the kind of document the result is from; null when none gives one' }),
      preliminary: ResultSide.nullable().optional().meta({ description: 'with a report and a bulletin: what the report gives (null: nothing)' }),
      final: ResultSide.nullable().optional().meta({ description: 'with a report and a bulletin: what the bulletin gives (null: nothing)' }),
      differ: z.boolean().optional().meta({ description: 'both give a result and they differ beyond the precision of the coarser' }),
      recorded: Verification.optional(),
    }),
  ),
});

export const AuditQuery = z.object({
  entity: Text(BOUNDS.name).optional(),
  id: Text(BOUNDS.name).optional(),
  user: IdString.optional(),
  action: Text(BOUNDS.name).optional(),
  limit: DecimalInt(1, 1000).optional(),
  offset: DecimalInt(0, BOUNDS.id).optional(),
});

export const TaskImportResponse = z.object({
  applied: z.array(z.object({ row: z.number().int(), commitmentId: Id, assignment: z.boolean(), correction: z.boolean() })),
  rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
});

export const DashboardQuery = z.object({
  report: IdString.optional().meta({ description: 'one report (default: the whole ledger)' }),
  limit: DecimalInt(0, 500).optional().meta({ description: 'items in each list (default 50)' }),
});
const TrackedStatusSchema = z.enum(['on_track', 'at_risk', 'behind', 'done', 'pending_closure', 'overdue', 'missed', 'no_data']);
const StatusCounts = z.object({
  on_track: z.number().int(),
  at_risk: z.number().int(),
  behind: z.number().int(),
  done: z.number().int(),
  pending_closure: z.number().int(),
  overdue: z.number().int(),
  missed: z.number().int(),
  no_data: z.number().int(),
});
const RagCounts = z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), none: z.number().int() });
const Tally = z.object({ total: z.number().int(), statuses: StatusCounts, rag: RagCounts });
const DashboardEntry = z.object({
  id: Id,
  text: z.string(),
  status: TrackedStatusSchema,
  due: z.string().optional(),
  unitId: Id.optional(),
  unitName: z.string().optional(),
  daysLate: z.number().int().optional(),
});
const EntryList = z.object({ count: z.number().int(), items: z.array(DashboardEntry) });
export const DashboardResponse = z.object({
  today: z.string(),
  reportId: Id.optional(),
  notTracked: z.number().int().meta({ description: 'items not followed: achievements, rejected, stale' }),
  pendingRequests: z.number().int().meta({ description: '待审批: requests (办结, adjustment, extension) waiting for the office' }),
  overall: Tally,
  bySection: z.array(Tally.extend({ section: z.string().nullable() })).meta({ description: 'in report order; null: no section' }),
  byUnit: z.array(Tally.extend({ unitId: Id.optional(), unitName: z.string() })).meta({ description: 'by lead unit, most items first; no unitId: not assigned' }),
  due30: EntryList.meta({ description: 'not done, due within 30 days (today included), soonest first' }),
  due90: EntryList.meta({ description: 'not done, due within 90 days, soonest first' }),
  overdue: EntryList.meta({ description: 'overdue or missed, longest late first' }),
  year: z.number().int(),
  scorecards: z.array(Scorecard),
});

/** GET /api/exports/notice.docx: the 督查通报 of the period that ends on (or contains) `today`. */
export const NoticeQuery = z.object({
  report: IdString.optional(),
  today: Day.optional().meta({ description: 'the day reported on (default: the last day of the last whole period)' }),
  cycle: CycleSchema.optional(),
  number: DecimalInt(1, 999).optional().meta({ description: 'the period number in the year (第N期); default: the month or quarter' }),
  copyTo: Text(BOUNDS.name * 4).optional().meta({ description: '抄送: the offices a copy goes to, separated by 、 or commas' }),
});

/** GET /api/audit: the entries asked for, newest first. */
export const AuditList = z.object({ entries: z.array(AuditEntry) });
