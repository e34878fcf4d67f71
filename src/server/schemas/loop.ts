import { z } from 'zod';
import { CycleSchema, Day, Id, StatusResult, Verification, VerdictSchema, Span } from './common.js';

export const ListQuery = z.object({
  report: z.coerce.number().int().positive().optional(),
  unit: z.coerce.number().int().positive().optional(),
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
  report: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1949).max(2200).optional(),
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
  score: z.number().optional(),
  grade: z.string().optional(),
  rank: z.number().int().optional(),
});
export const ScorecardResponse = z.object({ today: z.string(), year: z.number().int(), scorecards: z.array(Scorecard) });

export const VerificationBody = z.object({ targetsReportId: Id, resultsReportId: Id }).strict();
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
export const VerificationResponse = z.object({
  verdicts: z.array(z.object({ target: Side, result: Side.nullable(), verdict: VerdictSchema, reason: z.string(), recorded: Verification.optional() })),
});

export const AuditQuery = z.object({
  entity: z.string().max(50).optional(),
  id: z.string().max(100).optional(),
  user: z.coerce.number().int().positive().optional(),
  action: z.string().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const TaskImportResponse = z.object({
  applied: z.array(z.object({ row: z.number().int(), commitmentId: Id, assignment: z.boolean(), correction: z.boolean() })),
  rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
});
