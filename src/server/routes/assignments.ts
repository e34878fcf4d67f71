/** 明责: one commitment's assignment, and many at once (all or none). */
import { assign, assignMany, getCommitment, getUnit, type AssignmentInput, type Store } from '../../ledger/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { ApiError, type FieldProblem } from '../errors.js';
import { AssignmentBody, AssignmentResponse, BulkAssignmentBody, BulkAssignmentResponse } from '../schemas/assignments.js';
import { errors, IdParams } from '../schemas/common.js';
import type { App, ServerContext } from '../context.js';

const tags = ['assignments'];

type Fields = Omit<AssignmentInput, 'commitmentId' | 'expectedVersion'> & { version?: number };

const inputOf = (commitmentId: number, body: Fields): AssignmentInput => {
  const { version, ...rest } = body;
  return { commitmentId, ...rest, ...(version !== undefined ? { expectedVersion: version } : {}) };
};

/** Unknown commitments → 404, unknown units → 400 naming the field (before the database's foreign keys say it less clearly). */
async function checkReferences(store: Store, inputs: { input: AssignmentInput; at: string }[]): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const { input, at } of inputs) {
    if (!(await getCommitment(store, input.commitmentId))) throw new ApiError('NOT_FOUND', `commitment ${input.commitmentId}`);
    if (input.leadUnitId != null && !(await getUnit(store, input.leadUnitId))) problems.push({ field: `${at}leadUnitId`, message: `no unit ${input.leadUnitId}` });
    for (const [i, u] of (input.cooperatingUnitIds ?? []).entries()) {
      if (!(await getUnit(store, u))) problems.push({ field: `${at}cooperatingUnitIds.${i}`, message: `no unit ${u}` });
    }
  }
  if (problems.length) throw new ApiError('VALIDATION', problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: problems });
}

export function assignmentRoutes(app: App, ctx: ServerContext): void {
  app.put(
    '/api/commitments/:id/assignment',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '明确牵头单位、配合单位、责任领导和完成时限（带 version 时版本过期返回 409）',
        params: IdParams,
        body: AssignmentBody,
        response: { 200: AssignmentResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const input = inputOf(request.params.id, request.body);
      await checkReferences(ctx.ledger, [{ input, at: 'body.' }]);
      return { assignment: await assign(ctx.ledger, user.id, input) };
    },
  );

  app.post(
    '/api/assignments/bulk',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '批量分工（全部成功或全部不生效）',
        body: BulkAssignmentBody,
        response: { 200: BulkAssignmentResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const inputs = request.body.items.map(({ commitmentId, ...fields }, i) => ({ input: inputOf(commitmentId, fields), at: `body.items.${i}.` }));
      await checkReferences(ctx.ledger, inputs);
      return { assignments: await assignMany(ctx.ledger, user.id, inputs.map((x) => x.input)) };
    },
  );
}
