/**
 * Units (departments: 县发改局, 各乡镇人民政府 …) with their aliases. `unitNamed` finds the unit a report names,
 * by name or alias, to propose an assignment. A unit with its aliases is one audited record.
 */
import type { Unit } from './model.js';
import { LedgerError } from './errors.js';
import { transaction, type Actor, type Store } from './store.js';

export interface UnitInput {
  name: string;
  aliases?: string[];
}

/** Names are compared as given, less surrounding whitespace; empty names are refused. */
function nameOf(name: string, subject: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new LedgerError('INVALID_VALUE', subject, 'empty name');
  return trimmed;
}

const aliasesOf = (aliases: readonly string[], name: string): string[] =>
  [...new Set(aliases.map((a) => nameOf(a, `unit ${name}`)))].filter((a) => a !== name);

/** Sorting in code, not ORDER BY: PostgreSQL's collation and SQLite's binary order disagree on text. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function aliasMap(store: Store, ids: readonly number[]): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await store.db.selectFrom('unitAliases').select(['unitId', 'alias']).where('unitId', 'in', ids).execute();
  for (const r of rows) map.get(r.unitId)?.push(r.alias);
  for (const list of map.values()) list.sort(byCodeUnits);
  return map;
}

export async function listUnits(store: Store): Promise<Unit[]> {
  const rows = await store.db.selectFrom('units').select(['id', 'name']).execute();
  const aliases = await aliasMap(store, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: aliases.get(r.id) ?? [] })).sort((a, b) => byCodeUnits(a.name, b.name));
}

export async function getUnit(store: Store, id: number): Promise<Unit | undefined> {
  const row = await store.db.selectFrom('units').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, name: row.name, aliases: (await aliasMap(store, [id])).get(id) ?? [] };
}

/** The unit called `name`, by its name or one of its aliases. */
export async function unitNamed(store: Store, name: string): Promise<Unit | undefined> {
  const wanted = name.trim();
  const byName = await store.db.selectFrom('units').select('id').where('name', '=', wanted).executeTakeFirst();
  const id = byName?.id ?? (await store.db.selectFrom('unitAliases').select('unitId').where('alias', '=', wanted).executeTakeFirst())?.unitId;
  return id === undefined ? undefined : getUnit(store, id);
}

/** A name or alias must name one unit only, across names and aliases. */
async function assertFree(store: Store, names: readonly string[], self?: number): Promise<void> {
  for (const n of names) {
    const owner = await unitNamed(store, n);
    if (owner && owner.id !== self) throw new LedgerError('DUPLICATE', `unit ${n}`, `already names unit ${owner.id} ${owner.name}`);
  }
}

export async function createUnit(store: Store, actor: Actor, input: UnitInput): Promise<Unit> {
  const name = nameOf(input.name, 'unit');
  const aliases = aliasesOf(input.aliases ?? [], name);
  return transaction(
    store,
    actor,
    async (tx) => {
      await assertFree(tx, [name, ...aliases]);
      const { id } = await tx.db.insertInto('units').values({ name, createdAt: tx.now }).returning('id').executeTakeFirstOrThrow();
      if (aliases.length) await tx.db.insertInto('unitAliases').values(aliases.map((alias) => ({ unitId: id, alias }))).execute();
      const unit: Unit = { id, name, aliases: [...aliases].sort(byCodeUnits) };
      await tx.audit({ action: 'create', entity: 'unit', entityId: id, after: unit });
      return unit;
    },
    `unit ${name}`,
  );
}

/** Renames a unit or replaces its aliases. Nothing changed, nothing written. */
export async function updateUnit(store: Store, actor: Actor, id: number, patch: Partial<UnitInput>): Promise<Unit> {
  return transaction(
    store,
    actor,
    async (tx) => {
      const before = await getUnit(tx, id);
      if (!before) throw new LedgerError('NOT_FOUND', `unit ${id}`);
      const name = patch.name === undefined ? before.name : nameOf(patch.name, `unit ${id}`);
      const aliases = patch.aliases === undefined ? before.aliases.filter((a) => a !== name) : aliasesOf(patch.aliases, name);
      const after: Unit = { id, name, aliases: [...aliases].sort(byCodeUnits) };
      if (JSON.stringify(after) === JSON.stringify(before)) return before;
      await assertFree(tx, [name, ...aliases], id);
      if (name !== before.name) await tx.db.updateTable('units').set({ name }).where('id', '=', id).execute();
      await tx.db.deleteFrom('unitAliases').where('unitId', '=', id).execute();
      if (aliases.length) await tx.db.insertInto('unitAliases').values(aliases.map((alias) => ({ unitId: id, alias }))).execute();
      await tx.audit({ action: 'update', entity: 'unit', entityId: id, before, after });
      return after;
    },
    `unit ${id}`,
  );
}

/** Removes a unit no assignment, progress report or user refers to (else INVALID_REFERENCE). */
export async function deleteUnit(store: Store, actor: Actor, id: number): Promise<void> {
  await transaction(
    store,
    actor,
    async (tx) => {
      const before = await getUnit(tx, id);
      if (!before) throw new LedgerError('NOT_FOUND', `unit ${id}`);
      await tx.db.deleteFrom('units').where('id', '=', id).execute();
      await tx.audit({ action: 'delete', entity: 'unit', entityId: id, before });
    },
    `unit ${id}`,
  );
}
