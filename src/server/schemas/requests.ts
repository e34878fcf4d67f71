/** 办结 and changes: a unit's requests about its items and the office's decisions (ledger/requests.ts). */
import { z } from 'zod';
import { REQUEST_KINDS, REQUEST_STATES } from '../../ledger/enums.js';
import { BOUNDS, Day, Id, IdString, OpSchema, Text } from './common.js';

const tuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];
export const RequestKindSchema = z.enum(tuple(REQUEST_KINDS));
export const RequestStateSchema = z.enum(tuple(REQUEST_STATES));

const reason = Text(BOUNDS.note);

/** What an adjustment may change: the item's text and its target value (null clears a field). */
const Changes = z
  .object({
    text: Text(BOUNDS.text).min(1).optional(),
    indicator: Text(BOUNDS.line).nullable().optional(),
    low: z.number().nullable().optional(),
    high: z.number().nullable().optional(),
    unit: Text(BOUNDS.line).nullable().optional(),
    op: OpSchema.nullable().optional(),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'change at least one field' });

export const RequestBody = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('completion'), completedOn: Day.meta({ description: 'the day the work was finished' }), reason: reason.optional() })
    .strict()
    .meta({ description: '办结申请: reports the item done (a progress report 已完成) and asks the office to close it' }),
  z
    .object({ kind: z.literal('extension'), deadline: Day.meta({ description: 'the new deadline, later than the one in force' }), reason: reason.min(1) })
    .strict()
    .meta({ description: '延期申请' }),
  z.object({ kind: z.literal('adjustment'), changes: Changes, reason: reason.min(1) }).strict().meta({ description: '调整申请: the item’s text or target value' }),
]);

export const DecisionBody = z
  .object({
    decision: z.enum(['approve', 'return']).meta({ description: 'approve (办结 / agree) or return (退回)' }),
    note: Text(BOUNDS.note).optional().meta({ description: 'required to return: the unit is told why' }),
  })
  .strict();

const Proposal = z.union([
  z.object({ kind: z.literal('completion'), completedOn: z.string(), progressId: Id.optional() }),
  z.object({ kind: z.literal('extension'), deadline: z.string(), previousDeadline: z.string().meta({ description: 'the deadline it replaces (at approval: the one it replaced)' }) }),
  z.object({
    kind: z.literal('adjustment'),
    changes: z.object({
      text: z.string().optional(),
      indicator: z.string().nullable().optional(),
      low: z.number().nullable().optional(),
      high: z.number().nullable().optional(),
      unit: z.string().nullable().optional(),
      op: OpSchema.nullable().optional(),
    }),
  }),
]);

export const ChangeRequest = z
  .object({
    id: Id,
    kind: RequestKindSchema,
    commitmentId: Id,
    unitId: Id,
    requestedBy: Id,
    reason: z.string(),
    proposal: Proposal,
    state: RequestStateSchema,
    decidedBy: Id.optional(),
    note: z.string().optional(),
    createdAt: z.string(),
    decidedAt: z.string().optional(),
    title: z.string().meta({ description: "the item's text, cut short" }),
    unitName: z.string(),
    requestedByName: z.string().optional(),
    decidedByName: z.string().optional(),
  })
  .meta({ id: 'ChangeRequest' });

export const RequestResponse = z.object({ request: ChangeRequest });
export const RequestList = z.object({ requests: z.array(ChangeRequest) });

export const RequestQuery = z.object({
  state: RequestStateSchema.optional(),
  kind: RequestKindSchema.optional(),
  unit: IdString.optional().meta({ description: "the asking unit (a unit's editors see their own unit's only)" }),
  commitment: IdString.optional(),
});
