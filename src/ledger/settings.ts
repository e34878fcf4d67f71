/**
 * The office's settings (序时进度 thresholds, the default reporting cycle): one row per setting, its value as JSON; what was never set is left
 * out, for the loop's default to apply. Settings are one audited record, and changing one forgets every kept
 * status (they rest on it).
 */
import { LedgerError } from './errors.js';
import { fromJson, toJson } from './json.js';
import { forgetStatus } from './kept-status.js';
import type { OfficeSettings } from './model.js';
import { assertReportingCycle } from './reporting-cycles.js';
import { transaction, type Actor, type Store } from './store.js';

const KEYS: readonly (keyof OfficeSettings)[] = ['paceLag', 'reportingCycle'];

export async function getSettings(store: Store): Promise<Partial<OfficeSettings>> {
  const rows = await store.db.selectFrom('settings').select(['key', 'value']).execute();
  const settings: Partial<OfficeSettings> = {};
  for (const row of rows) if ((KEYS as readonly string[]).includes(row.key)) Object.assign(settings, { [row.key]: fromJson(row.value, undefined) });
  return settings;
}

/** Thresholds are points of a share (0–100), amber before red. */
function assertValid(patch: Partial<OfficeSettings>): void {
  const lag = patch.paceLag;
  if (lag && !(lag.atRisk >= 0 && lag.atRisk < lag.behind && lag.behind <= 100)) {
    throw new LedgerError('INVALID_VALUE', 'settings paceLag', `need 0 ≤ atRisk < behind ≤ 100, got ${lag.atRisk} and ${lag.behind}`);
  }
  if (patch.reportingCycle) assertReportingCycle(patch.reportingCycle, 'settings reportingCycle');
}

export async function updateSettings(store: Store, actor: Actor, patch: Partial<OfficeSettings>): Promise<Partial<OfficeSettings>> {
  assertValid(patch);
  return transaction(
    store,
    actor,
    async (tx) => {
      const before = await getSettings(tx);
      const after = { ...before, ...patch };
      if (toJson(after) === toJson(before)) return before;
      for (const key of KEYS) {
        if (patch[key] === undefined) continue;
        const value = toJson(patch[key]);
        await tx.db
          .insertInto('settings')
          .values({ key, value, updatedAt: tx.now })
          .onConflict((c) => c.column('key').doUpdateSet({ value, updatedAt: tx.now }))
          .execute();
      }
      await tx.db.updateTable('commitments').set(forgetStatus()).execute();
      await tx.audit({ action: 'update', entity: 'settings', entityId: 'office', before, after });
      return after;
    },
    'settings',
  );
}
