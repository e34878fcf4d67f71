/**
 * Outcomes of targets: the year-end self-assessment (目标任务完成情况表) of a report, in JSON and as a printable
 * .xlsx; the researchers' dataset (one row per target, CSV and JSON Lines) for the office; one indicator's rows of
 * it for the comparison page.
 */
import { z } from 'zod';
import { download } from '../attachment.js';
import { datasetCsv, datasetJsonl, selfAssessmentSheet } from '../../exchange/index.js';
import { SUPERVISORS } from '../auth.js';
import { binary } from '../multipart.js';
import { errors, IdParams, IdString } from '../schemas/common.js';
import { CompareQuery, CompareResponse, SelfAssessmentResponse } from '../schemas/outcomes.js';
import { datasetRows } from '../../app/dataset.js';
import { selfAssessmentOf } from '../../app/self-assessment.js';
import type { App, ServerContext } from '../context.js';

const tags = ['outcomes'];

export function outcomeRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/reports/:id/self-assessment',
    {
      config: { access: 'user', cache: true },
      schema: { tags, summary: '目标任务完成情况表：每项目标的牵头单位、完成值及来源、完成程度与评定', params: IdParams, response: { 200: SelfAssessmentResponse, ...errors(400, 401, 404) } },
    },
    async (request) => selfAssessmentOf(ctx.ledger, ctx.today(), request.params.id),
  );

  app.get(
    '/api/exports/self-assessment.xlsx',
    {
      config: { access: 'user' },
      schema: { tags, summary: '导出目标任务完成情况表（Excel）', querystring: z.object({ report: IdString }), response: { 200: binary('.xlsx'), ...errors(400, 401, 404) } },
    },
    async (request, reply) => {
      const { title, rows } = await selfAssessmentOf(ctx.ledger, ctx.today(), request.query.report);
      return download(reply, `${title}.xlsx`, await selfAssessmentSheet(rows, title));
    },
  );

  app.get(
    '/api/exports/dataset.csv',
    { config: { access: SUPERVISORS }, schema: { tags, summary: '导出研究数据集：每项目标一行，含预计数、最终数与核验结论（CSV，UTF-8 带 BOM）', response: { 200: z.string(), ...errors(401, 403) } } },
    async (_request, reply) =>
      download(reply, 'luoshi-dataset.csv', datasetCsv(await datasetRows(ctx.ledger, ctx.today()))),
  );

  app.get(
    '/api/exports/dataset.jsonl',
    { config: { access: SUPERVISORS }, schema: { tags, summary: '导出研究数据集（JSON Lines）', response: { 200: z.string(), ...errors(401, 403) } } },
    async (_request, reply) =>
      download(reply, 'luoshi-dataset.jsonl', datasetJsonl(await datasetRows(ctx.ledger, ctx.today()))),
  );

  app.get(
    '/api/compare',
    {
      config: { access: 'user', cache: true },
      schema: { tags, summary: '指标比较：一个指标在各地、各年的目标、预计数、最终数与核验结论', querystring: CompareQuery, response: { 200: CompareResponse, ...errors(400, 401) } },
    },
    async (request) => ({ rows: await datasetRows(ctx.ledger, ctx.today(), { indicator: request.query.indicator }) }),
  );
}
