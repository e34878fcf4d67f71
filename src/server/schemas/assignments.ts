import { z } from 'zod';
import { Assignment, BOUNDS, Day, Id, ReportingCycleSchema, ScheduleSchema, Text } from './common.js';

const fields = {
  leadUnitId: Id.nullable().optional(),
  cooperatingUnitIds: z.array(Id).max(BOUNDS.list).optional(),
  leader: Text(BOUNDS.name).nullable().optional(),
  deadline: Day.nullable().optional(),
  confirmed: z.boolean().optional(),
  schedule: ScheduleSchema.nullable().optional(),
  reportingCycle: ReportingCycleSchema.nullable().optional().meta({ description: "the item's own reporting cycle; null: back to the office's default" }),
  version: z.number().int().min(1).optional().meta({ description: "the assignment's version the client saw; a stale one gets 409" }),
};

export const AssignmentBody = z.object(fields).strict();
export const BulkAssignmentBody = z.object({ items: z.array(z.object({ commitmentId: Id, ...fields }).strict()).min(1).max(BOUNDS.bulk) }).strict();
export const AssignmentResponse = z.object({ assignment: Assignment });
export const BulkAssignmentResponse = z.object({ assignments: z.array(Assignment) });
