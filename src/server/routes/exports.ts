/**
 * File exchange: the 任务分解表 (.xlsx) out and, edited, back in; the ledger as CSV and JSON. The files are made
 * and read by src/exchange; the rows are loaded (app/exchange.ts) and an edited sheet applied (app/task-sheet.ts)
 * by the use cases.
 */
import { download } from '../attachment.js';
import { z } from 'zod';
import { ledgerCsv, ledgerJson, taskSheet } from '../../exchange/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { binary, fileIn, formField, multipartBody, readMultipart } from '../multipart.js';
import { errors, IdString, ReportQuery } from '../schemas/common.js';
import { NoticeQuery, TaskImportResponse } from '../schemas/loop.js';
import { exchangeRows } from '../../app/exchange.js';
import { noticeFile } from '../../app/notice.js';
import { applyTaskSheet } from '../../app/task-sheet.js';
import type { App, ServerContext } from '../context.js';

const tags = ['exchange'];

export function exchangeRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/exports/notice.docx',
    {
      config: { access: SUPERVISORS },
      schema: { tags, summary: '生成督查通报（Word）', querystring: NoticeQuery, response: { 200: binary('.docx'), ...errors(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const { buffer, number } = await noticeFile(ctx.ledger, ctx.today(), request.query);
      return download(reply, `督查通报第${number}期.docx`, buffer);
    },
  );

  app.get(
    '/api/exports/tasks.xlsx',
    {
      config: { access: 'user' },
      schema: { tags, summary: '导出重点工作任务分解表（Excel）', querystring: ReportQuery, response: { 200: binary('.xlsx'), ...errors(401, 404) } },
    },
    async (request, reply) => {
      const { rows, title, report } = await exchangeRows(ctx.ledger, ctx.today(), { reportId: request.query.report, tasksOnly: true });
      const buffer = await taskSheet(rows, { title, ...(report ? { year: report.year } : {}) });
      return download(reply, `${title}.xlsx`, buffer);
    },
  );

  app.get(
    '/api/exports/ledger.csv',
    { config: { access: 'user' }, schema: { tags, summary: '导出台账（CSV，Excel 可直接打开）', querystring: ReportQuery, response: { 200: z.string(), ...errors(401, 404) } } },
    async (request, reply) => {
      const { rows } = await exchangeRows(ctx.ledger, ctx.today(), { reportId: request.query.report });
      return download(reply, '台账.csv', ledgerCsv(rows));
    },
  );

  app.get(
    '/api/exports/ledger.json',
    {
      config: { access: 'user' },
      schema: { tags, summary: '导出台账（JSON）', querystring: ReportQuery, response: { 200: z.array(z.record(z.string(), z.unknown())), ...errors(401, 404) } },
    },
    async (request, reply) => {
      const { rows } = await exchangeRows(ctx.ledger, ctx.today(), { reportId: request.query.report });
      return download(reply, 'ledger.json', ledgerJson(rows));
    },
  );

  app.post(
    '/api/imports/tasks',
    {
      config: { access: SUPERVISORS },
      schema: {
        tags,
        summary: '导入修改后的任务分解表：逐行应用分工与更正，退回的行注明行号与原因；不是任务分解表则不导入任何内容',
        consumes: ['multipart/form-data'],
        body: multipartBody({ file: binary('the edited .xlsx'), report: z.string().optional() }, 'multipart/form-data'),
        response: { 200: TaskImportResponse, ...errors(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const content = await readMultipart(request);
      return applyTaskSheet(ctx.ledger, userOf(request).id, fileIn(content).bytes, formField(content, 'report', IdString));
    },
  );
}
