/**
 * 办结 and changes: a unit's requests about one of its items, and the office's decisions.
 *
 * - completion (办结/销号申请): a unit's 已完成 is a request. Reporting the state 'done' (addProgress) makes one; the
 *   item is done only once the office approves it (the status engine reads the latest completion request:
 *   loop/status.ts). The office's own 'done' is its decision: made and approved at once.
 * - extension (延期申请): a new deadline, later than the one in force, with a reason; approved, it becomes the
 *   assignment's deadline (audited there), the deadline it replaces kept in the request.
 * - adjustment: the item's text or target value as the unit would have it, with a reason; approved, it corrects the
 *   item as an office correction does (updateCommitment, audited there).
 *
 * A unit asks only about items it leads or cooperates on; only a supervisor or an administrator decides; a request
 * is decided once; returning one needs a note saying why. At most one request of a kind waits per item (also a
 * unique index, 0019). Every step is in the audit log (entity 'request').
 */
import { isIsoDay } from '../calendar/index.js';
import type { AdjustmentProposal, ChangeRequest, Commitment, ProgressReport, RequestKind, RequestProposal, RequestState, Role } from './model.js';
import { assign, getAssignment } from './assignments.js';
import { getCommitment, updateCommitment } from './commitments.js';
import { OFFICE_ROLES, OPS, REQUEST_KINDS } from './enums.js';
import { LedgerError } from './errors.js';
import { fromJson, toJson } from './json.js';
import { statusInputsChanged } from './kept-status.js';
import { addProgress } from './progress.js';
import { compact, opt } from './query.js';
import { transaction, type Actor, type Store, type Tx } from './store.js';

export type RequestInput = { commitmentId: number; unitId: number; reason?: string } & (
  | { kind: 'completion'; completedOn: string }
  | { kind: 'extension'; deadline: string }
  | { kind: 'adjustment'; changes: AdjustmentProposal }
);

export interface Decision {
  approve: boolean;
  /** Required to return a request: the unit is told why. */
  note?: string;
}

export interface RequestFilter {
  state?: RequestState;
  kind?: RequestKind;
  /** Asked by this unit. */
  unitId?: number;
  commitmentId?: number;
  /** Of any of these commitments (at most a page's worth: they are bound as parameters). */
  commitmentIds?: readonly number[];
}

type Row = {
  id: number;
  kind: string;
  commitmentId: number;
  unitId: number;
  requestedBy: number;
  reason: string;
  proposal: string;
  state: string;
  decidedBy: number | null;
  note: string | null;
  createdAt: string;
  decidedAt: string | null;
};

const toRequest = (r: Row): ChangeRequest =>
  compact({
    id: r.id,
    kind: r.kind as RequestKind,
    commitmentId: r.commitmentId,
    unitId: r.unitId,
    requestedBy: r.requestedBy,
    reason: r.reason,
    proposal: { ...fromJson<Record<string, unknown>>(r.proposal, {}), kind: r.kind } as RequestProposal,
    state: r.state as RequestState,
    decidedBy: opt(r.decidedBy),
    note: opt(r.note),
    createdAt: r.createdAt,
    decidedAt: opt(r.decidedAt),
  });

/** Requests, oldest first. */
export async function listRequests(store: Store, filter: RequestFilter = {}): Promise<ChangeRequest[]> {
  let q = store.db.selectFrom('requests').selectAll();
  if (filter.state !== undefined) q = q.where('state', '=', filter.state);
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  if (filter.unitId !== undefined) q = q.where('unitId', '=', filter.unitId);
  if (filter.commitmentId !== undefined) q = q.where('commitmentId', '=', filter.commitmentId);
  if (filter.commitmentIds !== undefined) {
    if (filter.commitmentIds.length === 0) return [];
    q = q.where('commitmentId', 'in', filter.commitmentIds);
  }
  return (await q.orderBy('id').execute()).map(toRequest);
}

export async function getRequest(store: Store, id: number): Promise<ChangeRequest | undefined> {
  const row = await store.db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRequest(row);
}

/** The latest request of a kind on an item. */
async function latestOf(tx: Tx, commitmentId: number, kind: RequestKind): Promise<ChangeRequest | undefined> {
  const row = await tx.db.selectFrom('requests').selectAll().where('commitmentId', '=', commitmentId).where('kind', '=', kind).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row && toRequest(row);
}

