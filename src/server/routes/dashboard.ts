/** 领导驾驶舱: everything the dashboard draws, in one request, computed in one pass over the ledger's statuses. */
import { errors } from '../schemas/common.js';
import { DashboardQuery, DashboardResponse } from '../schemas/loop.js';
import { dashboard } from '../../app/dashboard.js';
import { requireReport, snapshot } from '../../app/loop-data.js';
import type { App, ServerContext } from '../context.js';

export function dashboardRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/dashboard',
    {
      config: { access: 'user', cache: true },
      schema: {
        tags: ['dashboard'],
        summary: '领导驾驶舱：状态统计（总体、按章节、按牵头单位，红黄绿灯）、30/90 天内到期、逾期事项、单位考核',
        querystring: DashboardQuery,
        response: { 200: DashboardResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.report !== undefined) await requireReport(ctx.ledger, q.report);
      const snap = await snapshot(ctx.ledger, ctx.today());
      return dashboard(snap, { ...(q.report !== undefined ? { reportId: q.report } : {}), ...(q.limit !== undefined ? { limit: q.limit } : {}) });
    },
  );
}
