/** 督责 lists as of a day: due this cycle, late, not reported, and reminders (JSON, CSV for Excel, a print page). */
import { download } from '../attachment.js';
import { dueThisCycle, late, notReported, reminders, remindersCsv, remindersPrintHtml, type ListEntry, type LoopItem } from '../../loop/index.js';
import type { Unit } from '../../ledger/index.js';
import { officeOf } from '../../app/office.js';
import { errors } from '../schemas/common.js';
import { ListQuery, ListResponse, NotReportedResponse, RemindersResponse } from '../schemas/loop.js';
import { loopData, withoutStatus } from '../../app/loop-data.js';
import type { App, ServerContext } from '../context.js';
import { z } from 'zod';

const tags = ['lists'];
type Query = z.infer<typeof ListQuery>;

const touches = (item: LoopItem, unitId: number) =>
  item.assignment !== undefined && (item.assignment.leadUnitId === unitId || item.assignment.cooperatingUnitIds.includes(unitId));

async function load(ctx: ServerContext, q: Query) {
  const today = q.today ?? ctx.today();
  // the API's cycle overrides every item's own; the snapshot's statuses are under each item's own
  const cycle = q.cycle;
  const data = await loopData(ctx.ledger, { ...(q.report === undefined ? {} : { reportId: q.report }), today });
  const all = cycle === undefined ? data.items : withoutStatus(data.items);
  const items = q.unit === undefined ? all : all.filter((i) => touches(i, q.unit!));
  const governmentIds = new Set(items.flatMap((i) => data.reports.get(i.commitment.reportId)?.governmentId ?? []));
  return { items, units: data.units, today, cycle, governmentIds };
}

const named = (units: readonly Unit[]) => (e: ListEntry) => {
  const unitName = e.unitId === undefined ? undefined : units.find((u) => u.id === e.unitId)?.name;
  return unitName === undefined ? e : { ...e, unitName };
};

const json = <R extends z.ZodType>(summary: string, response: R) => ({
  config: { access: 'user' as const, cache: true },
  schema: { tags, summary, querystring: ListQuery, response: { 200: response, ...errors(400, 401) } },
});

export function listRoutes(app: App, ctx: ServerContext): void {
  app.get('/api/lists/due', json('本周期到期事项', ListResponse), async (request) => {
    const { items, units, today, cycle } = await load(ctx, request.query);
    return { today, items: dueThisCycle(items, today, cycle).map(named(units)) };
  });

  app.get('/api/lists/late', json('逾期未完成事项（最久的在前）', ListResponse), async (request) => {
    const { items, units, today, cycle } = await load(ctx, request.query);
    return { today, items: late(items, today, cycle).map(named(units)) };
  });

  app.get('/api/lists/not-reported', json('本周期未报送进展的单位及事项', NotReportedResponse), async (request) => {
    const { items, units, today, cycle } = await load(ctx, request.query);
    return {
      today,
      units: notReported(items, today, cycle).map((u) => ({
        unitId: u.unitId,
        unitName: units.find((x) => x.id === u.unitId)?.name ?? `单位${u.unitId}`,
        items: u.items.map(named(units)),
      })),
    };
  });

  app.get(
    '/api/lists/reminders',
    json('催办提醒（format=csv 导出 Excel，format=html 打印督办提醒单）', RemindersResponse),
    async (request, reply) => {
      const { items, units, today, cycle, governmentIds } = await load(ctx, request.query);
      const list = reminders(items, today, cycle);
      if (request.query.format === 'csv') {
        return download(reply, `督办提醒-${today}.csv`, remindersCsv(list, units));
      }
      if (request.query.format === 'html') {
        const office = await officeOf(ctx.ledger, governmentIds);
        // the print page is self-contained: inline styles, no scripts
        return reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
          .send(remindersPrintHtml(list, units, { today, office }) as never);
      }
      return {
        today,
        reminders: list.map((r) => ({ ...r, unitName: units.find((u) => u.id === r.unitId)?.name ?? `单位${r.unitId}` })),
      };
    },
  );
}
