import { z } from 'zod';
import { Assignment, Day, Id, ScheduleSchema } from './common.js';

const fields = {
  leadUnitId: Id.nullable().optional(),
  cooperatingUnitIds: z.array(Id).max(100).optional(),
  leader: z.string().max(200).nullable().optional(),
  deadline: Day.nullable().optional(),
  confirmed: z.boolean().optional(),
  schedule: ScheduleSchema.nullable().optional(),
  version: z.number().int().min(1).optional().meta({ description: "the assignment's version the client saw; a stale one gets 409" }),
};

export const AssignmentBody = z.object(fields).strict();
export const BulkAssignmentBody = z.object({ items: z.array(z.object({ commitmentId: Id, ...fields }).strict()).min(1).max(5000) }).strict();
export const AssignmentResponse = z.object({ assignment: Assignment });
export const BulkAssignmentResponse = z.object({ assignments: z.array(Assignment) });
