import { z } from 'zod';
import { MAX_PARTS } from '../../ledger/replacements.js';
import {
  Assignment,
  AuditEntry,
  BOUNDS,
  Commitment,
  Day,
  DecimalInt,
  IdString,
  KindSchema,
  OpSchema,
  ProgressReport,
  ReviewStateSchema,
  SectionRoleSchema,
  StatusCodeSchema,
  StatusResult,
  Text,
  Verification,
} from './common.js';

/** A filter given once (?kind=task) or repeated (?kind=task&kind=milestone). */
const csv = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(BOUNDS.list)]);

export const CommitmentListQuery = z.object({
  report: IdString.optional(),
  kind: csv(KindSchema).optional(),
  section: Text(BOUNDS.line).optional(),
  role: csv(SectionRoleSchema).optional(),
  unit: IdString.optional().meta({ description: 'lead or cooperating unit id' }),
  status: csv(StatusCodeSchema).optional(),
  deadlineFrom: Day.optional(),
  deadlineTo: Day.optional(),
  indicator: Text(BOUNDS.line).optional(),
  reviewState: csv(ReviewStateSchema).optional(),
  stale: z.enum(['true', 'false']).optional(),
  q: Text(BOUNDS.name).optional().meta({ description: 'text search in the item and its section heading' }),
  sort: z.enum(['position', 'deadline', 'id', 'updated']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: DecimalInt(1, 500).optional(),
  offset: DecimalInt(0, BOUNDS.id).optional(),
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

/** What the office did to an item, seen from the item: the other item of each (replaced, new) pair. */
export const ReplacementLink = z.object({
  kind: z.enum(['split', 'merge']).meta({ description: 'split: one item into parts; merge: items into one' }),
  id: z.number().int().meta({ description: 'the other item' }),
  createdAt: z.string(),
});

export const CommitmentDetail = z.object({
  commitment: Commitment,
  replacedBy: z.array(ReplacementLink).meta({ description: 'the items this one was split or merged into (it is set aside)' }),
  replaces: z.array(ReplacementLink).meta({ description: 'the items this one was split or merged from' }),
  assignment: Assignment.optional(),
  progress: z.array(ProgressReport),
  status: StatusResult,
  verifications: z.array(Verification),
  history: z.array(AuditEntry),
});

const nullableLine = Text(BOUNDS.line).nullable();
export const CommitmentPatchBody = z
  .object({
    version: z.number().int().min(1).meta({ description: 'the version the client saw; a stale one gets 409 with the current state' }),
    text: Text(BOUNDS.text).min(1).optional(),
    kind: KindSchema.optional(),
    indicator: nullableLine.optional(),
    low: z.number().nullable().optional(),
    high: z.number().nullable().optional(),
    unit: nullableLine.optional(),
    op: OpSchema.nullable().optional(),
    deadline: Day.nullable().optional(),
    period: nullableLine.optional(),
    baseline: z.number().nullable().optional(),
    baselinePeriod: nullableLine.optional(),
    section: nullableLine.optional(),
    role: SectionRoleSchema.optional(),
    namedLeadUnits: z.array(Text(BOUNDS.name)).max(BOUNDS.list).optional(),
    namedUnits: z.array(Text(BOUNDS.name)).max(BOUNDS.list).optional(),
    reviewState: ReviewStateSchema.optional(),
  })
  .strict();

/** The fields the office gives an item it adds, or the parts of an item it splits, or the item it merges others into. */
const AddedFields = {
  kind: KindSchema,
  indicator: Text(BOUNDS.name).optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: Text(BOUNDS.name).optional(),
  op: OpSchema.optional(),
  deadline: Day.optional(),
};
const SpanBody = z.object({ start: z.number().int().min(0).max(BOUNDS.id), end: z.number().int().min(1).max(BOUNDS.id) }).strict();
/** POST /api/reports/:id/commitments: an item the extractor missed, the words selected in the report as given. */
export const AddedItemBody = z.object({ span: SpanBody, ...AddedFields }).strict();

/** POST /api/commitments/:id/split and POST /api/commitments/merge (ledger/replacements.ts). */
const SeenItemBody = z.object({ id: z.number().int().min(1).max(BOUNDS.id), version: z.number().int().min(1) }).strict();
export const SplitBody = z
  .object({
    version: z.number().int().min(1).meta({ description: 'the version of the item the office saw' }),
    parts: z.array(AddedItemBody).min(2).max(MAX_PARTS).meta({ description: "each part: words inside the item's span, and its fields" }),
  })
  .strict();
export const MergeBody = z
  .object({
    items: z.array(SeenItemBody).min(2).max(MAX_PARTS).meta({ description: 'the items of one document to merge, each with the version seen' }),
    ...AddedFields,
  })
  .strict();
