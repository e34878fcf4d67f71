import { z } from 'zod';
import { BOUNDS, Day, DecimalInt, Id, IdString, ProgressReport, storableText, Text, WorkStateSchema } from './common.js';

export const EvidenceIn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), value: Text(BOUNDS.note).min(1) }).strict(),
  z.object({ kind: z.literal('link'), value: z.url({ protocol: /^https?$/ }).max(BOUNDS.url).check(storableText) }).strict(),
  z
    .object({
      kind: z.literal('file'),
      name: Text(BOUNDS.fileName).min(1),
      contentType: Text(BOUNDS.name).optional(),
      data: z.base64().meta({ description: 'the file, base64; or send the progress as multipart/form-data with file parts' }),
    })
    .strict(),
]);

export const ProgressBody = z
  .object({
    reportedOn: Day,
    value: z.number().optional(),
    state: WorkStateSchema.optional(),
    note: Text(BOUNDS.note).optional(),
    evidence: z.array(EvidenceIn).max(BOUNDS.evidence).optional(),
    unitId: Id.optional().meta({ description: "supervisors and admins: which unit reports (default: the lead unit); editors report for their own unit" }),
  })
  .strict()
  .refine((b) => b.value !== undefined || b.state !== undefined || (b.note ?? '').trim() !== '' || (b.evidence ?? []).length > 0, {
    message: 'give a value, a state, a note or evidence',
    path: ['value'],
  });

export const ProgressResponse = z.object({ progress: ProgressReport });
export const EvidenceParams = z.object({ id: IdString, progressId: IdString, index: DecimalInt(0, BOUNDS.evidence - 1) });

export const PeriodSheetQuery = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month, YYYY-MM' })
    .optional()
    .meta({ description: "the month the reports are about (a quarterly item: its quarter); default: each item's period owed today" }),
});

export const PeriodSheetResponse = z.object({
  written: z.array(z.object({ row: z.number().int(), commitmentId: Id, progressId: Id, reportedOn: z.string() })).meta({
    description: 'the reports written, one transaction; empty when any row is rejected',
  }),
  unchanged: z.array(z.number().int()).meta({ description: 'rows already stored as they are (not written again)' }),
  accepted: z.number().int().meta({ description: 'rows that passed every check' }),
  skipped: z.number().int().meta({ description: 'rows with nothing filled in' }),
  rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })).meta({ description: 'each rejected row: its number in Excel and why, in Chinese' }),
});

/** GET /api/commitments/:id/progress: every progress report of the item, by the day reported. */
export const ProgressList = z.object({ progress: z.array(ProgressReport) });
