/**
 * Commitments: the ledger's rows. Listing with filters, paging and sorting; one item with its assignment,
 * progress and verifications; edits and review under optimistic concurrency (a stale version is refused
 * with VersionConflict carrying the stored row, and nothing is written).
 */
import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type RawBuilder, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Kind, Op } from '../extract/index.js';
import type { SectionRole } from '../structure/index.js';
import type { Assignment, Commitment, ProgressReport, ReviewState, Verification } from './model.js';
import type { CommitmentsTable, Database } from './schema.js';
import { KINDS, OPS, REVIEW_STATES, SECTION_ROLES } from './enums.js';
import { LedgerError, VersionConflict } from './errors.js';
import { fromJson, toJson } from './json.js';
import { compact, containsPattern, flag, isSet, opt, toCount } from './query.js';
import { ledgerOf, transaction, type Actor, type Store } from './store.js';
import type { Adapter } from './dialect.js';
import { getAssignment } from './assignments.js';
import { forgetStatus } from './kept-status.js';
import { listProgress } from './progress.js';
import { listVerifications } from './verifications.js';

type Row = Selectable<CommitmentsTable>;

export const toCommitment = (r: Row): Commitment =>
  compact({
    id: r.id,
    reportId: r.reportId,
    key: r.key,
    kind: r.kind as Kind,
    text: r.text,
    span: { start: r.spanStart, end: r.spanEnd },
    indicator: opt(r.indicator),
    low: opt(r.low),
    high: opt(r.high),
    unit: opt(r.unit),
    op: opt(r.op) as Op | undefined,
    deadline: opt(r.deadline),
    period: opt(r.period),
    baseline: opt(r.baseline),
    baselinePeriod: opt(r.baselinePeriod),
    section: opt(r.section),
    role: r.role as SectionRole,
    namedLeadUnits: fromJson<string[]>(r.namedLeadUnits, []),
    namedUnits: fromJson<string[]>(r.namedUnits, []),
    rule: opt(r.rule),
    reviewState: r.reviewState as ReviewState,
    stale: isSet(r.stale),
    splitId: opt(r.splitId),
    version: r.version,
  });

/** What an item says: the fields an extraction gives and a person may correct. */
export type CommitmentContent = Pick<
  Commitment,
  | 'kind' | 'text' | 'span' | 'indicator' | 'low' | 'high' | 'unit' | 'op' | 'deadline' | 'period' | 'baseline'
  | 'baselinePeriod' | 'section' | 'role' | 'namedLeadUnits' | 'namedUnits' | 'rule'
>;

/** The columns holding `c`; absent optional fields become NULL. */
export function contentColumns(c: CommitmentContent) {
  return {
    kind: c.kind,
    text: c.text,
    spanStart: c.span.start,
    spanEnd: c.span.end,
    indicator: c.indicator ?? null,
    low: c.low ?? null,
    high: c.high ?? null,
    unit: c.unit ?? null,
    op: c.op ?? null,
    deadline: c.deadline ?? null,
    period: c.period ?? null,
    baseline: c.baseline ?? null,
    baselinePeriod: c.baselinePeriod ?? null,
    section: c.section ?? null,
    role: c.role,
    namedLeadUnits: toJson(c.namedLeadUnits),
    namedUnits: toJson(c.namedUnits),
    rule: c.rule ?? null,
  };
}

export const contentOf = (c: Commitment): CommitmentContent => {
  const { id: _id, reportId: _r, key: _k, reviewState: _s, stale: _st, splitId: _sp, version: _v, ...content } = c;
  return content;
};

/** Checks a value against an enum column, for a clear error before the database's CHECK refuses it. */
function checkEnum(values: readonly string[], value: string | undefined, what: string, subject: string): void {
  if (value !== undefined && !values.includes(value)) throw new LedgerError('INVALID_VALUE', subject, `unknown ${what} ${value}`);
}

export async function getCommitment(store: Store, id: number): Promise<Commitment | undefined> {
  const row = await store.db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCommitment(row);
}

export interface CommitmentDetail {
  commitment: Commitment;
  assignment?: Assignment;
  progress: ProgressReport[];
  verifications: Verification[];
}

