import { z } from 'zod';
import {
  Assignment,
  AuditEntry,
  Commitment,
  Day,
  KindSchema,
  OpSchema,
  ProgressReport,
  ReviewStateSchema,
  SectionRoleSchema,
  StatusCodeSchema,
  StatusResult,
  Verification,
} from './common.js';

const csv = <T extends z.ZodType>(item: T) => z.union([item, z.array(item)]);

export const CommitmentListQuery = z.object({
  report: z.coerce.number().int().positive().optional(),
  kind: csv(KindSchema).optional(),
  section: z.string().optional(),
  role: csv(SectionRoleSchema).optional(),
  unit: z.coerce.number().int().positive().optional().meta({ description: 'lead or cooperating unit id' }),
  status: csv(StatusCodeSchema).optional(),
  deadlineFrom: Day.optional(),
  deadlineTo: Day.optional(),
  indicator: z.string().optional(),
  reviewState: csv(ReviewStateSchema).optional(),
  stale: z.enum(['true', 'false']).optional(),
  q: z.string().max(200).optional().meta({ description: 'text search in the item and its section heading' }),
  sort: z.enum(['position', 'deadline', 'id', 'updated']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const AssignmentSummary = z
  .object({
    leadUnitId: z.number().int().optional(),
    leadUnitName: z.string().optional(),
    confirmed: z.boolean(),
    deadline: z.string().optional().meta({ description: "the assignment's deadline, when it overrides the item's" }),
  })
  .meta({ description: 'who leads the item and by when (absent: not assigned)' });
export const CommitmentWithStatus = Commitment.extend({ status: StatusResult });
export const CommitmentListItem = CommitmentWithStatus.extend({ assignment: AssignmentSummary.optional() });
export const CommitmentPage = z.object({ items: z.array(CommitmentListItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const CommitmentDetail = z.object({
  commitment: Commitment,
  assignment: Assignment.optional(),
  progress: z.array(ProgressReport),
  status: StatusResult,
  verifications: z.array(Verification),
  history: z.array(AuditEntry),
});

const nullableString = z.string().max(10_000).nullable();
export const CommitmentPatchBody = z
  .object({
    version: z.number().int().min(1).meta({ description: 'the version the client saw; a stale one gets 409 with the current state' }),
    text: z.string().min(1).max(10_000).optional(),
    kind: KindSchema.optional(),
    indicator: nullableString.optional(),
    low: z.number().nullable().optional(),
    high: z.number().nullable().optional(),
    unit: nullableString.optional(),
    op: OpSchema.nullable().optional(),
    deadline: Day.nullable().optional(),
    period: nullableString.optional(),
    baseline: z.number().nullable().optional(),
    baselinePeriod: nullableString.optional(),
    section: nullableString.optional(),
    role: SectionRoleSchema.optional(),
    namedLeadUnits: z.array(z.string()).optional(),
    namedUnits: z.array(z.string()).optional(),
    reviewState: ReviewStateSchema.optional(),
  })
  .strict();
