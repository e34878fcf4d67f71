/**
 * A report's 分工方案: uploaded and read against the report's items (the preview: each task's matches and score,
 * each unit name's unit; nothing stored), then, with the office's corrections, imported and its assignments
 * confirmed in one transaction. Office roles only.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listAssignments } from '../../ledger/index.js';
import { assignable } from '../../exchange/split-plan.js';
import { readOptionsOf, screenBytes } from '../../read/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { ApiError, invalidFields } from '../errors.js';
import { binary, fileIn, multipartBody, readMultipart, type MultipartContent } from '../multipart.js';
import { errors, IdParams } from '../schemas/common.js';
import { SplitDecisions, SplitImportResponse, SplitPreview } from '../schemas/splits.js';
import { commitSplit, requireSplitReport, splitPlanFor, type SplitRead } from '../../app/split.js';
import type { App, ServerContext } from '../context.js';

const tags = ['splits'];
const file = binary('the 分工方案: .txt (any usual encoding), .html, .pdf or .docx');

/** The uploaded split, read on the analysis threads with the report's year (its 6月底前 is of that year). */
async function readSplit(request: FastifyRequest, ctx: ServerContext, reportId: number): Promise<{ content: MultipartContent; bytes: Buffer; read: SplitRead }> {
  const content = await readMultipart(request);
  const upload = fileIn(content);
  const report = await requireSplitReport(ctx.ledger, reportId);
  const options = readOptionsOf({ maxBytes: ctx.uploadLimit });
  screenBytes(upload.bytes, upload.filename, options);
  const outcome = await ctx.analysis.split({ bytes: upload.bytes, name: upload.filename, known: { year: report.year }, ...options });
  if (outcome.tasks.length === 0) throw new ApiError('NOT_A_SPLIT', upload.filename);
  return { content, bytes: upload.bytes, read: { source: outcome.source, tasks: outcome.tasks } };
}

/** The office's decisions, a JSON form field (400 naming what is wrong). */
function decisionsIn(content: MultipartContent): z.output<typeof SplitDecisions> {
  const raw = content.fields.decisions;
  if (raw === undefined) throw invalidFields([{ path: ['decisions'], message: 'required' }]);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalidFields([{ path: ['decisions'], message: 'not valid JSON' }]);
  }
  const parsed = SplitDecisions.safeParse(json);
  if (!parsed.success) throw invalidFields(parsed.error.issues.map((i) => ({ path: ['decisions', ...i.path], message: i.message })));
  return parsed.data;
}

export function splitRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/reports/:id/split/preview',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '分工方案导入前核对：每项任务对应的报告事项及相似度、可选的其他事项，各单位名称对应的单位（不保存）',
        params: IdParams,
        consumes: ['multipart/form-data'],
        body: multipartBody({ file }, 'multipart/form-data'),
        response: { 200: SplitPreview, ...errors(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (request) => {
      const { read } = await readSplit(request, ctx, request.params.id);
      const { plan, commitments } = await splitPlanFor(ctx.ledger, request.params.id, read.tasks);
      const items = commitments.filter(assignable);
      const assignments = new Map((await listAssignments(ctx.ledger, { commitmentIds: items.map((c) => c.id) })).map((a) => [a.commitmentId, a]));
      const { source } = read;
      return {
        name: source.name,
        format: source.format,
        encoding: source.encoding,
        ...plan,
        commitments: items.map((c) => {
          const assignment = assignments.get(c.id);
          return { id: c.id, kind: c.kind, text: c.text, ...(c.splitId ? { splitId: c.splitId } : {}), ...(assignment ? { assignment } : {}) };
        }),
      };
    },
  );

  app.post(
    '/api/reports/:id/split',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary:
          '导入分工方案并确认分工：按核对后的对应关系为报告事项明确牵头单位、配合单位、责任领导和完成时限；未对应的任务作为分工方案新增事项；新单位按决定新建或作为已有单位的简称（全部成功或全部不生效）',
        params: IdParams,
        consumes: ['multipart/form-data'],
        body: multipartBody({ file, decisions: z.string().meta({ description: 'the decisions as JSON (SplitDecisions)' }) }, 'multipart/form-data'),
        response: { 200: SplitImportResponse, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request) => {
      const { content, bytes, read } = await readSplit(request, ctx, request.params.id);
      const decisions = decisionsIn(content);
      if (decisions.tasks.length !== read.tasks.length) {
        throw new ApiError('SPLIT_CHANGED', `the split gives ${read.tasks.length} tasks, the decisions ${decisions.tasks.length}`);
      }
      // an office creates or maps the units its split names, not others (units are otherwise an administrator's)
      const named = new Set(read.tasks.flatMap((t) => [...t.lead, ...t.cooperating]));
      const stray = decisions.units.findIndex((u) => !named.has(u.name));
      if (stray >= 0) throw invalidFields([{ path: ['decisions', 'units', stray, 'name'], message: `the split names no unit ${decisions.units[stray]!.name}` }]);
      return commitSplit(ctx.ledger, userOf(request).id, {
        reportId: request.params.id,
        read,
        bytes,
        choices: decisions.tasks,
        units: decisions.units,
        confirmed: true,
      });
    },
  );
}
