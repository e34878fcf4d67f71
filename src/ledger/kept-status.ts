/**
 * The status kept with each item (督责's on_track, overdue …, with its reason and figures), so that lists filter,
 * sort and count by it in the database and show it as it is kept, instead of computing every item's status per
 * request.
 *
 * The ledger does not compute statuses — the loop does, for a day the server knows (the office's "today") — it
 * keeps what was computed: the status (its code in `status`, all it says in `status_result`), the day it was
 * computed for (`status_on`) and the first day on which what it says may change by the passing of days alone
 * (`status_changes_on`). It holds for the days in between. Every write that
 * changes what a status rests on (the item, its assignment, its progress, its report's date) forgets it in the
 * same statement or transaction (`forgetStatus`); the server computes the statuses due before it reads them
 * (app/kept-status.ts): forgotten ones, and those whose day of change has come.
 *
 * `status_inputs` counts those writes: a status computed from inputs read at one count is kept only while the
 * count is unchanged, so a write landing while it was computed is never overwritten by a status from before it.
 * Kept statuses are derived data, like an index: writing them is not a change of the ledger (no audit entry, and
 * the write counter readers cache against does not move).
 */
import { sql } from 'kysely';
import { toJson } from './json.js';
import { chunked } from './query.js';
import type { Ledger, Store, Tx } from './store.js';

/** The columns that forget an item's kept status (to spread into the UPDATE that changes its inputs). */
export const forgetStatus = () => ({ statusOn: null, statusInputs: sql<number>`status_inputs + 1` });

/** Forgets the kept status of the items given, or of every item of a report (its date moved their start). */
export async function statusInputsChanged(tx: Tx, items: { ids: readonly number[] } | { reportId: number }): Promise<void> {
  if ('reportId' in items) {
    await tx.db.updateTable('commitments').set(forgetStatus()).where('reportId', '=', items.reportId).execute();
    return;
  }
  for (const ids of chunked(items.ids)) await tx.db.updateTable('commitments').set(forgetStatus()).where('id', 'in', ids).execute();
}

/** An item whose status is to be computed, with the count of its inputs' changes when it was read. */
export interface StatusDue {
  id: number;
  inputs: number;
}

/**
 * The items whose kept status does not hold on `day`: never computed or forgotten, computed for a later day (a
 * clock set back), or past the day it may change.
 */
export async function statusesDue(store: Store, day: string): Promise<StatusDue[]> {
  const rows = await store.db
    .selectFrom('commitments')
    .select(['id', 'statusInputs'])
    .where((eb) => eb.or([eb('statusOn', 'is', null), eb('statusOn', '>', day), eb('statusChangesOn', '<=', day)]))
    .execute();
  return rows.map((r) => ({ id: r.id, inputs: r.statusInputs }));
}

export interface ComputedStatus extends StatusDue {
  /** Its code (on_track …), which lists filter by. */
  status: string;
  /** All it says, kept as JSON and given back as it was (listedCommitments). */
  result: object;
  /** The first day after `day` on which it may differ; undefined: only a write changes it. */
  changesOn?: string;
}

/** Rows per statement: five parameters each. */
const KEEP_BATCH = 500;

/**
 * Keeps statuses computed for `day`, each only if its inputs have not changed since it was read as due (another
 * write got in: it stays due). Returns how many were kept.
 */
export async function keepStatuses(ledger: Ledger, day: string, statuses: readonly ComputedStatus[]): Promise<number> {
  let kept = 0;
  for (const batch of chunked(statuses, KEEP_BATCH)) {
    const values = sql.join(
      batch.map((s) => sql`(cast(${s.id} as integer), cast(${s.inputs} as integer), cast(${s.status} as text), cast(${toJson(s.result)} as text), cast(${s.changesOn ?? null} as text))`),
    );
    const result = await sql`with computed (id, inputs, status, result, changes_on) as (values ${values})
      update commitments set status = computed.status, status_result = computed.result, status_on = ${day}, status_changes_on = computed.changes_on
      from computed where commitments.id = computed.id and commitments.status_inputs = computed.inputs`.execute(ledger.db);
    kept += Number(result.numAffectedRows ?? 0);
  }
  return kept;
}
