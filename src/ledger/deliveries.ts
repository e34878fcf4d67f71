/**
 * Reminders that reach people: each unit's contacts (an e-mail address, a group robot's webhook), and the log of
 * every sending. A day's reminders for a unit are planned once per channel (the key unit|channel|day is unique, so
 * two servers planning the same day plan it once), claimed one row at a time by a conditional UPDATE (so two
 * servers never send the same row), and ended sent, or failed with the error and the time of the next try.
 * The log is the record of sending, not a change of the ledger: its rows are written without audit entries;
 * a change of contacts is audited.
 */
import type { ExpressionBuilder, Selectable } from 'kysely';
import { LedgerError } from './errors.js';
import type { Database, DeliveriesTable, UnitContactsTable } from './schema.js';
import type { Delivery, DeliveryChannel, DeliveryState, RobotKind, UnitContact } from './model.js';
import { transaction, type Actor, type Store } from './store.js';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function contactOf(r: Selectable<UnitContactsTable>): UnitContact {
  const contact: UnitContact = { unitId: r.unitId };
  if (r.email) contact.email = r.email;
  if (r.webhookKind && r.webhookUrl) contact.webhook = { kind: r.webhookKind as RobotKind, url: r.webhookUrl, ...(r.webhookSecret ? { secret: r.webhookSecret } : {}) };
  return contact;
}

export async function listUnitContacts(store: Store): Promise<UnitContact[]> {
  return (await store.db.selectFrom('unitContacts').selectAll().orderBy('unitId').execute()).map(contactOf);
}

export async function getUnitContact(store: Store, unitId: number): Promise<UnitContact | undefined> {
  const row = await store.db.selectFrom('unitContacts').selectAll().where('unitId', '=', unitId).executeTakeFirst();
  return row && contactOf(row);
}

/** A contact as shown and audited: whether the robot signs, never its secret. */
export interface ShownContact {
  unitId: number;
  email?: string;
  webhook?: { kind: RobotKind; url: string; signed: boolean };
}
export function shownContact(c: UnitContact): ShownContact {
  const out: ShownContact = { unitId: c.unitId };
  if (c.email) out.email = c.email;
  if (c.webhook) out.webhook = { kind: c.webhook.kind, url: c.webhook.url, signed: c.webhook.secret !== undefined };
  return out;
}

/** A unit's contacts, replaced as a whole (none given: removed); audited without the robot's secret. */
export async function setUnitContact(store: Store, actor: Actor, contact: UnitContact): Promise<UnitContact> {
  return transaction(
    store,
    actor,
    async (tx) => {
      const unit = await tx.db.selectFrom('units').select('id').where('id', '=', contact.unitId).executeTakeFirst();
      if (!unit) throw new LedgerError('NOT_FOUND', `unit ${contact.unitId}`);
      const before = await getUnitContact(tx, contact.unitId);
      await tx.db.deleteFrom('unitContacts').where('unitId', '=', contact.unitId).execute();
      if (contact.email || contact.webhook) {
        await tx.db
          .insertInto('unitContacts')
          .values({
            unitId: contact.unitId,
            email: contact.email ?? null,
            webhookKind: contact.webhook?.kind ?? null,
            webhookUrl: contact.webhook?.url ?? null,
            webhookSecret: contact.webhook?.secret ?? null,
          })
          .execute();
      }
      await tx.audit({ action: 'update', entity: 'unit_contact', entityId: contact.unitId, before: before ? shownContact(before) : null, after: shownContact(contact) });
      return contact;
    },
    `unit ${contact.unitId} contact`,
  );
}

/** A sending to plan: a unit's reminders of a day, by one channel. */
export interface PlannedDelivery {
  unitId: number;
  channel: DeliveryChannel;
  day: string;
  recipient: string;
  subject: string;
  body: string;
}

/** Plans sendings not yet planned (by unit, channel and day); returns how many are new. */
export async function planDeliveries(store: Store, planned: readonly PlannedDelivery[], now: Date): Promise<number> {
  let added = 0;
  for (const p of planned) {
    const at = now.toISOString();
    const result = await store.db
      .insertInto('deliveries')
      .values({ ...p, key: `${p.unitId}|${p.channel}|${p.day}`, state: 'pending', nextAttemptAt: at, createdAt: at })
      .onConflict((c) => c.column('key').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

/** A sending claimed and not ended within this long (its server stopped) is taken up again. */
const CLAIM_TIMEOUT_MS = 10 * 60_000;

/** Pending and due, or claimed by a server that stopped before ending it. */
const due =
  (at: string, stale: string) =>
  (eb: ExpressionBuilder<Database, 'deliveries'>) =>
    eb.or([eb.and([eb('state', '=', 'pending'), eb('nextAttemptAt', '<=', at)]), eb.and([eb('state', '=', 'sending'), eb('claimedAt', '<', stale)])]);

/** Up to `limit` sendings due at `now`, each claimed for this process (its attempts counted). */
export async function claimDeliveries(store: Store, now: Date, limit = 20): Promise<Delivery[]> {
  const at = now.toISOString();
  const stale = new Date(now.getTime() - CLAIM_TIMEOUT_MS).toISOString();
  const candidates = await store.db
    .selectFrom('deliveries')
    .select('id')
    .where(due(at, stale))
    .orderBy('id')
    .limit(limit)
    .execute();
  const claimed: Delivery[] = [];
  for (const { id } of candidates) {
    const row = await store.db
      .updateTable('deliveries')
      .set((eb) => ({ state: 'sending', claimedAt: at, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where(due(at, stale))
      .returningAll()
      .executeTakeFirst();
    if (row) claimed.push(deliveryOf(row));
  }
  return claimed;
}

/** Ends a claimed sending: sent, or failed with the error and, while tries remain, when to try again. */
export async function endDelivery(store: Store, id: number, outcome: { sentAt: Date } | { error: string; retryAt?: Date }): Promise<void> {
  const set =
    'sentAt' in outcome
      ? { state: 'sent' as DeliveryState, sentAt: outcome.sentAt.toISOString(), nextAttemptAt: null, lastError: null }
      : { state: (outcome.retryAt ? 'pending' : 'failed') as DeliveryState, lastError: outcome.error.slice(0, 1000), nextAttemptAt: outcome.retryAt?.toISOString() ?? null };
  await store.db.updateTable('deliveries').set({ ...set, claimedAt: null }).where('id', '=', id).execute();
}

function deliveryOf(r: Selectable<DeliveriesTable>): Delivery {
  const d: Delivery = {
    id: r.id,
    unitId: r.unitId,
    channel: r.channel as DeliveryChannel,
    day: r.day,
    to: r.recipient,
    subject: r.subject,
    body: r.body,
    state: r.state as DeliveryState,
    attempts: r.attempts,
    createdAt: r.createdAt,
  };
  const [lastError, nextAttemptAt, sentAt] = [opt(r.lastError), opt(r.nextAttemptAt), opt(r.sentAt)];
  if (lastError !== undefined) d.lastError = lastError;
  if (nextAttemptAt !== undefined && d.state === 'pending') d.nextAttemptAt = nextAttemptAt;
  if (sentAt !== undefined) d.sentAt = sentAt;
  return d;
}

/** The log, newest first. */
export async function listDeliveries(store: Store, filter: { unitId?: number; limit?: number } = {}): Promise<Delivery[]> {
  let q = store.db.selectFrom('deliveries').selectAll().orderBy('id', 'desc').limit(filter.limit ?? 200);
  if (filter.unitId !== undefined) q = q.where('unitId', '=', filter.unitId);
  return (await q.execute()).map(deliveryOf);
}
