/**
 * Import jobs: an upload accepted at once and analysed off the request path. The ledger keeps the upload until the
 * job is finished, so a server that stops mid-job leaves work another (or the next) can take up; the job is
 * marked done in the import's own transaction, so a report is never committed without its job saying so.
 * Jobs are operational state, not the ledger's record: their changes are not audited (the import they run is).
 *
 * The upload is kept in parts of a mebibyte (import_uploads), each written, read and dropped by a statement of its
 * own, letting the requests waiting in between: SQLite runs statements on the server's thread, and one statement of
 * 50 MB held every other request up while it ran. While its parts are written a job is 'receiving': no worker takes
 * it, and one a stopped server left so is dropped (receivingLeftOver).
 */
import { LedgerError } from './errors.js';
import { fromJson, toJson } from './json.js';
import type { JobState } from './model.js';
import type { Actor, Store, Tx } from './store.js';

/** What a job is doing: its upload being kept (queued, not yet to be taken), then, running, read, analysed, saved. */
export type ImportStage = 'receiving' | 'reading' | 'analysing' | 'saving';

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

/** The bytes of one part of an upload. */
export const UPLOAD_PART_BYTES = 1024 * 1024;

/** Lets whatever waits on the event loop run before the next part (each statement on SQLite holds the thread). */
const letOthersIn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Keeps the upload as a job, queued once its last part is written; a job that could not be kept whole is dropped. */
export async function createImportJob<Fields>(store: Store, actor: Actor, job: NewImportJob<Fields>): Promise<ImportJob<Fields, never, never>> {
  const at = now();
  const row = await store.db
    .insertInto('importJobs')
    .values({ state: 'queued', stage: 'receiving', name: job.name, size: job.bytes.byteLength, fields: toJson(job.fields), userId: actor, createdAt: at, updatedAt: at })
    .returning(columns)
    .executeTakeFirstOrThrow();
  try {
    for (let part = 0; part * UPLOAD_PART_BYTES < job.bytes.byteLength; part++) {
      await letOthersIn();
      const bytes = job.bytes.subarray(part * UPLOAD_PART_BYTES, (part + 1) * UPLOAD_PART_BYTES);
      await store.db.insertInto('importUploads').values({ jobId: row.id, part, bytes }).execute();
    }
    const queued = await store.db.updateTable('importJobs').set({ stage: null, updatedAt: now() }).where('id', '=', row.id).returning(columns).executeTakeFirstOrThrow();
    return jobOf(queued);
  } catch (e) {
    await dropJob(store, row.id).catch(() => undefined);
    throw e;
  }
}

/** Drops a job's upload, part by part (the first part left each time: a drop cut short is taken up where it stopped). */
async function dropUpload(store: Store, id: number): Promise<void> {
  for (;;) {
    await letOthersIn();
    const first = store.db.selectFrom('importUploads').select((eb) => eb.fn.min('part').as('part')).where('jobId', '=', id);
    const dropped = await store.db.deleteFrom('importUploads').where('jobId', '=', id).where('part', '=', first).executeTakeFirst();
    if (!Number(dropped.numDeletedRows)) return;
  }
}

async function dropJob(store: Store, id: number): Promise<void> {
  await dropUpload(store, id);
  await store.db.deleteFrom('importJobs').where('id', '=', id).execute();
}

/** How long a job may be 'receiving' before it is taken for one a stopped server left (a 50 MB upload takes seconds). */
const RECEIVING_AT_MOST_MS = 60 * 60 * 1000;

/** Drops the jobs a server stopped while keeping their upload (none was answered: the upload was not accepted). */
export async function dropReceivingLeftOver(store: Store, at = new Date()): Promise<number> {
  const before = new Date(at.getTime() - RECEIVING_AT_MOST_MS).toISOString();
  const left = await store.db.selectFrom('importJobs').select('id').where('stage', '=', 'receiving').where('createdAt', '<', before).execute();
  for (const { id } of left) await dropJob(store, id);
  return left.length;
}

export async function getImportJob<Fields, Result, Failure extends JobError = JobError>(store: Store, id: number): Promise<ImportJob<Fields, Result, Failure> | undefined> {
  const row = await store.db.selectFrom('importJobs').select(columns).where('id', '=', id).executeTakeFirst();
  return row && jobOf<Fields, Result, Failure>(row);
}

/**
 * Takes the job up for a worker: queued (its upload kept whole) or left running by a worker that stopped becomes
 * running, in one statement, so two workers never both take it. Returns the upload, or nothing when the job is
 * finished.
 */
export async function takeImportJob<Fields>(store: Store, id: number): Promise<{ job: ImportJob<Fields, never, never>; bytes: Uint8Array } | undefined> {
  const taken = await store.db
    .updateTable('importJobs')
    .set((eb) => ({ state: 'running', stage: 'reading', attempts: eb('attempts', '+', 1), updatedAt: now() }))
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('stage', 'is', null), eb('stage', '!=', 'receiving')]))
    .returning(columns)
    .executeTakeFirst();
  if (!taken) return undefined;
  const bytes = Buffer.alloc(taken.size);
  let kept = 0;
  for (let part = 0; kept < taken.size; part++) {
    await letOthersIn();
    const row = await store.db.selectFrom('importUploads').select('bytes').where('jobId', '=', id).where('part', '=', part).executeTakeFirst();
    if (!row) break;
    bytes.set(row.bytes, kept);
    kept += row.bytes.byteLength;
  }
  if (kept !== taken.size) throw new LedgerError('NOT_FOUND', `import job ${id}`, 'its upload is gone');
  return { job: jobOf(taken), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

export async function setImportStage(store: Store, id: number, stage: ImportStage): Promise<void> {
  await store.db.updateTable('importJobs').set({ stage, updatedAt: now() }).where('id', '=', id).where('state', '=', 'running').execute();
}

/** Ends the job with its outcome. */
async function endImportJob(store: Store, id: number, state: 'done' | 'failed', outcome: { result: unknown } | { error: JobError }): Promise<void> {
  await store.db.updateTable('importJobs').set({ state, stage: null, outcome: toJson(outcome), updatedAt: now() }).where('id', '=', id).execute();
}

/** The job's result, written in the import's transaction `tx`; then drop its upload (dropFinishedUpload: the report keeps the text). */
export const finishImportJob = (tx: Tx, id: number, result: unknown): Promise<void> => endImportJob(tx, id, 'done', { result });

/** Fails the job and drops its upload. */
export async function failImportJob(store: Store, id: number, error: JobError): Promise<void> {
  await endImportJob(store, id, 'failed', { error });
  await dropUpload(store, id);
}

/** Drops the upload of a job finished (done or failed): what a job left after its commit, or a stopped server after it. */
export async function dropFinishedUploads(store: Store): Promise<void> {
  const finished = await store.db
    .selectFrom('importUploads')
    .innerJoin('importJobs', 'importJobs.id', 'importUploads.jobId')
    .select('importJobs.id')
    .distinct()
    .where('importJobs.state', 'in', ['done', 'failed'])
    .execute();
  for (const { id } of finished) await dropUpload(store, id);
}

/** Jobs not yet finished, their upload kept whole, oldest first: what a server starting up takes up again. */
export async function unfinishedImportJobs(store: Store): Promise<number[]> {
  const rows = await store.db
    .selectFrom('importJobs')
    .select('id')
    .where('state', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('stage', 'is', null), eb('stage', '!=', 'receiving')]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
