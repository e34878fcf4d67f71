/** 追责: department scorecards for a year, and the evaluation table as CSV. */
import { download } from '../attachment.js';
import { evaluationCsv, scorecards } from '../../loop/index.js';
import { errors } from '../schemas/common.js';
import { ScorecardQuery, ScorecardResponse } from '../schemas/loop.js';
import { loopData, withoutStatus } from '../../app/loop-data.js';
import type { App, ServerContext } from '../context.js';

export function scorecardRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/scorecards',
    {
      config: { access: 'user', cache: true },
      schema: {
        tags: ['scorecards'],
        summary: '单位考核（format=csv 导出年度考核表）',
        querystring: ScorecardQuery,
        response: { 200: ScorecardResponse, ...errors(400, 401) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const today = q.today ?? ctx.today();
      const year = q.year ?? Number(today.slice(0, 4));
      const cycle = q.cycle;
      const data = await loopData(ctx.ledger, { ...(q.report === undefined ? {} : { reportId: q.report }), today });
      // the snapshot's statuses are under each item's own reporting cycle, from each report's start; `cycle` overrides it
      const cards = scorecards(cycle === undefined ? data.items : withoutStatus(data.items), data.units, today, year, cycle);
      if (q.format === 'csv') {
        return download(reply, `${year}年度考核表.csv`, evaluationCsv(cards));
      }
      return { today, year, scorecards: cards };
    },
  );
}