/** One item with its assignment, its progress reports (oldest first) and its verifications. */
export async function getCommitmentDetail(store: Store, id: number): Promise<CommitmentDetail | undefined> {
  const commitment = await getCommitment(store, id);
  if (!commitment) return undefined;
  const [assignment, progress, verifications] = await Promise.all([
    getAssignment(store, id),
    listProgress(store, { commitmentId: id }),
    listVerifications(store, { commitmentId: id }),
  ]);
  return compact({ commitment, assignment, progress, verifications });
}

const oneOrMany = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? (v as readonly T[]) : [v as T]);

export interface CommitmentFilter {
  reportId?: number;
  kind?: Kind | readonly Kind[];
  /** The section heading, exactly. */
  section?: string;
  role?: SectionRole | readonly SectionRole[];
  /** Assigned to this unit, as lead or cooperating unit. */
  unitId?: number;
  /** Deadline in force (the assignment's, else the item's) on or after / on or before (ISO days); items without one are left out when either is set. */
  deadlineFrom?: string;
  deadlineTo?: string;
  indicator?: string;
  reviewState?: ReviewState | readonly ReviewState[];
  stale?: boolean;
  /** Free text: contained in the item's text or section heading (ASCII case ignored). */
  text?: string;
  /**
   * The status kept with the item (kept-status.ts), as last computed: whoever filters by it has the statuses due
   * computed first (the server does, for its today).
   */
  status?: string | readonly string[];
  /** Only these items (at most a page's worth: they are bound as parameters). */
  ids?: readonly number[];
}

export type CommitmentSort = 'position' | 'deadline' | 'id' | 'updated';

export interface CommitmentQuery extends CommitmentFilter {
  /** position: report, then place in the text (the default); deadline: the deadline in force, soonest first, undated last. */
  sort?: CommitmentSort;
  order?: 'asc' | 'desc';
  /** Page size, 1..500 (default 50). */
  limit?: number;
  offset?: number;
}

export interface CommitmentPage {
  items: Commitment[];
  /** How many match the filter, across all pages. */
  total: number;
}

export const MAX_PAGE = 500;

/**
 * The deadline in force, as the SQL to keep it with an item: its assignment's where the office set one, else its own
 * (the loop's deadlineOf). Kept on every write to either (import, correction, assignment), so the filters and the
 * deadline sort read one indexed column and show what the 期限 column shows.
 */
export const deadlineInForceOf = (own: string | null) =>
  sql<string | null>`coalesce((select a.deadline from assignments a where a.commitment_id = commitments.id), ${own})`;

/** The text searched for, as it is compared: trimmed and lowered; undefined when there is none. */
const searched = (f: CommitmentFilter): string | undefined => f.text?.trim().toLowerCase() || undefined;

function conditions(eb: ExpressionBuilder<Database, 'commitments'>, f: CommitmentFilter, adapter: Adapter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (f.ids !== undefined) where.push(f.ids.length ? eb('commitments.id', 'in', f.ids) : sql<SqlBool>`1 = 0`);
  if (f.status !== undefined) where.push(eb('commitments.status', 'in', oneOrMany(f.status)));
  if (f.reportId !== undefined) where.push(eb('commitments.reportId', '=', f.reportId));
  if (f.kind !== undefined) where.push(eb('commitments.kind', 'in', oneOrMany(f.kind)));
  if (f.section !== undefined) where.push(eb('commitments.section', '=', f.section));
  if (f.role !== undefined) where.push(eb('commitments.role', 'in', oneOrMany(f.role)));
  if (f.reviewState !== undefined) where.push(eb('commitments.reviewState', 'in', oneOrMany(f.reviewState)));
  if (f.indicator !== undefined) where.push(eb('commitments.indicator', '=', f.indicator));
  if (f.stale !== undefined) where.push(eb('commitments.stale', '=', flag(f.stale)));
  if (f.deadlineFrom !== undefined) where.push(eb('commitments.deadlineInForce', '>=', f.deadlineFrom));
  if (f.deadlineTo !== undefined) where.push(eb('commitments.deadlineInForce', '<=', f.deadlineTo));
  if (f.unitId !== undefined) {
    const unitId = f.unitId;
    where.push(
      eb.or([
        eb.exists(
          eb.selectFrom('assignments').select('assignments.commitmentId')
            .whereRef('assignments.commitmentId', '=', 'commitments.id').where('assignments.leadUnitId', '=', unitId),
        ),
        eb.exists(
          eb.selectFrom('assignmentUnits').select('assignmentUnits.commitmentId')
            .whereRef('assignmentUnits.commitmentId', '=', 'commitments.id').where('assignmentUnits.unitId', '=', unitId),
        ),
      ]),
    );
  }
  const text = searched(f);
  if (text !== undefined) {
    const pattern = containsPattern(text);
    // ASCII case folded on both sides (the text searched for is lowered here; the trigram indexes hold lower(column))
    const folded = (column: 'commitments.text' | 'commitments.section') => (adapter.capabilities.likeIgnoresCase ? sql.ref(column) : sql`lower(${sql.ref(column)})`);
    const like = (column: 'commitments.text' | 'commitments.section') => sql<SqlBool>`${folded(column)} like ${pattern} escape ${'\\'}`;
    const contains = eb.or([like('commitments.text'), like('commitments.section')]);
    // looked up in the text index first, where the database needs telling (dialect.ts); LIKE decides
    const candidates = adapter.textCandidates(text);
    where.push(candidates ? eb.and([candidates, contains]) : contains);
  }
  return where;
}

