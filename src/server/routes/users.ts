/** User accounts: admins only. Passwords are hashed here (scrypt) and never returned. */
import { createUser, getUnit, getUser, listUsers, updateUser, type Store } from '../../ledger/index.js';
import { ADMINS, userOf } from '../auth.js';
import { ApiError } from '../errors.js';
import { hashPassword } from '../../app/passwords.js';
import { UserBody, UserList, UserPatchBody, UserResponse } from '../schemas/admin.js';
import { errors, IdParams } from '../schemas/common.js';
import type { App, ServerContext } from '../context.js';

const tags = ['users'];

const invalid = (field: string, message: string) => new ApiError('VALIDATION', `${field}: ${message}`, { fields: [{ field, message }] });

/** A unit editor needs a unit that exists; other roles may have none. */
async function checkUnit(store: Store, role: string, unitId: number | null | undefined): Promise<void> {
  if (role === 'unit_editor' && unitId == null) throw invalid('body.unitId', 'a unit editor needs a unit');
  if (unitId != null && !(await getUnit(store, unitId))) throw invalid('body.unitId', `no unit ${unitId}`);
}

export function userRoutes(app: App, ctx: ServerContext): void {
  app.get('/api/users', { config: { access: ADMINS, cache: true }, schema: { tags, summary: '用户列表', response: { 200: UserList, ...errors(401, 403) } } }, async () => ({
    users: await listUsers(ctx.ledger),
  }));

  app.post(
    '/api/users',
    { config: { access: ADMINS }, schema: { tags, summary: '新增用户', body: UserBody, response: { 201: UserResponse, ...errors(400, 401, 403, 409) } } },
    async (request, reply) => {
      const { password, ...rest } = request.body;
      await checkUnit(ctx.ledger, rest.role, rest.unitId);
      const user = await createUser(ctx.ledger, userOf(request).id, { ...rest, passwordHash: await hashPassword(password) });
      return reply.code(201).send({ user });
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ADMINS },
      schema: { tags, summary: '修改角色、单位、密码（结束该账号的其他会话），或停用、启用账号', params: IdParams, body: UserPatchBody, response: { 200: UserResponse, ...errors(400, 401, 403, 404) } },
    },
    async (request) => {
      const before = await getUser(ctx.ledger, request.params.id);
      if (!before) throw new ApiError('NOT_FOUND', `user ${request.params.id}`);
      const { password, ...rest } = request.body;
      // an administrator never locks themselves out
      if (rest.disabled && request.params.id === userOf(request).id) throw new ApiError('INVALID_VALUE', '不能停用自己的账号', { fields: [{ field: 'body.disabled', message: 'your own account' }] });
      const role = rest.role ?? before.role;
      await checkUnit(ctx.ledger, role, rest.unitId === undefined ? before.unitId : rest.unitId);
      const patch = { ...rest, ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}) };
      // a new password ends the account's sessions; one's own keeps the session it was changed in
      const own = request.params.id === userOf(request).id && request.sessionHash !== undefined;
      return { user: await updateUser(ctx.ledger, userOf(request).id, request.params.id, patch, own ? { keepSession: request.sessionHash } : {}) };
    },
  );
}
