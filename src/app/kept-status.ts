/**
 * The statuses kept in the ledger (ledger/kept-status.ts) brought up to the office's today before a list reads them:
 * those a write forgot, and those whose day of change has come (the first read of a day computes the ones the date
 * moves on: the days a status counts, a deadline passed, a new month of reporting, a target's trajectory). Computed by the loop from
 * the same rows and start as the snapshot's (loop-data.ts), so both say the same. One computation at a time per
 * ledger, which concurrent readers wait for; none at all while nothing was written and the day is the same.
 */
import { keepStatuses, listAllCommitments, MAX_PAGE, statusesDue, type Ledger, type StatusDue } from '../ledger/index.js';
import { statusChangesOn, statusOf } from '../loop/index.js';
import { ledgerState, unchanged, type LedgerState } from './ledger-state.js';
import { loopData } from './loop-data.js';

/** The state at which each ledger's statuses were last brought up to date. */
const upToDate = new WeakMap<object, LedgerState>();
const computing = new WeakMap<object, Promise<void>>();

async function computeDue(ledger: Ledger, today: string): Promise<void> {
  const due = await statusesDue(ledger, today);
  if (!due.length) return;
  const inputs = new Map<number, StatusDue>(due.map((d) => [d.id, d]));
  // a page's worth by id, else the whole ledger in one query a table (the first read after a migration or a month's turn)
  const commitments =
    due.length <= MAX_PAGE ? await listAllCommitments(ledger, { ids: [...inputs.keys()] }) : (await listAllCommitments(ledger)).filter((c) => inputs.has(c.id));
  const { items } = await loopData(ledger, { commitments });
  const computed = items.map((item) => {
    const input = { ...item, today };
    const result = statusOf(input);
    return { ...inputs.get(item.commitment.id)!, status: result.status, result, changesOn: statusChangesOn(input) };
  });
  await keepStatuses(ledger, today, computed);
}

/** Brings the ledger's kept statuses up to `today`; returns when every status holds for it. */
export async function keepStatusesUpTo(ledger: Ledger, today: string): Promise<void> {
  for (;;) {
    const state = ledgerState(ledger, today);
    const known = upToDate.get(ledger.db);
    if (known && unchanged(known, state)) return;
    const pending = computing.get(ledger.db);
    if (pending) {
      // the one under way may have started before the latest write, or for another day: look again once it is done
      await pending.catch(() => undefined);
      continue;
    }
    const run = computeDue(ledger, today);
    computing.set(ledger.db, run);
    try {
      await run;
      upToDate.set(ledger.db, state);
      return;
    } finally {
      if (computing.get(ledger.db) === run) computing.delete(ledger.db);
    }
  }
}
