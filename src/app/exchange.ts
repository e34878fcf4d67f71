/** The rows the file exchange (src/ledger/exchange) works on, loaded from the ledger with their status. */
import type { Government, Ledger, Report } from '../ledger/index.js';
import type { TaskRow } from '../exchange/index.js';
import { isTracked } from '../loop/index.js';
import { loopData, requireReport, statusOfItem } from './loop-data.js';

export interface ExchangeRows {
  rows: TaskRow[];
  report?: Report;
  government?: Government;
  title: string;
}

/**
 * All commitments (or one report's), in ledger order. `tasksOnly`: what the 任务分解表 lists — items the loop
 * follows (no achievements, nothing rejected or stale).
 */
export async function exchangeRows(ledger: Ledger, today: string, options: { reportId?: number; tasksOnly?: boolean } = {}): Promise<ExchangeRows> {
  const found = options.reportId === undefined ? undefined : await requireReport(ledger, options.reportId);
  const { items, units } = await loopData(ledger, options.reportId === undefined ? { today } : { reportId: options.reportId, today });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const rows = items
    .filter((item) => !options.tasksOnly || isTracked(item.commitment))
    .map((item): TaskRow => {
      const a = item.assignment;
      const row: TaskRow = {
        commitment: item.commitment,
        units: (a?.cooperatingUnitIds ?? []).map((id) => unitById.get(id)).filter((u) => u !== undefined),
        status: statusOfItem(item, today),
      };
      if (a) row.assignment = a;
      const lead = a?.leadUnitId === undefined ? undefined : unitById.get(a.leadUnitId);
      if (lead) row.leadUnit = lead;
      const latest = item.progress[item.progress.length - 1];
      if (latest) row.latestProgress = latest;
      return row;
    });
  const title = found
    ? `${found.government?.region ?? ''}${found.report.year}年政府工作报告重点工作任务分解表`
    : '政府工作报告重点工作任务分解表';
  return { rows, title, ...(found ? { report: found.report, government: found.government } : {}) };
}
