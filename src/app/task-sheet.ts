/**
 * An edited 任务分解表 back into the ledger: each row's assignment and correction applied, one row per transaction,
 * and every row that cannot be applied returned with its row number and why (the API's POST /api/imports/tasks).
 * A file that is no task sheet is refused whole (NOT_A_TASK_SHEET) and nothing is written.
 */
import { LuoshiError } from '../errors.js';
import { readTaskSheet, type TaskChange } from '../exchange/index.js';
import { assign, isLedgerError, listAssignments, listUnits, textProblem, transaction, updateCommitment, VersionConflict, type Actor, type Ledger } from '../ledger/index.js';
import { allCommitments, requireReport } from './loop-data.js';

export interface TaskSheetResult {
  applied: { row: number; commitmentId: number; assignment: boolean; correction: boolean }[];
  rejected: { row: number; reason: string }[];
}

/** Why a row's texts cannot be stored as read, if they cannot (a cell may say _x0000_, which Excel reads as NUL). */
const rowProblem = (change: TaskChange): string | undefined =>
  [change.correction?.text, change.assignment?.leader].map((text) => (text === undefined ? undefined : textProblem(text))).find((p) => p !== undefined);

/** Applies the sheet's rows (of one report's items when `reportId` is given: its year reads the deadlines). */
export async function applyTaskSheet(ledger: Ledger, actor: Actor, bytes: Buffer, reportId?: number): Promise<TaskSheetResult> {
  const report = reportId === undefined ? undefined : (await requireReport(ledger, reportId)).report;
  const commitments = await allCommitments(ledger, reportId === undefined ? {} : { reportId });
  const [units, assignments] = await Promise.all([listUnits(ledger), listAssignments(ledger)]);
  const read = await readTaskSheet(bytes, { commitments, units, assignments, ...(report ? { year: report.year } : {}) });
  if (!read.ok) throw new LuoshiError('NOT_A_TASK_SHEET', read.reason);
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const applied: TaskSheetResult['applied'] = [];
  const rejected = [...read.rejected];
  for (const change of read.changes) {
    const problem = rowProblem(change);
    if (problem) {
      rejected.push({ row: change.row, reason: `本行未应用：文字无法保存（${problem}）` });
      continue;
    }
    try {
      // one row, one transaction: its assignment and its correction together or not at all
      await transaction(ledger, actor, async (tx) => {
        if (change.correction) {
          const current = byId.get(change.commitmentId);
          await updateCommitment(tx, actor, change.commitmentId, change.version ?? current?.version ?? 0, change.correction);
        }
        if (change.assignment) {
          const a = change.assignment;
          await assign(tx, actor, {
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
}
