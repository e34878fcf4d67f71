import { z } from 'zod';
import { FIRST_YEAR } from '../../app/report-fields.js';
import { Commitment, DecimalInt, DocumentKindSchema, ErrorResponse, Government, GivenFieldSchema, IdString, KindSchema, LevelSchema, Report, Span, StatusResult, VerdictSchema, WorkStateSchema } from './common.js';

/** The form fields of an upload that names what the text leaves unclear (POST /api/reports and its preview). */
export const reportFieldsForm = {
  year: z.string().optional().meta({ description: `the year the report plans for (${FIRST_YEAR} to next year)` }),
  level: LevelSchema.optional(),
  region: z.string().optional().meta({ description: 'the government’s region in Chinese (青岭县)' }),
};

const Confidence = z.enum(['high', 'medium', 'low']);
const Detected = <T extends z.ZodType>(value: T) => z.object({ value, confidence: Confidence });

/** What the text says of the report and how sure that is: the office checks it before anything is stored. */
export const ReportPreview = z
  .object({
    name: z.string(),
    format: z.string(),
    encoding: z.string(),
    detected: z
      .object({
        region: Detected(z.string()),
        level: Detected(LevelSchema),
        year: Detected(z.number().int()).meta({ description: 'a bulletin’s is the year after the one it covers' }),
        date: Detected(z.string()),
        kind: Detected(DocumentKindSchema),
      })
      .partial()
      .meta({ description: 'each field the text gives, with its confidence; a field it does not give is absent' }),
    warnings: z.array(
      z.object({ field: z.string(), reason: z.string().meta({ description: 'in Chinese' }), ruleId: z.string(), severity: z.enum(['warning', 'info']) }),
    ),
    evidence: z.array(
      z.object({
        field: z.string(),
        value: z.union([z.string(), z.number()]),
        rule: z.string(),
        weight: z.number(),
        span: Span,
        excerpt: z
          .object({ before: z.string(), text: z.string(), after: z.string() })
          .meta({ description: 'the original text at the span (text) with a few characters around it on its line' }),
      }),
    ),
    known: z.object({ region: z.string().optional(), level: LevelSchema.optional(), year: z.number().int().optional() }).meta({
      description: 'the fields the item counts follow instead of the detected ones: given with this request, or at an earlier import of the same file',
    }),
    items: z.record(KindSchema, z.number().int()).meta({ description: 'how many items of each kind the report gives, read with the known fields' }),
    stored: z
      .object({ reportId: z.number().int(), year: z.number().int(), region: z.string(), level: LevelSchema, given: z.array(GivenFieldSchema) })
      .optional()
      .meta({ description: 'the report this file already is in the ledger: importing it again updates that report' }),
  })
  .meta({ id: 'ReportPreview' });

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

/** An import accepted as a job: queued, running (reading, analysing, saving), done with its result, or failed. */
export const ImportJob = z
  .object({
    id: z.number().int(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    stage: z.enum(['receiving', 'reading', 'analysing', 'saving']).optional(),
    name: z.string(),
    size: z.number().int().meta({ description: 'bytes' }),
    fields: z.object({ region: z.string().optional(), level: LevelSchema.optional(), year: z.number().int().optional(), encoding: z.string().optional() }),
    attempts: z.number().int(),
    userId: z.number().int().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    result: ImportResponse.optional(),
    error: ErrorResponse.shape.error.optional(),
  })
  .meta({ id: 'ImportJob' });

export const ReportListQuery = z.object({
  year: DecimalInt(0, 9999).optional(),
  government: IdString.optional(),
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
/** GET /api/public/reports: the reports made public, each with its government. */
export const PublicReportList = z.object({ reports: z.array(Report.extend({ government: Government.optional() })) });

export const PublicReport = z.object({ report: Report, government: Government.optional(), original: z.string(), items: z.array(PublicItem) });
