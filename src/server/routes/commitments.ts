/** Commitments: the ledger table (filters, sort, pages, computed status), one item in full, corrections and review. */
import {
  addCommitment,
  auditFor,
  getCommitment,
  listUsers,
  listVerifications,
  mergeCommitments,
  replacementsOf,
  splitCommitment,
  updateCommitment,
  type AuditEntry,
  type CommitmentQuery,
} from '../../ledger/index.js';
import { z } from 'zod';
import { SUPERVISORS, userOf } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, IdParams } from '../schemas/common.js';
import { AddedItemBody, CommitmentDetail, CommitmentListQuery, CommitmentPage, CommitmentPatchBody, MergeBody, SplitBody } from '../schemas/commitments.js';
import { presentProgress } from '../../app/evidence.js';
import { ledgerTablePage } from '../../app/ledger-table.js';
import { itemsFor, statusOfItem } from '../../app/loop-data.js';
import type { App, ServerContext } from '../context.js';

const tags = ['commitments'];
const list = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export function commitmentRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/commitments',
    {
      config: { access: 'user', cache: true },
      schema: {
        tags,
        summary: '事项台账：按报告、类型、章节、单位、状态、期限、指标、审核状态筛选，全文搜索，排序，分页',
        querystring: CommitmentListQuery,
        response: { 200: CommitmentPage, ...errors(400, 401) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const filter: CommitmentQuery = {};
      if (q.report !== undefined) filter.reportId = q.report;
      if (q.kind !== undefined) filter.kind = list(q.kind);
      if (q.section !== undefined) filter.section = q.section;
      if (q.role !== undefined) filter.role = list(q.role);
      if (q.unit !== undefined) filter.unitId = q.unit;
      if (q.deadlineFrom !== undefined) filter.deadlineFrom = q.deadlineFrom;
      if (q.deadlineTo !== undefined) filter.deadlineTo = q.deadlineTo;
      if (q.indicator !== undefined) filter.indicator = q.indicator;
      if (q.reviewState !== undefined) filter.reviewState = list(q.reviewState);
      if (q.stale !== undefined) filter.stale = q.stale === 'true';
      if (q.q !== undefined) filter.text = q.q;
      if (q.status !== undefined) filter.status = list(q.status);
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      const page = await ledgerTablePage(ctx.ledger, ctx.today(), { ...filter, sort: q.sort, order: q.order, limit, offset });
      // JSON text of the schema's type, as the database wrote it, sent as it is: the types cannot see into a text, the
      // tests read it against the schema (test/server/ledger-table.test.ts)
      return reply.type('application/json; charset=utf-8').send(page as never);
    },
  );

  app.get(
    '/api/commitments/:id',
    {
      config: { access: 'user', cache: true },
      schema: {
        tags,
        summary: '单个事项：字段、责任分工、进展、状态及原因、核验结论、修改历史',
        params: IdParams,
        response: { 200: CommitmentDetail, ...errors(401, 404) },
      },
    },
    async (request) => {
      const id = request.params.id;
      const commitment = await getCommitment(ctx.ledger, id);
      if (!commitment) throw new ApiError('NOT_FOUND', `commitment ${id}`);
      const today = ctx.today();
      const item = (await itemsFor(ctx.ledger, [commitment], today)).items[0]!;
      // the item's history: its corrections, its assignment, the progress reported on it and its requests, by who did them
      const entriesOf = (entity: string, ids: readonly number[]) => Promise.all(ids.map((rowId) => auditFor(ctx.ledger, entity, rowId))).then((lists) => lists.flat());
      const [verifications, history, assignmentHistory, progressHistory, requestHistory, users, replacements] = await Promise.all([
        listVerifications(ctx.ledger, { commitmentId: id }),
        auditFor(ctx.ledger, 'commitment', id),
        auditFor(ctx.ledger, 'assignment', id),
        entriesOf('progress', item.progress.map((p) => p.id)),
        entriesOf('request', (item.requests ?? []).map((r) => r.id)),
        listUsers(ctx.ledger),
        replacementsOf(ctx.ledger, id),
      ]);
      const named = (e: AuditEntry): AuditEntry & { userName?: string } => {
        const userName = users.find((u) => u.id === e.userId)?.username;
        return userName ? { ...e, userName } : e;
      };
      return {
        commitment,
        replacedBy: replacements.replacedBy.map((r) => ({ kind: r.kind, id: r.byId, createdAt: r.createdAt })),
        replaces: replacements.replaces.map((r) => ({ kind: r.kind, id: r.replacedId, createdAt: r.createdAt })),
        assignment: item.assignment,
        progress: item.progress.map(presentProgress),
        status: statusOfItem(item, today),
        verifications,
        history: [...history, ...assignmentHistory, ...progressHistory, ...requestHistory].sort((a, b) => a.id - b.id).map(named),
      };
    },
  );

  app.patch(
    '/api/commitments/:id',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '更正事项或设定审核状态（须带 version；版本过期返回 409 及当前内容）',
        params: IdParams,
        body: CommitmentPatchBody,
        response: { 200: CommitmentDetail.shape.commitment, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const { version, ...patch } = request.body;
      return updateCommitment(ctx.ledger, user.id, request.params.id, version, patch);
    },
  );

  app.post(
    '/api/reports/:id/commitments',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '补充抽取遗漏的事项（选中报告原文中的文字）',
        params: IdParams,
        body: AddedItemBody,
        response: { 201: CommitmentDetail.shape.commitment, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await addCommitment(ctx.ledger, userOf(request).id, { reportId: request.params.id, ...request.body })),
  );

  app.post(
    '/api/commitments/:id/split',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '拆分事项：一项中含多项承诺时，按选中的文字拆为几项（原事项保留并置为不纳入督办，责任分工转给新事项）',
        params: IdParams,
        body: SplitBody,
        response: { 201: z.object({ items: z.array(CommitmentDetail.shape.commitment) }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const items = await splitCommitment(ctx.ledger, userOf(request).id, { id: request.params.id, version: request.body.version }, request.body.parts);
      return reply.code(201).send({ items });
    },
  );

  app.post(
    '/api/commitments/merge',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '合并事项：同一文件中实为一项承诺的几项合为一项（原事项保留并置为不纳入督办，责任分工转给新事项）',
        body: MergeBody,
        response: { 201: CommitmentDetail.shape.commitment, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { items, ...merged } = request.body;
      return reply.code(201).send(await mergeCommitments(ctx.ledger, userOf(request).id, items, merged));
    },
  );
}
