/**
 * File exchange: the 任务分解表 (.xlsx) out and, edited, back in; the ledger as CSV and JSON. The files are made
 * and read by src/ledger/exchange; these routes load the rows and apply the changes, row by row.
 */
import { download } from '../attachment.js';
import { z } from 'zod';
import { assign, listAssignments, listUnits, transaction, updateCommitment, VersionConflict, isLedgerError } from '../../ledger/index.js';
import { ledgerCsv, ledgerJson, noticeDocx, readTaskSheet, taskSheet, type TaskChange } from '../../exchange/index.js';
import { previousCycle, supervisionNotice } from '../../loop/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { ApiError } from '../errors.js';
import { binary, fileIn, formField, multipartBody, readMultipart } from '../multipart.js';
import { errors, IdString, ReportQuery, textProblem } from '../schemas/common.js';
import { NoticeQuery, TaskImportResponse } from '../schemas/loop.js';
import { exchangeRows } from '../../app/exchange.js';
import { allCommitments, loopData, requireReport, withoutStatus } from '../../app/loop-data.js';
import { officeOf } from '../../app/office.js';
import type { App, ServerContext } from '../context.js';

const tags = ['exchange'];

/** Why a row's texts cannot be stored as read, if they cannot (a cell may say _x0000_, which Excel reads as NUL). */
const rowProblem = (change: TaskChange): string | undefined =>
  [change.correction?.text, change.assignment?.leader].map((text) => (text === undefined ? undefined : textProblem(text))).find((p) => p !== undefined);

export function exchangeRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/exports/notice.docx',
    {
      config: { access: SUPERVISORS },
      schema: { tags, summary: '生成督查通报（Word）', querystring: NoticeQuery, response: { 200: binary('.docx'), ...errors(400, 401, 403, 404) } },
    },
    async (request, reply) => {
      const q = request.query;
      const issuedOn = ctx.today();
      // the notice's period; a cycle asked for also overrides each item's own reporting cycle
      const cycle = q.cycle ?? 'monthly';
      // by default the last whole period: a notice is issued after the units have reported on it
      const asOf = q.today ?? previousCycle(issuedOn, cycle).end;
      if (q.report !== undefined) await requireReport(ctx.ledger, q.report);
      const data = await loopData(ctx.ledger, { ...(q.report === undefined ? {} : { reportId: q.report }), today: asOf });
      const items = q.cycle === undefined ? data.items : withoutStatus(data.items);
      const notice = supervisionNotice(items, data.units, { asOf, ...(q.cycle ? { cycle: q.cycle } : {}) });
      const governments = new Set([...data.reports.values()].filter((r) => q.report === undefined || r.id === q.report).map((r) => r.governmentId));
      const month = Number(notice.asOf.slice(5, 7));
      const number = q.number ?? (cycle === 'quarterly' ? Math.ceil(month / 3) : month);
      const copyTo = q.copyTo?.split(/[、，,;；\s]+/).filter(Boolean);
      const buffer = await noticeDocx(notice, {
        office: await officeOf(ctx.ledger, governments),
        number,
        issuedOn,
        cycle,
        ...(copyTo?.length ? { copyTo } : {}),
      });
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
      const user = userOf(request);
      const content = await readMultipart(request);
      const file = fileIn(content);
      const reportId = formField(content, 'report', IdString);
      const report = reportId === undefined ? undefined : (await requireReport(ctx.ledger, reportId)).report;
      const commitments = await allCommitments(ctx.ledger, reportId === undefined ? {} : { reportId });
      const [units, assignments] = await Promise.all([listUnits(ctx.ledger), listAssignments(ctx.ledger)]);
      const read = await readTaskSheet(file.bytes, { commitments, units, assignments, ...(report ? { year: report.year } : {}) });
      if (!read.ok) throw new ApiError('NOT_A_TASK_SHEET', read.reason);
      const byId = new Map(commitments.map((c) => [c.id, c]));
      const applied: { row: number; commitmentId: number; assignment: boolean; correction: boolean }[] = [];
      const rejected = [...read.rejected];
      for (const change of read.changes) {
        const problem = rowProblem(change);
        if (problem) {
          rejected.push({ row: change.row, reason: `本行未应用：文字无法保存（${problem}）` });
          continue;
        }
        try {
          // one row, one transaction: its assignment and its correction together or not at all
          await transaction(ctx.ledger, user.id, async (tx) => {
            if (change.correction) {
              const current = byId.get(change.commitmentId);
              await updateCommitment(tx, user.id, change.commitmentId, change.version ?? current?.version ?? 0, change.correction);
            }
            if (change.assignment) {
              const a = change.assignment;
              await assign(tx, user.id, {
                commitmentId: change.commitmentId,
                leadUnitId: a.leadUnitId ?? null,
                cooperatingUnitIds: a.cooperatingUnitIds,
                leader: a.leader ?? null,
                deadline: a.deadline ?? null,
                confirmed: true,
                ...(change.assignmentVersion !== undefined ? { expectedVersion: change.assignmentVersion } : {}),
              });
            }
          });
          applied.push({ row: change.row, commitmentId: change.commitmentId, assignment: Boolean(change.assignment), correction: Boolean(change.correction) });
        } catch (e) {
          if (e instanceof VersionConflict) rejected.push({ row: change.row, reason: '导出后该事项已被他人修改，本行未应用，请重新导出后再改' });
          else if (isLedgerError(e)) rejected.push({ row: change.row, reason: `本行未应用：${e.message}` });
          else throw e;
        }
      }
      rejected.sort((a, b) => a.row - b.row);
      return { applied, rejected };
    },
  );
}