/**
 * The ORDER BY terms of `sort`, ties broken by id (the same order for a page and for all ids); the columns are named
 * as in the database, so the query may join others.
 */
function orderTerms(sort: CommitmentSort = 'position', dir: 'asc' | 'desc'): RawBuilder<unknown>[] {
  const d = sql.raw(dir);
  const id = sql`commitments.id ${d}`;
  switch (sort) {
    case 'position':
      return [sql`commitments.report_id ${d}`, sql`commitments.span_start ${d}`, id];
    case 'deadline':
      // undated last both ways, on both databases (they disagree on where NULL sorts); each way matches an index
      return dir === 'asc'
        ? [sql`(commitments.deadline_in_force is null)`, sql`commitments.deadline_in_force asc`, id]
        : [sql`(commitments.deadline_in_force is not null) desc`, sql`commitments.deadline_in_force desc`, id];
    case 'updated':
      return [sql`commitments.updated_at ${d}`, id];
    case 'id':
      return [id];
  }
}

/** Orders a query on commitments (joined or not) by `sort`. */
const inOrder = <D, T extends keyof D, O>(q: SelectQueryBuilder<D, T, O>, sort: CommitmentSort | undefined, dir: 'asc' | 'desc'): SelectQueryBuilder<D, T, O> =>
  q.orderBy(sql.join(orderTerms(sort, dir)));

/** The items matching the filter (no WHERE at all without one: SQLite then counts a table without reading it). */
const matching = (store: Store, filter: CommitmentFilter) => {
  const eb = expressionBuilder<Database, 'commitments'>();
  const where = conditions(eb, filter, ledgerOf(store).adapter);
  const all = store.db.selectFrom('commitments');
  return where.length ? all.where(eb.and(where)) : all;
};

const countOf = async (store: Store, filter: CommitmentFilter): Promise<number> =>
  toCount((await matching(store, filter).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);

/**
 * A page of the items matching the filter, and how many match in all (`total`: when the caller knows it, having
 * counted the same filter with nothing written since, it is not counted again). The page is found on ids alone (an
 * index holds them, and skipping `offset` ids costs far less than skipping whole rows), then its rows are read by
 * id. A search whose candidates come from a text index (dialect.ts) gets them all before it orders them: its page
 * counts them in passing.
 */
export async function listCommitments(store: Store, query: CommitmentQuery = {}, total?: number): Promise<CommitmentPage> {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), MAX_PAGE);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const dir = query.order ?? 'asc';
  const text = searched(query);
  const counting = total === undefined && text !== undefined && ledgerOf(store).adapter.textCandidates(text) !== undefined;
  const ids = matching(store, query).select((eb) => ['commitments.id as pageId', (counting ? eb.fn.countAll<string | number>().over() : sql<null>`null`).as('matches')]);
  const page = inOrder(ids, query.sort, dir).limit(limit).offset(offset);
  // the page drives the join (a cross join keeps SQLite from walking every item in order to meet it)
  const rows = await inOrder(
    store.db.selectFrom(page.as('page')).crossJoin('commitments').whereRef('commitments.id', '=', 'page.pageId').selectAll('commitments').select('page.matches'),
    query.sort,
    dir,
  ).execute();
  const counted = counting && rows.length ? toCount(rows[0].matches) : undefined;
  return { items: rows.map(toCommitment), total: total ?? counted ?? (await countOf(store, query)) };
}

