/**
 * Governments: region, level and the government above (a county's city, a city's province). Identified by
 * (region, level, parent), since several counties share a name across provinces. Parents are created on
 * import from the division table the structure stage uses (GB/T 2260), up to the province.
 */
import type { Level } from '../structure/index.js';
import { divisionsNamed } from '../structure/tables/divisions.js';
import type { Government } from './model.js';
import { LEVELS } from './enums.js';
import { LedgerError } from './errors.js';
import { compact, opt } from './query.js';
import { transaction, type Actor, type Store, type Tx } from './store.js';

export interface GovernmentInput {
  region: string;
  level: Level;
  /** The name of the division above, as the report's metadata gives it. */
  parent?: string;
}

const RANK: Record<Level, number> = { national: 0, province: 1, city: 2, county: 3 };

const toGovernment = (r: { id: number; region: string; level: string; parentId: number | null }): Government =>
  compact({ id: r.id, region: r.region, level: r.level as Level, parentId: opt(r.parentId) });

export async function getGovernment(store: Store, id: number): Promise<Government | undefined> {
  const row = await store.db.selectFrom('governments').select(['id', 'region', 'level', 'parentId']).where('id', '=', id).executeTakeFirst();
  return row && toGovernment(row);
}

export async function listGovernments(store: Store): Promise<Government[]> {
  const rows = await store.db.selectFrom('governments').select(['id', 'region', 'level', 'parentId']).orderBy('id').execute();
  return rows.map(toGovernment);
}

async function find(store: Store, region: string, level: Level, parentId: number | null): Promise<Government | undefined> {
  let q = store.db.selectFrom('governments').select(['id', 'region', 'level', 'parentId']).where('region', '=', region).where('level', '=', level);
  q = parentId === null ? q.where('parentId', 'is', null) : q.where('parentId', '=', parentId);
  const row = await q.executeTakeFirst();
  return row && toGovernment(row);
}

/** The division called `name` above `level`, and its own parent; guessed one level up when the table lacks it. */
function parentDivision(name: string, level: Level): { level: Level; parent?: string } {
  const known = divisionsNamed(name).filter((d) => RANK[d.level] < RANK[level]);
  const nearest = known.sort((a, b) => RANK[b.level] - RANK[a.level])[0];
  if (nearest) return { level: nearest.level, parent: nearest.parent };
  return { level: LEVELS[Math.max(0, RANK[level] - 1)] };
}

/** Finds or creates the government and, first, the ones above it; one audit entry per government created. */
export async function ensureGovernment(tx: Tx, input: GovernmentInput): Promise<Government> {
  const region = input.region.trim();
  if (!region) throw new LedgerError('INVALID_VALUE', 'government', 'empty region');
  if (!LEVELS.includes(input.level)) throw new LedgerError('INVALID_VALUE', `government ${region}`, `unknown level ${input.level}`);
  let parentId: number | null = null;
  if (input.parent && input.parent !== region && input.level !== 'national') {
    const above = parentDivision(input.parent, input.level);
    parentId = (await ensureGovernment(tx, { region: input.parent, level: above.level, parent: above.parent })).id;
  }
  const existing = await find(tx, region, input.level, parentId);
  if (existing) return existing;
  const row = await tx.db
    .insertInto('governments')
    .values({ region, level: input.level, parentId, createdAt: tx.now })
    .returning(['id', 'region', 'level', 'parentId'])
    .executeTakeFirstOrThrow();
  const government = toGovernment(row);
  await tx.audit({ action: 'create', entity: 'government', entityId: government.id, after: government });
  return government;
}

/** Finds or creates a government (and those above it). */
export function upsertGovernment(store: Store, actor: Actor, input: GovernmentInput): Promise<Government> {
  return transaction(store, actor, (tx) => ensureGovernment(tx, input), `government ${input.region}`);
}
