/** A reporting cycle (model.ts ReportingCycle) is checked before it is stored, with an assignment or as the office's default. */
import { REPORTING_DUE_DAY_MAX } from './enums.js';
import { LedgerError } from './errors.js';
import type { ReportingCycle } from './model.js';
import { isDay } from './query.js';

export function assertReportingCycle(cycle: ReportingCycle, subject: string): void {
  const bad = (detail: string) => new LedgerError('INVALID_VALUE', subject, detail);
  if (cycle.kind === 'once') {
    if (!isDay(cycle.dueOn)) throw bad(`not a YYYY-MM-DD day: ${cycle.dueOn}`);
    return;
  }
  const max = Object.hasOwn(REPORTING_DUE_DAY_MAX, cycle.kind) ? REPORTING_DUE_DAY_MAX[cycle.kind] : undefined;
  if (max === undefined) throw bad(`unknown reporting cycle ${String(cycle.kind)}`);
  if (!Number.isInteger(cycle.dueDay) || cycle.dueDay < 0 || cycle.dueDay > max) throw bad(`a ${cycle.kind} report is due 0 to ${max} days after its period, not ${cycle.dueDay}`);
}