async function isOffice(tx: Tx, actor: Actor): Promise<boolean> {
  if (actor === null) return false;
  const user = await tx.db.selectFrom('users').select('role').where('id', '=', actor).executeTakeFirst();
  return user !== undefined && OFFICE_ROLES.includes(user.role as Role);
}

const deadlineInForce = async (tx: Tx, c: Commitment): Promise<string | undefined> => (await getAssignment(tx, c.id))?.deadline ?? c.deadline;

/** What an adjustment would change: its fields that differ from the item's (none: it changes nothing). */
function adjusted(c: Commitment, changes: AdjustmentProposal, bad: (detail: string) => LedgerError): AdjustmentProposal {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    if (!['text', 'indicator', 'low', 'high', 'unit', 'op'].includes(k)) throw bad(`an adjustment changes the text, indicator, value, unit or op, not ${k}`);
    if ((k === 'low' || k === 'high') && v !== null && !Number.isFinite(v)) throw bad(`${k} is not a number`);
    if (k === 'op' && v !== null && !OPS.includes(v as never)) throw bad(`unknown op ${String(v)}`);
    if (k === 'text' && (typeof v !== 'string' || v.trim() === '')) throw bad('the text cannot be empty');
    if ((c as unknown as Record<string, unknown>)[k] !== (v ?? undefined)) out[k] = v;
  }
  if (Object.keys(out).length === 0) throw bad('the adjustment changes nothing the item does not already say');
  return out as AdjustmentProposal;
}

