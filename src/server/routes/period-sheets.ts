/**
 * A unit's 进展报送表: downloaded for the period owed today (or about a month asked for), filled in Excel or WPS,
 * uploaded. Every row is checked; when any row is rejected nothing is written and the answer lists each rejected row
 * with its number and reason — the unit corrects the file and uploads it again, as a whole (progress is append-only:
 * writing the good rows of a file that is uploaded again once corrected would report them twice). When no row is
 * rejected, all the reports go in one transaction; rows already stored as they are (the same file uploaded twice) are
 * not written again.
 */
import { addProgressMany, getUnit } from '../../ledger/index.js';
import { parsePeriodSheet, periodSheet } from '../../exchange/index.js';
import { download } from '../attachment.js';
import { userOf } from '../auth.js';
import { ApiError } from '../errors.js';
import { binary, fileIn, multipartBody, readMultipart } from '../multipart.js';
import { errors, IdParams } from '../schemas/common.js';
import { PeriodSheetQuery, PeriodSheetResponse } from '../schemas/progress.js';
import { assertSheetAccess, checkUpload, ledgerItems, newReports, periodRows, periodTitle } from '../../app/period-sheet.js';
import type { App, ServerContext } from '../context.js';

const tags = ['progress'];

async function requireUnit(ctx: ServerContext, id: number) {
  const unit = await getUnit(ctx.ledger, id);
  if (!unit) throw new ApiError('NOT_FOUND', `unit ${id}`);
  return unit;
}

export function periodSheetRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/units/:id/sheet',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: '下载本单位进展报送表（Excel）：本期（或 period=YYYY-MM 所指月份）各事项及待填列',
        params: IdParams,
        querystring: PeriodSheetQuery,
        response: { 200: binary('.xlsx'), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const id = request.params.id;
      assertSheetAccess(userOf(request), id, false);
      const unit = await requireUnit(ctx, id);
      const asOf = ctx.today();
      const month = request.query.period;
      const title = periodTitle(unit, asOf, month);
      const buffer = await periodSheet(periodRows(await ledgerItems(ctx.ledger), id, asOf, month), { unit, asOf, title, ...(month ? { period: month } : {}) });
      return download(reply, `${title}.xlsx`, buffer);
    },
  );

  app.post(
    '/api/units/:id/sheet',
    {
      config: { access: ['unit_editor', 'supervisor', 'admin'] },
      schema: {
        tags,
        summary: '上传填好的进展报送表：逐行校验，有退回的行则全部不写入并列出行号与原因；全部通过则在一个事务中写入',
        consumes: ['multipart/form-data'],
        params: IdParams,
        body: multipartBody({ file: binary('the filled .xlsx') }, 'multipart/form-data'),
        response: { 200: PeriodSheetResponse, ...errors(400, 401, 403, 404, 413, 415) },
      },
    },
    async (request) => {
      const user = userOf(request);
      const id = request.params.id;
      assertSheetAccess(user, id, true);
      await requireUnit(ctx, id);
      const file = fileIn(await readMultipart(request));
      const parsed = await parsePeriodSheet(file.bytes);
      if (!parsed.ok) throw new ApiError('NOT_A_PERIOD_SHEET', parsed.reason);
      if (parsed.meta.unitId !== id) throw new ApiError('NOT_A_PERIOD_SHEET', `这是另一单位（编号${parsed.meta.unitId}）的报送表`);
      const today = ctx.today();
      const check = await checkUpload(ctx.ledger, id, parsed.meta, parsed.lines, today);
      const rejected = [...check.rejected].sort((a, b) => a.row - b.row);
      const { inputs, unchanged } = rejected.length ? { inputs: [], unchanged: [] } : await newReports(ctx.ledger, id, check);
      const written = inputs.length ? await addProgressMany(ctx.ledger, user.id, inputs.map(({ row: _row, ...input }) => input)) : [];
      return {
        written: written.map((p, i) => ({ row: inputs[i]!.row, commitmentId: p.commitmentId, progressId: p.id, reportedOn: p.reportedOn })),
        unchanged,
        accepted: check.reports.length,
        skipped: check.skipped,
        rejected,
      };
    },
  );
}
