/**
 * 履责: progress reports with evidence. Only the editors of the commitment's lead or cooperating unit may report
 * (another unit's editor → 403); supervisors and admins may too, for any unit of the assignment. Evidence files
 * come as multipart parts or base64 in JSON, each within the evidence limit.
 */
import { z } from 'zod';
import { addProgress, getAssignment, getCommitment, getUnit, listProgress, type User } from '../../ledger/index.js';
import { userOf } from '../auth.js';
import { ApiError, invalidFields } from '../errors.js';
import { binary, formField, readMultipart } from '../multipart.js';
import { errors, IdParams, IdString } from '../schemas/common.js';
import { EvidenceParams, ProgressBody, ProgressList, ProgressResponse } from '../schemas/progress.js';
import { attachment } from '../attachment.js';
import { fileOf, presentProgress, servedType, storedEvidence, type EvidenceInput } from '../../app/evidence.js';
import type { App, ServerContext } from '../context.js';

const tags = ['progress'];

type Body = z.infer<typeof ProgressBody>;

/** A multipart request's fields as the JSON body would give them, and its files as evidence. */
async function fromMultipart(request: Parameters<typeof readMultipart>[0]): Promise<{ body: Body; files: EvidenceInput[] }> {
  const content = await readMultipart(request);
  const { fields, files } = content;
  const evidence: Body['evidence'] = [];
  if (fields.evidenceText) evidence.push({ kind: 'text', value: fields.evidenceText });
  if (fields.evidenceLink) evidence.push({ kind: 'link', value: fields.evidenceLink });
  const number = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : Number(s));
  const raw = {
    reportedOn: fields.reportedOn,
    value: number(fields.value),
    state: fields.state || undefined,
    note: fields.note,
    unitId: formField(content, 'unitId', IdString),
    evidence: evidence.length ? evidence : undefined,
  };
  const withFiles = { ...raw, evidence: [...evidence, ...files.map(() => ({ kind: 'text' as const, value: 'file' }))] };
  const parsed = ProgressBody.safeParse(Object.fromEntries(Object.entries(files.length ? withFiles : raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) throw invalidFields(parsed.error.issues);
  const body = { ...parsed.data, evidence };
  return { body, files: files.map((f) => ({ kind: 'file', name: f.filename, contentType: f.mimetype, data: f.bytes })) };
}

/** The unit a user reports for on this commitment, or why not. */
async function reportingUnit(ctx: ServerContext, user: User, commitmentId: number, asked: number | undefined): Promise<number> {
  const assignment = await getAssignment(ctx.ledger, commitmentId);
  const units = assignment ? [assignment.leadUnitId, ...assignment.cooperatingUnitIds].filter((u): u is number => u !== undefined) : [];
  if (user.role === 'unit_editor') {
    if (user.unitId === undefined || !units.includes(user.unitId)) {
      throw new ApiError('NOT_YOUR_UNIT', `commitment ${commitmentId} is not assigned to your unit`);
    }
    if (asked !== undefined && asked !== user.unitId) throw new ApiError('NOT_YOUR_UNIT', `you report for unit ${user.unitId} only`);
    return user.unitId;
  }
  const unitId = asked ?? assignment?.leadUnitId;
  if (unitId === undefined) throw new ApiError('UNASSIGNED', `commitment ${commitmentId}: assign a lead unit or give unitId`);
  if (!(await getUnit(ctx.ledger, unitId))) {
    throw new ApiError('VALIDATION', `body.unitId: no unit ${unitId}`, { fields: [{ field: 'body.unitId', message: `no unit ${unitId}` }] });
  }
  return unitId;
}

export function progressRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/commitments/:id/progress',
    {
      config: { access: ['unit_editor', 'supervisor', 'admin'] },
      schema: {
        tags,
        summary: '填报进展（本单位牵头或配合的事项）；证据为文字、链接或文件（JSON 中 base64，或 multipart 文件）',
        consumes: ['application/json', 'multipart/form-data'],
        params: IdParams,
        body: ProgressBody.nullish().meta({
          description:
            'JSON as here, or multipart/form-data with fields reportedOn, value, state, note, unitId, evidenceText, evidenceLink and file parts (any field name)',
        }),
        response: { 201: ProgressResponse, ...errors(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      const id = request.params.id;
      if (!(await getCommitment(ctx.ledger, id))) throw new ApiError('NOT_FOUND', `commitment ${id}`);
      let body: Body;
      let files: EvidenceInput[] = [];
      if (request.isMultipart()) ({ body, files } = await fromMultipart(request));
      else if (request.body) body = request.body;
      else throw new ApiError('VALIDATION', 'body: required', { fields: [{ field: 'body', message: 'required' }] });
      const unitId = await reportingUnit(ctx, user, id, body.unitId);
      const evidence = [...(body.evidence ?? []), ...files].map((e) => storedEvidence(e as EvidenceInput, ctx.evidenceLimit));
      const progress = await addProgress(ctx.ledger, user.id, {
        commitmentId: id,
        unitId,
        reportedOn: body.reportedOn,
        ...(body.value !== undefined ? { value: body.value } : {}),
        ...(body.state !== undefined ? { state: body.state } : {}),
        note: body.note ?? '',
        evidence,
      });
      return reply.code(201).send({ progress: presentProgress(progress) });
    },
  );

  app.get(
    '/api/commitments/:id/progress',
    {
      config: { access: 'user', cache: true },
      schema: { tags, summary: '事项的全部进展（按填报日期）', params: IdParams, response: { 200: ProgressList, ...errors(401, 404) } },
    },
    async (request) => {
      const id = request.params.id;
      if (!(await getCommitment(ctx.ledger, id))) throw new ApiError('NOT_FOUND', `commitment ${id}`);
      return { progress: (await listProgress(ctx.ledger, { commitmentId: id })).map(presentProgress) };
    },
  );

  app.get(
    '/api/commitments/:id/progress/:progressId/evidence/:index',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '下载证据文件',
        params: EvidenceParams,
        response: { 200: binary('the file as uploaded, as an attachment; as application/octet-stream unless a PDF, PNG, JPEG, GIF or WebP'), ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const { id, progressId, index } = request.params;
      const report = (await listProgress(ctx.ledger, { commitmentId: id })).find((p) => p.id === progressId);
      const evidence = report?.evidence[index];
      const file = evidence?.kind === 'file' ? fileOf(evidence) : undefined;
      if (!file) throw new ApiError('NOT_FOUND', `evidence ${index} of progress ${progressId}`);
      // downloaded, never shown or run under the app's origin, nor embedded by another site
      return reply
        .type(servedType(file.contentType))
        .header('content-disposition', attachment(evidence!.name ?? 'evidence'))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'same-origin')
        .send(file.bytes as never);
    },
  );
}

