/** The append-only audit log: what changed, who changed it, before and after. */
import { listAudit } from '../../ledger/index.js';
import { SUPERVISORS } from '../auth.js';
import { errors } from '../schemas/common.js';
import { AuditList, AuditQuery } from '../schemas/loop.js';
import type { App, ServerContext } from '../context.js';

export function auditRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/audit',
    {
      config: { access: SUPERVISORS, cache: true },
      schema: {
        tags: ['audit'],
        summary: '审计日志（entity=commitment&id=12 查看一条记录的历史）',
        querystring: AuditQuery,
        response: { 200: AuditList, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const entries = await listAudit(ctx.ledger, {
        ...(q.entity !== undefined ? { entity: q.entity } : {}),
        ...(q.id !== undefined ? { entityId: q.id } : {}),
        ...(q.user !== undefined ? { userId: q.user } : {}),
        ...(q.action !== undefined ? { action: q.action } : {}),
        limit: q.limit ?? 100,
        offset: q.offset ?? 0,
      });
      return { entries };
    },
  );
}