async function insertRequest(tx: Tx, input: { kind: RequestKind; commitmentId: number; unitId: number; reason: string; proposal: Record<string, unknown> }): Promise<ChangeRequest> {
  const row = await tx.db
    .insertInto('requests')
    .values({ ...input, proposal: toJson(input.proposal), requestedBy: tx.actor!, state: 'pending', decidedBy: null, note: null, createdAt: tx.now, decidedAt: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  const request = toRequest(row);
  await tx.audit({ action: 'create', entity: 'request', entityId: request.id, after: request });
  if (request.kind === 'completion') await statusInputsChanged(tx, { ids: [request.commitmentId] });
  return request;
}

/** A unit's request about one of its items (see the module comment for what each kind needs). */
export async function makeRequest(store: Store, actor: Actor, input: RequestInput): Promise<ChangeRequest> {
  const subject = `${input.kind} request on commitment ${input.commitmentId}`;
  if (actor === null) throw new LedgerError('ACTOR_REQUIRED', subject);
  if (!REQUEST_KINDS.includes(input.kind)) throw new LedgerError('INVALID_VALUE', subject, `unknown kind ${String(input.kind)}`);
  const bad = (detail: string) => new LedgerError('INVALID_VALUE', subject, detail);
  return transaction(
    store,
    actor,
    async (tx) => {
      const c = await getCommitment(tx, input.commitmentId);
      if (!c) throw new LedgerError('NOT_FOUND', `commitment ${input.commitmentId}`);
      const assignment = await getAssignment(tx, c.id);
      const units = assignment ? [assignment.leadUnitId, ...assignment.cooperatingUnitIds] : [];
      if (!units.includes(input.unitId)) throw bad(`unit ${input.unitId} neither leads nor cooperates on commitment ${c.id}`);
      const reason = (input.reason ?? '').trim();
      const waiting = await latestOf(tx, c.id, input.kind);
      if (waiting?.state === 'pending') throw new LedgerError('REQUEST_CONFLICT', subject, `request ${waiting.id} of this kind already waits for the office`);
      const closed = await latestOf(tx, c.id, 'completion');
      if (closed?.state === 'approved') throw new LedgerError('REQUEST_CONFLICT', subject, `the item was closed (办结) on ${closed.decidedAt!.slice(0, 10)}`);
      if (input.kind !== 'completion' && reason === '') throw bad('give a reason');
      if (input.kind === 'completion') {
        if (!isIsoDay(input.completedOn)) throw bad(`completedOn is not a day of the calendar: ${input.completedOn}`);
        // the unit's 已完成, in its progress like any other report; reporting it makes the request (completionOf)
        await addProgress(tx, actor, { commitmentId: c.id, unitId: input.unitId, reportedOn: input.completedOn, state: 'done', note: reason });
        return (await latestOf(tx, c.id, 'completion'))!;
      }
      let proposal: Record<string, unknown>;
      if (input.kind === 'extension') {
        if (!isIsoDay(input.deadline)) throw bad(`the new deadline is not a day of the calendar: ${input.deadline}`);
        const current = await deadlineInForce(tx, c);
        if (current === undefined) throw bad('the item has no deadline to extend');
        if (input.deadline <= current) throw bad(`the new deadline ${input.deadline} is not later than the deadline in force ${current}`);
        proposal = { deadline: input.deadline, previousDeadline: current };
      } else {
        proposal = { changes: adjusted(c, input.changes ?? {}, bad) };
      }
      return insertRequest(tx, { kind: input.kind, commitmentId: c.id, unitId: input.unitId, reason, proposal });
    },
    subject,
  );
}

/** Applies an approved request: an extension to the assignment, an adjustment to the item (a completion is read as it is). */
async function apply(tx: Tx, request: ChangeRequest, subject: string): Promise<ChangeRequest['proposal']> {
  const p = request.proposal;
  if (p.kind === 'extension') {
    const c = (await getCommitment(tx, request.commitmentId))!;
    const current = await deadlineInForce(tx, c);
    if (current !== undefined && p.deadline <= current) throw new LedgerError('REQUEST_CONFLICT', subject, `the deadline in force is now ${current}, not before the one asked for`);
    await assign(tx, tx.actor, { commitmentId: c.id, deadline: p.deadline });
    return current === undefined ? p : { ...p, previousDeadline: current };
  }
  if (p.kind === 'adjustment') {
    const c = (await getCommitment(tx, request.commitmentId))!;
    await updateCommitment(tx, tx.actor, c.id, c.version, p.changes);
  }
  return p;
}

/** The office approves or returns a pending request; an approved one takes effect in the same transaction. */
export async function decideRequest(store: Store, actor: Actor, id: number, decision: Decision): Promise<ChangeRequest> {
  const subject = `request ${id}`;
  if (actor === null) throw new LedgerError('ACTOR_REQUIRED', subject);
  const note = (decision.note ?? '').trim();
  if (!decision.approve && note === '') throw new LedgerError('INVALID_VALUE', subject, 'returning a request needs a note saying why');
  return transaction(
    store,
    actor,
    async (tx) => {
      if (!(await isOffice(tx, actor))) throw new LedgerError('OFFICE_ONLY', subject, 'requests are decided by a supervisor or an administrator');
      return decideIn(tx, subject, id, decision.approve, note);
    },
    subject,
  );
}

async function decideIn(tx: Tx, subject: string, id: number, approve: boolean, note: string): Promise<ChangeRequest> {
  const before = await getRequest(tx, id);
  if (!before) throw new LedgerError('NOT_FOUND', subject);
  if (before.state !== 'pending') throw new LedgerError('REQUEST_CONFLICT', subject, `it was ${before.state} on ${before.decidedAt!.slice(0, 10)} already`);
  const { kind: _k, ...proposal } = approve ? await apply(tx, before, subject) : before.proposal;
  const state: RequestState = approve ? 'approved' : 'returned';
  const result = await tx.db
    .updateTable('requests')
    .set({ state, decidedBy: tx.actor, note: note || null, decidedAt: tx.now, proposal: toJson(proposal) })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  // another decision got in between the read and the update
  if (Number(result.numUpdatedRows) === 0) throw new LedgerError('REQUEST_CONFLICT', subject, 'it was decided meanwhile');
  const after = (await getRequest(tx, id))!;
  await statusInputsChanged(tx, { ids: [after.commitmentId] });
  await tx.audit({ action: approve ? 'approve' : 'return', entity: 'request', entityId: id, before, after });
  return after;
}

/**
 * A reported 'done' (addProgress, inside its transaction) as a completion request: a unit's waits for the office; the
 * office's own is its decision, approved at once (and approves the unit's request waiting, if any). Nothing is made
 * while the unit's request waits, or once the item is closed.
 */
export async function completionOf(tx: Tx, report: ProgressReport): Promise<ChangeRequest | undefined> {
  const latest = await latestOf(tx, report.commitmentId, 'completion');
  if (latest?.state === 'approved') return undefined;
  const office = await isOffice(tx, tx.actor);
  if (latest?.state === 'pending' && !office) return undefined;
  const request =
    latest?.state === 'pending'
      ? latest
      : await insertRequest(tx, {
          kind: 'completion',
          commitmentId: report.commitmentId,
          unitId: report.unitId,
          reason: report.note,
          proposal: { completedOn: report.reportedOn, progressId: report.id },
        });
  return office ? decideIn(tx, `request ${request.id}`, request.id, true, '') : request;
}
