/**
 * Reading the audit log. Entries are written only by `transaction` (store.ts), in the same database
 * transaction as the change they record; a trigger refuses any UPDATE or DELETE of them.
 */
import type { AuditEntry } from './model.js';
import { fromJson } from './json.js';
import { compact, opt } from './query.js';
import type { Store } from './store.js';

export interface AuditFilter {
  entity?: string;
  entityId?: string | number;
  userId?: number;
  action?: string;
  /** 1..1000, default 100. */
  limit?: number;
  offset?: number;
}

/** Audit entries, oldest first. */
export async function listAudit(store: Store, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  let q = store.db.selectFrom('auditLog').selectAll();
  if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) q = q.where('entityId', '=', String(filter.entityId));
  if (filter.userId !== undefined) q = q.where('userId', '=', filter.userId);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), 1000);
  const rows = await q.orderBy('id').limit(limit).offset(Math.max(0, Math.trunc(filter.offset ?? 0))).execute();
  return rows.map((r) =>
    compact({
      id: r.id,
      at: r.at,
      userId: opt(r.userId),
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before === null ? undefined : fromJson<unknown>(r.before, null),
      after: r.after === null ? undefined : fromJson<unknown>(r.after, null),
    }),
  );
}

/** The history of one record: every change to it, oldest first. */
export function auditFor(store: Store, entity: string, entityId: string | number): Promise<AuditEntry[]> {
  return listAudit(store, { entity, entityId, limit: 1000 });
}

/**
 * The id of the latest audit entry, 0 when there is none. Every change writes one, in any process, so this is
 * the ledger's version as all writers see it (a reader caching what it computed compares it).
 */
export async function latestAuditId(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.max('id').as('latest'))
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}
