/**
 * 明责: who answers for a commitment (lead unit, cooperating units, responsible leader) and by when. A
 * proposal made from the units the text names stays unconfirmed until a supervisor confirms it. An
 * assignment with its cooperating units is one audited record.
 */
import { sql } from 'kysely';
import type { Assignment, ReportingCycle } from './model.js';
import { assertReportingCycle } from './reporting-cycles.js';
import { LedgerError, VersionConflict } from './errors.js';
import { forgetStatus } from './kept-status.js';
import { fromJson, toJson } from './json.js';
import { compact, flag, isDay, isSet, opt } from './query.js';
import { transaction, type Actor, type Store, type Tx } from './store.js';
import { listUnits } from './units.js';
import { UnitIndex } from './unit-names.js';

export type Schedule = NonNullable<Assignment['schedule']>;

/** Fields left out keep their stored value; null clears one. */
export interface AssignmentInput {
  commitmentId: number;
  leadUnitId?: number | null;
  cooperatingUnitIds?: number[];
  leader?: string | null;
  deadline?: string | null;
  confirmed?: boolean;
  /** The day a confirmation was made, when entered after the fact (an office's existing 分工): else now. */
  confirmedOn?: string;
  schedule?: Schedule | null;
  /** The item's own reporting cycle; null: the office's default. */
  reportingCycle?: ReportingCycle | null;
  /**
   * The version the caller saw. When given and the stored assignment has moved on, VersionConflict; when
   * left out (bulk assignment from a list), the change applies to whatever is stored, and is audited.
   */
  expectedVersion?: number;
}

async function cooperatingOf(store: Store, ids: readonly number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await store.db.selectFrom('assignmentUnits').select(['commitmentId', 'unitId']).where('commitmentId', 'in', ids).execute();
  for (const r of rows) map.get(r.commitmentId)?.push(r.unitId);
  for (const list of map.values()) list.sort((a, b) => a - b);
  return map;
}

/** Every assignment's cooperating units, in one query (no list of ids to bind, whatever the ledger's size). */
async function allCooperating(store: Store): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  const rows = await store.db.selectFrom('assignmentUnits').select(['commitmentId', 'unitId']).orderBy('commitmentId').orderBy('unitId').execute();
  for (const r of rows) {
    const list = map.get(r.commitmentId);
    if (list) list.push(r.unitId);
    else map.set(r.commitmentId, [r.unitId]);
  }
  return map;
}

const assignmentQuery = (store: Store) =>
  store.db.selectFrom('assignments').select(['commitmentId', 'leadUnitId', 'leader', 'deadline', 'confirmed', 'confirmedAt', 'schedule', 'reportingCycle', 'version']);

type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['executeTakeFirstOrThrow']>>;

const toAssignment = (r: AssignmentRow, cooperatingUnitIds: number[]): Assignment =>
  compact({
    commitmentId: r.commitmentId,
    leadUnitId: opt(r.leadUnitId),
    cooperatingUnitIds,
    leader: opt(r.leader),
    deadline: opt(r.deadline),
    confirmed: isSet(r.confirmed),
    confirmedAt: opt(r.confirmedAt),
    schedule: r.schedule === null ? undefined : fromJson<Schedule>(r.schedule, []),
    reportingCycle: r.reportingCycle === null ? undefined : fromJson<ReportingCycle | undefined>(r.reportingCycle, undefined),
    version: r.version,
  });

export async function getAssignment(store: Store, commitmentId: number): Promise<Assignment | undefined> {
  const row = await assignmentQuery(store).where('commitmentId', '=', commitmentId).executeTakeFirst();
  if (!row) return undefined;
  return toAssignment(row, (await cooperatingOf(store, [commitmentId])).get(commitmentId) ?? []);
}

export interface AssignmentFilter {
  /** Lead or cooperating unit. */
  unitId?: number;
  confirmed?: boolean;
  /** Of any of these commitments (at most a page's worth: they are bound as parameters). */
  commitmentIds?: readonly number[];
}

