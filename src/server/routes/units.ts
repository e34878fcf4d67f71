/** Units (departments): everyone logged in reads them; admins keep them. */
import { createUnit, deleteUnit, listUnits, updateUnit } from '../../ledger/index.js';
import { ADMINS, userOf } from '../auth.js';
import { UnitBody, UnitList, UnitPatchBody, UnitResponse } from '../schemas/admin.js';
import { errors, IdParams } from '../schemas/common.js';
import { z } from 'zod';
import type { App, ServerContext } from '../context.js';

const tags = ['units'];

export function unitRoutes(app: App, ctx: ServerContext): void {
  app.get('/api/units', { config: { access: 'user', cache: true }, schema: { tags, summary: '单位列表', response: { 200: UnitList, ...errors(401) } } }, async () => ({
    units: await listUnits(ctx.ledger),
  }));

  app.post(
    '/api/units',
    { config: { access: ADMINS }, schema: { tags, summary: '新增单位（含简称）', body: UnitBody, response: { 201: UnitResponse, ...errors(400, 401, 403, 409) } } },
    async (request, reply) => reply.code(201).send({ unit: await createUnit(ctx.ledger, userOf(request).id, request.body) }),
  );

  app.patch(
    '/api/units/:id',
    {
      config: { access: ADMINS },
      schema: { tags, summary: '修改单位名称或简称', params: IdParams, body: UnitPatchBody, response: { 200: UnitResponse, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request) => ({ unit: await updateUnit(ctx.ledger, userOf(request).id, request.params.id, request.body) }),
  );

  app.delete(
    '/api/units/:id',
    {
      config: { access: ADMINS },
      schema: { tags, summary: '删除无人引用的单位', params: IdParams, response: { 204: z.null().meta({ description: 'deleted' }), ...errors(401, 403, 404, 409) } },
    },
    async (request, reply) => {
      await deleteUnit(ctx.ledger, userOf(request).id, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
