/**
 * 履责: dated progress reports from the responsible units. Append-only (a trigger refuses UPDATE and DELETE):
 * a correction is a new report, so the history the status engine and the scorecards read is what was said.
 * A reported 'done' is also a completion request (办结申请, requests.ts), in the same transaction.
 */
import type { Evidence, ProgressReport, WorkState } from './model.js';
import { WORK_STATES } from './enums.js';
import { LedgerError } from './errors.js';
import { statusInputsChanged } from './kept-status.js';
import { fromJson, toJson } from './json.js';
import { compact, isDay, opt } from './query.js';
import { completionOf } from './requests.js';
import { transaction, type Actor, type Store, type Tx } from './store.js';

export interface ProgressInput {
  commitmentId: number;
  unitId: number;
  /** The day the progress is reported for (YYYY-MM-DD). */
  reportedOn: string;
  value?: number;
  state?: WorkState;
  note?: string;
  evidence?: Evidence[];
}

export interface ProgressFilter {
  commitmentId?: number;
  /** Of any of these commitments (at most a page's worth: they are bound as parameters). */
  commitmentIds?: readonly number[];
  unitId?: number;
  /** reportedOn on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

const EVIDENCE_KINDS: readonly Evidence['kind'][] = ['text', 'link', 'file'];

function validate(input: ProgressInput, subject: string): void {
  const bad = (detail: string) => new LedgerError('INVALID_VALUE', subject, detail);
  if (!isDay(input.reportedOn)) throw bad(`not a YYYY-MM-DD day: ${input.reportedOn}`);
  if (input.value !== undefined && !Number.isFinite(input.value)) throw bad('value is not a number');
  if (input.state !== undefined && !WORK_STATES.includes(input.state)) throw bad(`unknown state ${input.state}`);
  for (const e of input.evidence ?? []) {
    if (!EVIDENCE_KINDS.includes(e.kind) || typeof e.value !== 'string') throw bad('evidence needs a kind (text, link, file) and a value');
  }
}

type Row = {
  id: number;
  commitmentId: number;
  unitId: number;
  reportedOn: string;
  value: number | null;
  state: string | null;
  note: string;
  evidence: string;
  userId: number;
  createdAt: string;
};

const toProgress = (r: Row): ProgressReport =>
  compact({
    id: r.id,
    commitmentId: r.commitmentId,
    unitId: r.unitId,
    reportedOn: r.reportedOn,
    value: opt(r.value),
    state: opt(r.state) as WorkState | undefined,
    note: r.note,
    evidence: fromJson<Evidence[]>(r.evidence, []),
    userId: r.userId,
    createdAt: r.createdAt,
  });

/** Appends one report inside an open transaction (validated), with its audit entry. */
async function addIn(tx: Tx, input: ProgressInput): Promise<ProgressReport> {
  const row = await tx.db
    .insertInto('progressReports')
    .values({
      commitmentId: input.commitmentId,
      unitId: input.unitId,
      reportedOn: input.reportedOn,
      value: input.value ?? null,
      state: input.state ?? null,
      note: input.note ?? '',
      evidence: toJson(input.evidence ?? []),
      userId: tx.actor!,
      createdAt: tx.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const report = toProgress(row);
  await statusInputsChanged(tx, { ids: [input.commitmentId] });
  await tx.audit({ action: 'create', entity: 'progress', entityId: report.id, after: report });
  if (report.state === 'done') await completionOf(tx, report);
  return report;
}

/** Appends a progress report. Made by a user (the actor), never by the system. */
export async function addProgress(store: Store, actor: Actor, input: ProgressInput): Promise<ProgressReport> {
  const subject = `progress of commitment ${input.commitmentId}`;
  if (actor === null) throw new LedgerError('ACTOR_REQUIRED', subject);
  validate(input, subject);
  return transaction(store, actor, (tx) => addIn(tx, input), subject);
}

/**
 * Appends many reports in one transaction (a unit's 进展报送表): all are written, or (on any error) none. Each is
 * validated before anything is written, and audited as one report made by the actor.
 */
export async function addProgressMany(store: Store, actor: Actor, inputs: readonly ProgressInput[]): Promise<ProgressReport[]> {
  const subject = `progress of ${inputs.length} commitments`;
  if (actor === null) throw new LedgerError('ACTOR_REQUIRED', subject);
  for (const input of inputs) validate(input, `progress of commitment ${input.commitmentId}`);
  return transaction(
    store,
    actor,
    async (tx) => {
      const done: ProgressReport[] = [];
      for (const input of inputs) done.push(await addIn(tx, input));
      return done;
    },
    subject,
  );
}

/** Progress reports, oldest reported day first (then in the order they were made). */
export async function listProgress(store: Store, filter: ProgressFilter = {}): Promise<ProgressReport[]> {
  let q = store.db.selectFrom('progressReports').selectAll();
  if (filter.commitmentId !== undefined) q = q.where('commitmentId', '=', filter.commitmentId);
  if (filter.commitmentIds !== undefined) {
    if (filter.commitmentIds.length === 0) return [];
    q = q.where('commitmentId', 'in', filter.commitmentIds);
  }
  if (filter.unitId !== undefined) q = q.where('unitId', '=', filter.unitId);
  if (filter.from !== undefined) q = q.where('reportedOn', '>=', filter.from);
  if (filter.to !== undefined) q = q.where('reportedOn', '<=', filter.to);
  const rows = await q.orderBy('reportedOn').orderBy('id').execute();
  return rows.map(toProgress);
}