/**
 * The ids of every item matching the filter, in the order asked (as listCommitments pages them): one query, on ids
 * alone, whose one row is their list (a row per id costs more to read than the query to find them).
 */
export async function listCommitmentIds(store: Store, query: Omit<CommitmentQuery, 'limit' | 'offset'> = {}): Promise<number[]> {
  const ids = ledgerOf(store).adapter.json.array(sql`commitments.id`, orderTerms(query.sort, query.order ?? 'asc'));
  const row = await matching(store, query).select(ids.as('ids')).executeTakeFirst();
  return fromJson<number[]>(row?.ids, []);
}

/**
 * The ids of every item matching the filter, in no order (the caller orders them): one query, whose one row is their
 * list, found through the filter's indexes without walking any of them in order — an aggregate in order sorts every
 * id it gathers, which costs far more than finding them.
 */
export async function matchingCommitmentIds(store: Store, filter: CommitmentFilter): Promise<number[]> {
  const ids = ledgerOf(store).adapter.json.array(sql`commitments.id`, []);
  const row = await matching(store, filter).select(ids.as('ids')).executeTakeFirst();
  return fromJson<number[]>(row?.ids, []);
}

/**
 * An item as the ledger table lists it, as JSON the database writes: its fields (those toCommitment gives), the
 * status kept with it (`status`, all it says as it was kept: kept-status.ts) and its assignment's lead unit and
 * deadline (`assignment`: { leadUnitId, leadUnitName, confirmed, deadline }, absent when not assigned). A page is
 * sent as it is written: nothing is read into objects to be written out again.
 */
export interface ListedCommitment {
  id: number;
  json: string;
  /** Whether a status was kept (it is computed when the statuses due are: until then `status` is absent). */
  statusKept: boolean;
}

/**
 * JSON text of an object, written by the database: `"name":value` for each member in order, the value JSON text
 * already (quoted, or kept as JSON); a member whose value is NULL is left out. The first must never be NULL.
 */
function jsonObject(members: Record<string, Expression<unknown>>): RawBuilder<string> {
  const [[first, value], ...rest] = Object.entries(members);
  const more = rest.map(([name, v]) => sql` || coalesce(${sql.lit(`,"${name}":`)} || ${v}, '')`);
  return sql<string>`(${sql.lit(`{"${first}":`)} || ${value}${sql.join(more, sql``)} || '}')`;
}

/** The listed item's JSON, member by member: the fields of toCommitment, then its status and assignment. */
function listedJson({ quote }: Adapter['json']): RawBuilder<string> {
  const c = (column: string) => quote(sql.ref(`commitments.${column}`));
  const a = (column: string) => quote(sql.ref(`assignments.${column}`));
  const flag = (column: string) => sql`(case when ${sql.ref(column)} = 1 then 'true' else 'false' end)`;
  return jsonObject({
    id: c('id'),
    reportId: c('report_id'),
    key: c('key'),
    kind: c('kind'),
    text: c('text'),
    span: jsonObject({ start: c('span_start'), end: c('span_end') }),
    indicator: c('indicator'),
    low: c('low'),
    high: c('high'),
    unit: c('unit'),
    op: c('op'),
    deadline: c('deadline'),
    period: c('period'),
    baseline: c('baseline'),
    baselinePeriod: c('baseline_period'),
    section: c('section'),
    role: c('role'),
    // kept as JSON text: written as they are
    namedLeadUnits: sql.ref('commitments.named_lead_units'),
    namedUnits: sql.ref('commitments.named_units'),
    rule: c('rule'),
    reviewState: c('review_state'),
    stale: flag('commitments.stale'),
    version: c('version'),
    status: sql.ref('commitments.status_result'),
    assignment: sql`(case when assignments.commitment_id is null then null else ${jsonObject({
      confirmed: flag('assignments.confirmed'),
      leadUnitId: a('lead_unit_id'),
      leadUnitName: quote(sql.ref('units.name')),
      deadline: a('deadline'),
    })} end)`,
  });
}

/** The items of these ids in their order (a page: at most MAX_PAGE, bound as parameters; ids not found are left out), in one query. */
export async function listedCommitments(store: Store, ids: readonly number[]): Promise<ListedCommitment[]> {
  if (!ids.length) return [];
  const rows = await store.db
    .selectFrom('commitments')
    .leftJoin('assignments', 'assignments.commitmentId', 'commitments.id')
    .leftJoin('units', 'units.id', 'assignments.leadUnitId')
    .select(['commitments.id', listedJson(ledgerOf(store).adapter.json).as('json'), sql<boolean>`(commitments.status_result is not null)`.as('statusKept')])
    .where('commitments.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id, json: r.json, statusKept: isSet(r.statusKept) }] : [];
  });
}