export async function listAssignments(store: Store, filter: AssignmentFilter = {}): Promise<Assignment[]> {
  let q = assignmentQuery(store);
  if (filter.confirmed !== undefined) q = q.where('confirmed', '=', flag(filter.confirmed));
  if (filter.commitmentIds !== undefined) {
    if (filter.commitmentIds.length === 0) return [];
    q = q.where('commitmentId', 'in', filter.commitmentIds);
  }
  if (filter.unitId !== undefined) {
    const unitId = filter.unitId;
    q = q.where((eb) =>
      eb.or([
        eb('leadUnitId', '=', unitId),
        eb.exists(eb.selectFrom('assignmentUnits').select('unitId').whereRef('assignmentUnits.commitmentId', '=', 'assignments.commitmentId').where('assignmentUnits.unitId', '=', unitId)),
      ]),
    );
  }
  const rows = await q.orderBy('commitmentId').execute();
  const cooperating = filter.unitId === undefined && filter.confirmed === undefined && filter.commitmentIds === undefined ? await allCooperating(store) : await cooperatingOf(store, rows.map((r) => r.commitmentId));
  return rows.map((r) => toAssignment(r, cooperating.get(r.commitmentId) ?? []));
}

const keep = <T>(given: T | null | undefined, stored: T | undefined): T | undefined => (given === undefined ? stored : (given ?? undefined));

function validate(input: AssignmentInput, subject: string): void {
  const deadlines = [input.deadline ?? undefined, input.confirmedOn, ...(input.schedule ?? []).map((s) => s.date)];
  for (const d of deadlines) if (d !== undefined && !isDay(d)) throw new LedgerError('INVALID_VALUE', subject, `not a YYYY-MM-DD day: ${d}`);
  for (const s of input.schedule ?? []) if (!Number.isFinite(s.value)) throw new LedgerError('INVALID_VALUE', subject, 'schedule value is not a number');
  if (input.reportingCycle) assertReportingCycle(input.reportingCycle, subject);
}

const content = (a: Assignment): string => JSON.stringify({ ...a, version: 0, confirmedAt: undefined });

/** Creates or changes one assignment inside an open transaction. */
async function assignIn(tx: Tx, input: AssignmentInput): Promise<Assignment> {
  const id = input.commitmentId;
  const subject = `assignment of commitment ${id}`;
  validate(input, subject);
  const before = await getAssignment(tx, id);
  if (before && input.expectedVersion !== undefined && before.version !== input.expectedVersion) {
    throw new VersionConflict(subject, input.expectedVersion, before);
  }
  const leadUnitId = keep(input.leadUnitId, before?.leadUnitId);
  const after: Assignment = compact({
    commitmentId: id,
    leadUnitId,
    // the lead unit is not also one of its own cooperating units
    cooperatingUnitIds: [...new Set(input.cooperatingUnitIds ?? before?.cooperatingUnitIds ?? [])].filter((u) => u !== leadUnitId).sort((a, b) => a - b),
    leader: keep(input.leader, before?.leader),
    deadline: keep(input.deadline, before?.deadline),
    confirmed: input.confirmed ?? before?.confirmed ?? false,
    schedule: keep(input.schedule, before?.schedule),
    reportingCycle: keep(input.reportingCycle, before?.reportingCycle),
    version: (before?.version ?? 0) + 1,
  });
  // the unit is held to the item, and owes its reports, from when a supervisor confirmed it
  if (after.confirmed) after.confirmedAt = before?.confirmed && before.confirmedAt ? before.confirmedAt : (input.confirmedOn ?? tx.now);
  if (before && content(before) === content(after)) return before;
  const columns = {
    leadUnitId: after.leadUnitId ?? null,
    leader: after.leader ?? null,
    deadline: after.deadline ?? null,
    confirmed: flag(after.confirmed),
    confirmedAt: after.confirmedAt ?? null,
    schedule: after.schedule === undefined ? null : toJson(after.schedule),
    reportingCycle: after.reportingCycle === undefined ? null : toJson(after.reportingCycle),
    version: after.version,
    updatedAt: tx.now,
  };
  if (before) {
    const result = await tx.db.updateTable('assignments').set(columns).where('commitmentId', '=', id).where('version', '=', before.version).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const current = await getAssignment(tx, id);
      throw current ? new VersionConflict(subject, before.version, current) : new LedgerError('NOT_FOUND', subject);
    }
    await tx.db.deleteFrom('assignmentUnits').where('commitmentId', '=', id).execute();
  } else {
    await tx.db.insertInto('assignments').values({ commitmentId: id, ...columns, createdAt: tx.now }).execute();
  }
  if (after.cooperatingUnitIds.length) {
    await tx.db.insertInto('assignmentUnits').values(after.cooperatingUnitIds.map((unitId) => ({ commitmentId: id, unitId }))).execute();
  }
  // the item keeps the deadline in force with it (commitments.ts), and its status is to be computed again
  await tx.db
    .updateTable('commitments')
    .set({ deadlineInForce: sql<string | null>`coalesce(${after.deadline ?? null}, deadline)`, ...forgetStatus() })
    .where('id', '=', id)
    .execute();
  await tx.audit(before ? { action: 'update', entity: 'assignment', entityId: id, before, after } : { action: 'create', entity: 'assignment', entityId: id, after });
  return after;
}

