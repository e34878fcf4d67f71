/** The year-end self-assessment and the dataset's rows (the comparison page reads one indicator's). */
import { z } from 'zod';
import { BOUNDS, Id, LevelSchema, Report, Text, VerdictSchema, Government } from './common.js';

export const AssessmentRow = z.object({
  seq: z.number().int(),
  commitmentId: Id,
  text: z.string(),
  indicator: z.string().optional(),
  goal: z.string(),
  leadUnit: z.string(),
  value: z.number().optional(),
  unit: z.string().optional(),
  result: z.string(),
  source: z.enum(['bulletin', 'report', 'progress']).optional(),
  sourceLabel: z.string(),
  share: z.number().optional().meta({ description: 'result ÷ target (a ceiling: target ÷ result); absent where no ratio means anything' }),
  points: z.number().optional().meta({ description: 'for rates: percentage points on the good side of the target' }),
  shareText: z.string(),
  verdict: z.union([VerdictSchema, z.enum(['in_progress', 'no_result'])]),
  verdictLabel: z.string(),
});
export const SelfAssessmentResponse = z.object({ report: Report, government: Government.optional(), title: z.string(), rows: z.array(AssessmentRow) });

const DatasetResult = z.object({ value: z.number().nullable(), unit: z.string().nullable(), text: z.string(), document: z.string(), reportId: Id, spanStart: z.number().int(), spanEnd: z.number().int() });
export const DatasetRow = z.object({
  government: z.string(),
  level: LevelSchema,
  divisionCode: z.string().nullable(),
  parentGovernment: z.string().nullable(),
  year: z.number().int(),
  reportId: Id,
  commitmentId: Id,
  text: z.string(),
  indicator: z.string().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  op: z.string().nullable(),
  unit: z.string().nullable(),
  deadline: z.string().nullable(),
  spanStart: z.number().int(),
  spanEnd: z.number().int(),
  leadUnit: z.string().nullable(),
  preliminary: DatasetResult.nullable(),
  final: DatasetResult.nullable(),
  resultsDiffer: z.boolean().nullable(),
  verdict: VerdictSchema.nullable(),
  sourceHash: z.string(),
});
export const CompareQuery = z.object({ indicator: Text(BOUNDS.name) });
export const CompareResponse = z.object({ rows: z.array(DatasetRow) });
