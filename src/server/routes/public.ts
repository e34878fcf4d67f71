/**
 * The public read-only view, no login: a published report's promises, their status and the evidence given.
 * An unpublished report is 404 here, as if it did not exist. Rejected and stale items are left out; evidence
 * files are named, not served.
 */
import { getReportDocument, listGovernments, listReports, listVerifications } from '../../ledger/index.js';
import { deadlineOf, isTracked } from '../../loop/index.js';
import { ApiError } from '../errors.js';
import { errors, IdParams } from '../schemas/common.js';
import { PublicReport, PublicReportList } from '../schemas/reports.js';
import { loopData, statusOfItem } from '../../app/loop-data.js';
import type { App, ServerContext } from '../context.js';

const tags = ['public'];

export function publicRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/public/reports',
    {
      config: { access: 'public', cache: true },
      schema: { tags, summary: '已公开的报告', response: { 200: PublicReportList } },
    },
    async () => {
      const governments = new Map((await listGovernments(ctx.ledger)).map((g) => [g.id, g]));
      return { reports: (await listReports(ctx.ledger, { published: true })).map((r) => ({ ...r, government: governments.get(r.governmentId) })) };
    },
  );

  app.get(
    '/api/public/reports/:id',
    {
      config: { access: 'public', cache: true },
      schema: { tags, summary: '公开报告：承诺、进展状态与证据（未公开的报告返回 404）', params: IdParams, response: { 200: PublicReport, ...errors(404) } },
    },
    async (request) => {
      const id = request.params.id;
      const doc = await getReportDocument(ctx.ledger, id);
      if (!doc || !doc.report.published) throw new ApiError('NOT_FOUND', `report ${id}`);
      const government = (await listGovernments(ctx.ledger)).find((g) => g.id === doc.report.governmentId);
      const today = ctx.today();
      const { items } = await loopData(ctx.ledger, { reportId: id, today });
      const verifications = await listVerifications(ctx.ledger, { reportId: id });
      return {
        report: doc.report,
        government,
        original: doc.original,
        items: items
          .filter((item) => item.commitment.reviewState !== 'rejected' && !item.commitment.stale && item.commitment.splitId === undefined)
          .map((item) => {
            const c = item.commitment;
            const verdict = verifications.filter((v) => v.commitmentId === c.id).at(-1)?.verdict;
            return {
              id: c.id,
              kind: c.kind,
              text: c.text,
              span: c.span,
              indicator: c.indicator,
              low: c.low,
              high: c.high,
              unit: c.unit,
              op: c.op,
              deadline: deadlineOf(c, item.assignment),
              section: c.section,
              status: statusOfItem(item, today),
              progress: isTracked(c)
                ? item.progress.map((p) => ({
                    reportedOn: p.reportedOn,
                    value: p.value,
                    state: p.state,
                    note: p.note,
                    evidence: p.evidence.map((e) => (e.kind === 'file' ? { kind: e.kind, name: e.name } : { kind: e.kind, value: e.value })),
                  }))
                : [],
              ...(verdict ? { verdict } : {}),
            };
          }),
      };
    },
  );
}