/** Assigns one commitment (creating or changing its assignment). */
export function assign(store: Store, actor: Actor, input: AssignmentInput): Promise<Assignment> {
  return transaction(store, actor, (tx) => assignIn(tx, input), `assignment of commitment ${input.commitmentId}`);
}

/** Assigns many commitments in one transaction: all are written, or (on any error) none. */
export function assignMany(store: Store, actor: Actor, inputs: readonly AssignmentInput[]): Promise<Assignment[]> {
  return transaction(
    store,
    actor,
    async (tx) => {
      const done: Assignment[] = [];
      for (const input of inputs) done.push(await assignIn(tx, input));
      return done;
    },
    'bulk assignment',
  );
}

export interface Proposal {
  /** Absent when the commitment already has an assignment, or names no known unit. */
  assignment?: Assignment;
  /** Units the text names that match no unit's name or alias. */
  unknownUnits: string[];
}

/**
 * Proposes an unconfirmed assignment from the units the commitment's text names (牵头单位 → lead, 责任单位 →
 * cooperating), matched by name or alias (unit-names.ts: 县发改局 finds 县发展和改革局), with the commitment's
 * deadline. An existing assignment is left alone.
 */
export async function proposeAssignment(store: Store, actor: Actor, commitmentId: number): Promise<Proposal> {
  return transaction(store, actor, async (tx) => proposeIn(tx, commitmentId, new UnitIndex(await listUnits(tx))));
}

async function proposeIn(tx: Tx, commitmentId: number, units: UnitIndex): Promise<Proposal> {
  const row = await tx.db
    .selectFrom('commitments')
    .select(['namedLeadUnits', 'namedUnits', 'deadline'])
    .where('id', '=', commitmentId)
    .executeTakeFirst();
  if (!row) throw new LedgerError('NOT_FOUND', `commitment ${commitmentId}`);
  const lead = units.resolve(fromJson<string[]>(row.namedLeadUnits, []));
  const others = units.resolve(fromJson<string[]>(row.namedUnits, []));
  const unknownUnits = [...lead.unknown, ...others.unknown];
  const leadIds = lead.units.map((u) => u.id);
  const otherIds = others.units.map((u) => u.id);
  if ((await getAssignment(tx, commitmentId)) || leadIds.length + otherIds.length === 0) return { unknownUnits };
  const [leadUnitId, ...more] = leadIds.length ? leadIds : otherIds;
  const cooperatingUnitIds = leadIds.length ? [...more, ...otherIds] : more;
  const assignment = await assignIn(tx, { commitmentId, leadUnitId, cooperatingUnitIds, deadline: row.deadline, confirmed: false });
  return { assignment, unknownUnits };
}

/**
 * Proposes an assignment (proposeAssignment) for each item of a report that names units and has none yet, in one
 * transaction; returns how many were made. Run inside the import's transaction, so an import is never stored
 * without its proposals; run again, it completes what is missing (a unit added since, a report imported before).
 */
export function proposeAssignments(store: Store, actor: Actor, reportId: number): Promise<number> {
  return transaction(
    store,
    actor,
    async (tx) => {
      const unassigned = await tx.db
        .selectFrom('commitments')
        .select('id')
        .where('reportId', '=', reportId)
        .where((eb) => eb.or([eb('namedLeadUnits', '<>', toJson([])), eb('namedUnits', '<>', toJson([]))]))
        .where((eb) => eb.not(eb.exists(eb.selectFrom('assignments').select('commitmentId').whereRef('assignments.commitmentId', '=', 'commitments.id'))))
        .orderBy('spanStart')
        .orderBy('id')
        .execute();
      const units = new UnitIndex(await listUnits(tx));
      let proposed = 0;
      for (const { id } of unassigned) if ((await proposeIn(tx, id, units)).assignment) proposed++;
      return proposed;
    },
    `assignments of report ${reportId}`,
  );
}