/** Every item matching the filter in one query, in report order (report, place in the text, id): no paging. */
export async function listAllCommitments(store: Store, filter: CommitmentFilter = {}): Promise<Commitment[]> {
  const rows = await inOrder(matching(store, filter).selectAll(), 'position', 'asc').execute();
  return rows.map(toCommitment);
}

/** The fields a person may correct; null clears an optional one. */
export interface CommitmentPatch {
  text?: string;
  kind?: Kind;
  indicator?: string | null;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  op?: Op | null;
  deadline?: string | null;
  period?: string | null;
  baseline?: number | null;
  baselinePeriod?: string | null;
  section?: string | null;
  role?: SectionRole;
  namedLeadUnits?: string[];
  namedUnits?: string[];
  /** Set explicitly, or left out: correcting any other field then makes the item 'edited'. */
  reviewState?: ReviewState;
}

function patched(before: Commitment, patch: CommitmentPatch): Commitment {
  const { reviewState, ...fields } = patch;
  const after: Commitment = { ...before };
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    (after as unknown as Record<string, unknown>)[k] = v === null ? undefined : v;
  }
  const corrected = JSON.stringify(contentColumns(after)) !== JSON.stringify(contentColumns(before));
  after.reviewState = reviewState ?? (corrected ? 'edited' : before.reviewState);
  return compact(after);
}

/**
 * Corrects an item's fields or review state, if `expectedVersion` is still the stored version; bumps the
 * version. The stable key is not recomputed, so the next import finds the corrected item.
 */
export async function updateCommitment(
  store: Store,
  actor: Actor,
  id: number,
  expectedVersion: number,
  patch: CommitmentPatch,
): Promise<Commitment> {
  const subject = `commitment ${id}`;
  checkEnum(KINDS, patch.kind, 'kind', subject);
  checkEnum(OPS, patch.op ?? undefined, 'op', subject);
  checkEnum(SECTION_ROLES, patch.role, 'role', subject);
  checkEnum(REVIEW_STATES, patch.reviewState, 'review state', subject);
  return transaction(
    store,
    actor,
    async (tx) => {
      const before = await getCommitment(tx, id);
      if (!before) throw new LedgerError('NOT_FOUND', subject);
      if (before.version !== expectedVersion) throw new VersionConflict(subject, expectedVersion, before);
      const after = patched(before, patch);
      if (JSON.stringify(after) === JSON.stringify(before)) return before;
      const result = await tx.db
        .updateTable('commitments')
        .set({ ...contentColumns(after), deadlineInForce: deadlineInForceOf(after.deadline ?? null), reviewState: after.reviewState, version: before.version + 1, updatedAt: tx.now, ...forgetStatus() })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      // another writer got in between the read and the update
      if (Number(result.numUpdatedRows) === 0) {
        const current = await getCommitment(tx, id);
        if (!current) throw new LedgerError('NOT_FOUND', subject);
        throw new VersionConflict(subject, expectedVersion, current);
      }
      const stored = { ...after, version: before.version + 1 };
      await tx.audit({ action: 'update', entity: 'commitment', entityId: id, before, after: stored });
      return stored;
    },
    subject,
  );
}

/** Review: confirm, reject, or reopen an item. */
export function setReviewState(store: Store, actor: Actor, id: number, expectedVersion: number, state: ReviewState): Promise<Commitment> {
  return updateCommitment(store, actor, id, expectedVersion, { reviewState: state });
}
