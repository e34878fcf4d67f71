import { z } from 'zod';
import { Day, Id, ProgressReport, WorkStateSchema } from './common.js';

export const EvidenceIn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), value: z.string().min(1).max(20_000) }).strict(),
  z.object({ kind: z.literal('link'), value: z.url({ protocol: /^https?$/ }).max(2000) }).strict(),
  z
    .object({
      kind: z.literal('file'),
      name: z.string().min(1).max(255),
      contentType: z.string().max(200).optional(),
      data: z.base64().meta({ description: 'the file, base64; or send the progress as multipart/form-data with file parts' }),
    })
    .strict(),
]);

export const ProgressBody = z
  .object({
    reportedOn: Day,
    value: z.number().optional(),
    state: WorkStateSchema.optional(),
    note: z.string().max(20_000).optional(),
    evidence: z.array(EvidenceIn).max(20).optional(),
    unitId: Id.optional().meta({ description: "supervisors and admins: which unit reports (default: the lead unit); editors report for their own unit" }),
  })
  .strict()
  .refine((b) => b.value !== undefined || b.state !== undefined || (b.note ?? '').trim() !== '' || (b.evidence ?? []).length > 0, {
    message: 'give a value, a state, a note or evidence',
    path: ['value'],
  });

export const ProgressResponse = z.object({ progress: ProgressReport });
export const EvidenceParams = z.object({ id: z.coerce.number().int().positive(), index: z.coerce.number().int().min(0) });
