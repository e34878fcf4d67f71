/**
 * Who issues the office's papers (督办提醒单, 督查通报, reminders): the one government's 督查室 when they are of one
 * government's reports, else the loop's DEFAULT_OFFICE.
 */
import { getGovernment, type Ledger } from '../ledger/index.js';
import { DEFAULT_OFFICE } from '../loop/index.js';

export async function officeOf(ledger: Ledger, governmentIds: ReadonlySet<number>): Promise<string> {
  const government = governmentIds.size === 1 ? await getGovernment(ledger, [...governmentIds][0]!) : undefined;
  if (!government) return DEFAULT_OFFICE;
  return government.level === 'national' ? '国务院办公厅督查室' : `${government.region}人民政府督查室`;
}
