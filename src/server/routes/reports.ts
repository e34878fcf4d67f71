/** Reports: upload (preview, import), list, the annotated document, publish. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getReportDocument, listCommitments, listReports, listGovernments, setPublished, type Report } from '../../ledger/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { ApiError, invalidFields } from '../errors.js';
import { binary, fileIn, multipartBody, readMultipart } from '../multipart.js';
import { errors, IdParams } from '../schemas/common.js';
import {
  ImportJob,
  PublishBody,
  PublishResponse,
  ReportDocument,
  reportFieldsForm,
  ReportList,
  ReportListQuery,
  ReportPreview,
} from '../schemas/reports.js';
import type { ImportBytesInput } from '../../app/import.js';
import { ReportFields } from '../../app/report-fields.js';
import { previewBytes } from '../../app/preview.js';
import { loopData, requireReport, statusOfItem } from '../../app/loop-data.js';
import type { App, ServerContext } from '../context.js';

const tags = ['reports'];

const uploadBody = multipartBody(
  { file: binary('the report: .txt (any usual encoding), .html, .pdf or .docx'), ...reportFieldsForm },
  'multipart/form-data; region, level and year replace what the text says, and the items follow them',
);

/** The uploaded report and the fields given with it (400 naming a field that is not a year, level or region). */
async function uploadOf(request: FastifyRequest, ctx: ServerContext): Promise<ImportBytesInput> {
  const content = await readMultipart(request);
  const file = fileIn(content);
  const parsed = ReportFields.safeParse(content.fields);
  if (!parsed.success) throw invalidFields(parsed.error.issues);
  return { bytes: file.bytes, name: file.filename, maxBytes: ctx.uploadLimit, ...parsed.data };
}

export function reportRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/reports',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary:
          '上传报告，作为导入任务受理（202）：读取与分析在后台进行，进度与结果见 /api/import-jobs/:id（同一文件再次上传得到同一报告；注明的地区、级别、年度代替文中推断的，并标为注明）',
        consumes: ['multipart/form-data'],
        body: uploadBody,
        response: { 202: ImportJob, ...errors(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      const job = await ctx.imports.submit(user.id, await uploadOf(request, ctx));
      return reply.code(202).header('location', `/api/import-jobs/${job.id}`).send(job);
    },
  );

  app.get(
    '/api/import-jobs/:id',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '导入任务的状态：排队、读取、分析、保存，完成后的导入结果或失败原因',
        params: IdParams,
        response: { 200: ImportJob, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const job = await ctx.imports.get(request.params.id);
      if (!job) throw new ApiError('NOT_FOUND', `import job ${request.params.id}`);
      return job;
    },
  );

  app.post(
    '/api/reports/preview',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '导入前预览：文中推断的地区、级别、年度、日期及其把握、提示与依据，各类事项的数量（不保存）',
        consumes: ['multipart/form-data'],
        body: uploadBody,
        response: { 200: ReportPreview, ...errors(400, 401, 403, 413, 415, 422) },
      },
    },
    async (request) => previewBytes(ctx.ledger, ctx.analysis, await uploadOf(request, ctx)),
  );

  app.get(
    '/api/reports',
    { config: { access: 'user', cache: true }, schema: { tags, summary: '报告列表', querystring: ReportListQuery, response: { 200: ReportList, ...errors(401) } } },
    async (request) => {
      const q = request.query;
      const reports = await listReports(ctx.ledger, {
        ...(q.year !== undefined ? { year: q.year } : {}),
        ...(q.government !== undefined ? { governmentId: q.government } : {}),
        ...(q.published !== undefined ? { published: q.published === 'true' } : {}),
      });
      const governments = new Map((await listGovernments(ctx.ledger)).map((g) => [g.id, g]));
      const counted = await Promise.all(
        reports.map(async (r: Report) => ({ ...r, government: governments.get(r.governmentId), items: (await listCommitments(ctx.ledger, { reportId: r.id, limit: 1 })).total })),
      );
      return { reports: counted };
    },
  );

  app.get(
    '/api/reports/:id',
    {
      config: { access: 'user', cache: true },
      schema: {
        tags,
        summary: '报告全文、清洗文本、修改记录、章节与事项标注（位置、类型、状态；事项详情见 /api/commitments/:id）',
        params: IdParams,
        response: { 200: ReportDocument, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { report, government } = await requireReport(ctx.ledger, request.params.id);
      const doc = (await getReportDocument(ctx.ledger, report.id))!;
      const today = ctx.today();
      const { items } = await loopData(ctx.ledger, { reportId: report.id, today });
      const { meta, body, sections } = doc.structure;
      return {
        report,
        government,
        original: doc.original,
        cleaned: doc.cleaned,
        edits: doc.edits,
        structure: { meta, body, sections } as unknown as z.infer<typeof ReportDocument>['structure'],
        // the items a split added stand in the split's text, not here
        items: items.filter((item) => item.commitment.splitId === undefined).map((item) => {
          const c = item.commitment;
          const { status, label } = statusOfItem(item, today);
          return { id: c.id, kind: c.kind, span: c.span, ...(c.section === undefined ? {} : { section: c.section }), status: { status, label } };
        }),
      };
    },
  );

  app.post(
    '/api/reports/:id/publish',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '公开（或撤回）报告的公众视图',
        params: IdParams,
        body: PublishBody.optional(),
        response: { 200: PublishResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const report = await setPublished(ctx.ledger, user.id, request.params.id, request.body?.published ?? true);
      return { report };
    },
  );
}
