/** Who issues the office's papers (督办提醒单, 督查通报): the one government's 督查室 when they are of one government's reports. */
import { getGovernment, type Ledger } from '../../ledger/index.js';

export async function officeOf(ledger: Ledger, governmentIds: ReadonlySet<number>): Promise<string | undefined> {
  if (governmentIds.size !== 1) return undefined;
  const government = await getGovernment(ledger, [...governmentIds][0]!);
  if (!government) return undefined;
  return government.level === 'national' ? '国务院办公厅督查室' : `${government.region}人民政府督查室`;
}
