/**
 * Import jobs: an upload accepted at once and analysed off the request path. The row keeps the upload until the
 * job is finished, so a server that stops mid-job leaves work another (or the next) can take up; the job is
 * marked done in the import's own transaction, so a report is never committed without its job saying so.
 * Jobs are operational state, not the ledger's record: their changes are not audited (the import they run is).
 */
import { LedgerError } from './errors.js';
import { fromJson, toJson } from './json.js';
import type { JobState } from './model.js';
import type { Actor, Store, Tx } from './store.js';

/** What a job is doing while it runs. */
export type ImportStage = 'reading' | 'analysing' | 'saving';

/** Why a job failed, at least: a code of the reader or the ledger, and the message a person reads. */
export interface JobError {
  code: string;
  message: string;
}

export interface ImportJob<Fields, Result, Failure extends JobError = JobError> {
  id: number;
  state: JobState;
  stage?: ImportStage;
  /** The uploaded file's name and size in bytes. */
  name: string;
  size: number;
  /** What the office gave with the upload (region, level, year, encoding). */
  fields: Fields;
  /** How many times a worker has taken the job up. */
  attempts: number;
  userId?: number;
  createdAt: string;
  updatedAt: string;
  result?: Result;
  error?: Failure;
}

export interface NewImportJob<Fields> {
  name: string;
  bytes: Uint8Array;
  fields: Fields;
}

type Row = {
  id: number;
  state: string;
  stage: string | null;
  name: string;
  size: number;
  fields: string;
  outcome: string | null;
  attempts: number;
  userId: number | null;
  createdAt: string;
  updatedAt: string;
};

const columns = ['id', 'state', 'stage', 'name', 'size', 'fields', 'outcome', 'attempts', 'userId', 'createdAt', 'updatedAt'] as const;

function jobOf<Fields, Result, Failure extends JobError>(row: Row): ImportJob<Fields, Result, Failure> {
  const outcome = fromJson<{ result?: Result; error?: Failure }>(row.outcome, {});
  return {
    id: row.id,
    state: row.state as JobState,
    ...(row.stage ? { stage: row.stage as ImportStage } : {}),
    name: row.name,
    size: row.size,
    fields: fromJson<Fields>(row.fields, {} as Fields),
    attempts: row.attempts,
    ...(row.userId === null ? {} : { userId: row.userId }),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...(outcome.result === undefined ? {} : { result: outcome.result }),
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  };
}

const now = (): string => new Date().toISOString();

export async function createImportJob<Fields>(store: Store, actor: Actor, job: NewImportJob<Fields>): Promise<ImportJob<Fields, never, never>> {
  const at = now();
  const row = await store.db
    .insertInto('importJobs')
    .values({
      state: 'queued',
      name: job.name,
      size: job.bytes.byteLength,
      upload: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString('base64'),
      fields: toJson(job.fields),
      userId: actor,
      createdAt: at,
      updatedAt: at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return jobOf(row);
}

export async function getImportJob<Fields, Result, Failure extends JobError = JobError>(store: Store, id: number): Promise<ImportJob<Fields, Result, Failure> | undefined> {
  const row = await store.db.selectFrom('importJobs').select(columns).where('id', '=', id).executeTakeFirst();
  return row && jobOf<Fields, Result, Failure>(row);
}

/**
 * Takes the job up for a worker: queued (or left running by a worker that stopped) becomes running, in one
 * statement, so two workers never both take it. Returns the upload, or nothing when the job is finished.
 */
export async function takeImportJob<Fields>(store: Store, id: number): Promise<{ job: ImportJob<Fields, never, never>; bytes: Uint8Array } | undefined> {
  const taken = await store.db
    .updateTable('importJobs')
    .set((eb) => ({ state: 'running', stage: 'reading', attempts: eb('attempts', '+', 1), updatedAt: now() }))
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .returning([...columns, 'upload'])
    .executeTakeFirst();
  if (!taken) return undefined;
  if (taken.upload === null) throw new LedgerError('NOT_FOUND', `import job ${id}`, 'its upload is gone');
  return { job: jobOf(taken), bytes: new Uint8Array(Buffer.from(taken.upload, 'base64')) };
}

export async function setImportStage(store: Store, id: number, stage: ImportStage): Promise<void> {
  await store.db.updateTable('importJobs').set({ stage, updatedAt: now() }).where('id', '=', id).where('state', '=', 'running').execute();
}

/** Ends the job with its outcome; the upload is dropped (the report keeps the text). */
async function endImportJob(store: Store, id: number, state: 'done' | 'failed', outcome: { result: unknown } | { error: JobError }): Promise<void> {
  await store.db.updateTable('importJobs').set({ state, stage: null, upload: null, outcome: toJson(outcome), updatedAt: now() }).where('id', '=', id).execute();
}

/** The job's result, written in the import's transaction `tx`. */
export const finishImportJob = (tx: Tx, id: number, result: unknown): Promise<void> => endImportJob(tx, id, 'done', { result });

export const failImportJob = (store: Store, id: number, error: JobError): Promise<void> => endImportJob(store, id, 'failed', { error });

/** Jobs not yet finished, oldest first: what a server starting up takes up again. */
export async function unfinishedImportJobs(store: Store): Promise<number[]> {
  const rows = await store.db.selectFrom('importJobs').select('id').where('state', 'in', ['queued', 'running']).orderBy('id').execute();
  return rows.map((r) => r.id);
}
