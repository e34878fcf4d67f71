import { z } from 'zod';
import { Assignment, BOUNDS, Id, KindSchema, Span, Text } from './common.js';

const Names = z.array(z.string());
const Score = z.number().min(0).max(1).meta({ description: 'how much of the shorter text the other says (0–1)' });
const TaskMatch = z.object({ commitmentId: Id, score: Score });

/** A task of the split as read, with the report's items it is taken to be and those it might be. */
export const SplitTaskPlan = z.object({
  text: z.string(),
  span: Span.meta({ description: "in the split's original text" }),
  lead: Names,
  cooperating: Names,
  leaders: Names,
  deadline: z.string().nullable(),
  matches: z.array(TaskMatch).meta({ description: 'the items this task is taken to be, best first (each item goes to one task)' }),
  candidates: z.array(TaskMatch).meta({ description: 'the items most like it, taken or not, best first' }),
});

export const SplitUnitPlan = z.object({
  name: z.string().meta({ description: 'as the split writes it' }),
  unitId: Id.optional().meta({ description: 'the unit it finds (by name, alias, or its short form read in full)' }),
  suggestions: z.array(Id).meta({ description: 'for a name that finds none: units of the same department elsewhere' }),
});

/** POST /api/reports/:id/split/preview: the split read and matched, nothing stored. */
export const SplitPreview = z.object({
  name: z.string(),
  format: z.string(),
  encoding: z.string(),
  tasks: z.array(SplitTaskPlan),
  units: z.array(SplitUnitPlan),
  commitments: z
    .array(z.object({ id: Id, kind: KindSchema, text: z.string(), splitId: Id.optional(), assignment: Assignment.optional() }))
    .meta({ description: "the report's items a split may assign (its plans), with their assignments as they stand" }),
});

const UnitName = Text(BOUNDS.name).trim().min(1);

/** The office's decisions on a split it checked (the form field `decisions` of POST /api/reports/:id/split, as JSON). */
export const SplitDecisions = z
  .object({
    tasks: z
      .array(
        z
          .object({
            commitmentIds: z.array(Id).max(BOUNDS.list).meta({ description: 'the items this task is; none: the task becomes an item of its own' }),
            skip: z.boolean().optional().meta({ description: 'leave this task out' }),
          })
          .strict(),
      )
      .max(BOUNDS.bulk)
      .meta({ description: 'one for each task of the preview, in its order' }),
    units: z
      .array(z.union([z.object({ name: UnitName, unitId: Id }).strict(), z.object({ name: UnitName, create: z.literal(true) }).strict()]))
      .max(BOUNDS.bulk)
      .meta({ description: 'for names that find no unit: map to a unit (the name becomes its alias), or create it' }),
  })
  .strict();

export const SplitImportResponse = z.object({
  splitId: Id,
  assigned: z.number().int(),
  kept: z.number().int(),
  created: z.number().int(),
  unitsCreated: Names,
  aliasesAdded: Names,
  unknownUnits: Names,
});
