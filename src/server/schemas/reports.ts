import { z } from 'zod';
import { Commitment, Government, Report, Span, StatusResult, VerdictSchema, WorkStateSchema } from './common.js';

export const ImportResponse = z.object({
  reportId: z.number().int(),
  report: z.enum(['created', 'updated', 'unchanged']),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  stale: z.number().int(),
  /** Assignments proposed from the units the text names. */
  proposed: z.number().int(),
});

export const ReportListQuery = z.object({
  year: z.coerce.number().int().optional(),
  government: z.coerce.number().int().positive().optional(),
  published: z.enum(['true', 'false']).optional(),
});

export const ReportSummary = Report.extend({ government: Government.optional(), items: z.number().int() });
export const ReportList = z.object({ reports: z.array(ReportSummary) });

const Edit = z.object({ start: z.number().int(), end: z.number().int(), from: z.string(), to: z.string(), type: z.string(), rule: z.string().optional() });

/**
 * An item as the annotated document marks it: where, what kind, its section and status. The item in full is
 * GET /api/commitments/:id (a report of 10,000 items is 1.5 MB of marks instead of 6 MB of items).
 */
export const DocumentMark = Commitment.pick({ id: true, kind: true, span: true, section: true }).extend({
  status: StatusResult.pick({ status: true, label: true }),
});

export const ReportDocument = z.object({
  report: Report,
  government: Government.optional(),
  original: z.string().meta({ description: 'the text as decoded from the upload; every span indexes it (UTF-16 code units)' }),
  cleaned: z.string(),
  edits: z.array(Edit),
  structure: z.object({
    meta: z.record(z.string(), z.unknown()),
    body: Span,
    sections: z.array(z.looseObject({ start: z.number(), end: z.number(), heading: z.string() })),
  }),
  items: z.array(DocumentMark),
});

export const PublishBody = z.object({ published: z.boolean().default(true) }).strict();
export const PublishResponse = z.object({ report: Report });

export const PublicEvidence = z.object({ kind: z.enum(['text', 'link', 'file']), value: z.string().optional(), name: z.string().optional() });
export const PublicItem = z.object({
  id: z.number().int(),
  kind: Commitment.shape.kind,
  text: z.string(),
  span: Span,
  indicator: z.string().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().optional(),
  op: Commitment.shape.op,
  deadline: z.string().optional(),
  section: z.string().optional(),
  status: StatusResult,
  progress: z.array(z.object({ reportedOn: z.string(), value: z.number().optional(), state: WorkStateSchema.optional(), note: z.string(), evidence: z.array(PublicEvidence) })),
  verdict: VerdictSchema.optional(),
});
export const PublicReport = z.object({ report: Report, government: Government.optional(), original: z.string(), items: z.array(PublicItem) });
