/**
 * 办结 and changes: a unit's editors ask about the items their unit leads or cooperates on (办结, adjustment,
 * extension; another unit's item → 403); the office (supervisors, admins) approves or returns with a note. Everyone
 * logged in reads requests, except that a unit's editors read their own unit's only.
 */
import { decideRequest, getAssignment, getCommitment, getRequest, listRequests, listUnits, listUsers, makeRequest, type ChangeRequest, type RequestFilter, type Store, type User } from '../../ledger/index.js';
import { excerpt } from '../../loop/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, IdParams } from '../schemas/common.js';
import { DecisionBody, RequestBody, RequestList, RequestQuery, RequestResponse } from '../schemas/requests.js';
import type { App, ServerContext } from '../context.js';

const tags = ['requests'];

/** Requests as the API gives them: with the item's text and the names of the unit and the people. */
async function presented(store: Store, requests: readonly ChangeRequest[]) {
  if (requests.length === 0) return [];
  const [units, users] = await Promise.all([listUnits(store), listUsers(store)]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const userName = new Map(users.map((u) => [u.id, u.username]));
  const titles = new Map<number, string>();
  for (const id of new Set(requests.map((r) => r.commitmentId))) titles.set(id, excerpt((await getCommitment(store, id))?.text ?? ''));
  return requests.map((r) => {
    const requestedByName = userName.get(r.requestedBy);
    const decidedByName = r.decidedBy === undefined ? undefined : userName.get(r.decidedBy);
    return {
      ...r,
      title: titles.get(r.commitmentId) ?? '',
      unitName: unitName.get(r.unitId) ?? `单位#${r.unitId}`,
      ...(requestedByName ? { requestedByName } : {}),
      ...(decidedByName ? { decidedByName } : {}),
    };
  });
}

/** The asking unit: the editor's own, which must lead or cooperate on the item. */
async function askingUnit(ctx: ServerContext, user: User, commitmentId: number): Promise<number> {
  const assignment = await getAssignment(ctx.ledger, commitmentId);
  const units = assignment ? [assignment.leadUnitId, ...assignment.cooperatingUnitIds] : [];
  if (user.unitId === undefined || !units.includes(user.unitId)) throw new ApiError('NOT_YOUR_UNIT', `commitment ${commitmentId} is not assigned to your unit`);
  return user.unitId;
}

/** What a user may read: a unit's editors, their own unit's requests only. */
const visibleTo = (user: User, filter: RequestFilter): RequestFilter => (user.role === 'unit_editor' ? { ...filter, unitId: user.unitId ?? -1 } : filter);

export function requestRoutes(app: App, ctx: ServerContext): void {
  app.post(
    '/api/commitments/:id/requests',
    {
      config: { access: ['unit_editor'] },
      schema: {
        tags,
        summary: '单位提出申请：办结（销号）、调整任务内容或目标值、延期（本单位牵头或配合的事项）',
        params: IdParams,
        body: RequestBody,
        response: { 201: RequestResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const user = userOf(request);
      const id = request.params.id;
      if (!(await getCommitment(ctx.ledger, id))) throw new ApiError('NOT_FOUND', `commitment ${id}`);
      const unitId = await askingUnit(ctx, user, id);
      const made = await makeRequest(ctx.ledger, user.id, { commitmentId: id, unitId, ...request.body });
      return reply.code(201).send({ request: (await presented(ctx.ledger, [made]))[0]! });
    },
  );

  app.get(
    '/api/commitments/:id/requests',
    {
      config: { access: 'user', cache: true },
      schema: { tags, summary: '事项的全部申请及审批结果', params: IdParams, response: { 200: RequestList, ...errors(401, 404) } },
    },
    async (request) => {
      const id = request.params.id;
      if (!(await getCommitment(ctx.ledger, id))) throw new ApiError('NOT_FOUND', `commitment ${id}`);
      return { requests: await presented(ctx.ledger, await listRequests(ctx.ledger, visibleTo(userOf(request), { commitmentId: id }))) };
    },
  );

  app.get(
    '/api/requests',
    {
      config: { access: 'user', cache: true },
      schema: { tags, summary: '申请列表（state=pending 为待审批）；单位填报员只看到本单位的申请', querystring: RequestQuery, response: { 200: RequestList, ...errors(400, 401) } },
    },
    async (request) => {
      const q = request.query;
      const filter: RequestFilter = {
        ...(q.state !== undefined ? { state: q.state } : {}),
        ...(q.kind !== undefined ? { kind: q.kind } : {}),
        ...(q.unit !== undefined ? { unitId: q.unit } : {}),
        ...(q.commitment !== undefined ? { commitmentId: q.commitment } : {}),
      };
      return { requests: await presented(ctx.ledger, await listRequests(ctx.ledger, visibleTo(userOf(request), filter))) };
    },
  );

  app.post(
    '/api/requests/:id/decision',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '督查室审批：同意（办结、调整、延期生效）或退回（须写明原因）；已处理的申请不能再审批（409）',
        params: IdParams,
        body: DecisionBody,
        response: { 200: RequestResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const id = request.params.id;
      if (!(await getRequest(ctx.ledger, id))) throw new ApiError('NOT_FOUND', `request ${id}`);
      const { decision, note } = request.body;
      const decided = await decideRequest(ctx.ledger, user.id, id, { approve: decision === 'approve', ...(note !== undefined ? { note } : {}) });
      return { request: (await presented(ctx.ledger, [decided]))[0]! };
    },
  );
}
