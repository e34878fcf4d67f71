/**
 * Imports as jobs. An upload is screened (size, empty, binary: refused at once), kept in the ledger as a job, and
 * answered 202 with the job; a worker thread reads and analyses it off the event loop, and the report, its items,
 * the proposed assignments and the job's result are committed in one transaction.
 *
 * Who runs a job: on PostgreSQL, pg-boss (a queue in the ledger's database), so with several servers each job
 * is run once, by whichever takes it, and a job whose server died is retried when it expires; on SQLite (one
 * server) the queue is piscina's own, in this process. A server starting up sends again the jobs left unfinished.
 */
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import { readOptionsOf, screenBytes } from '../../read/index.js';
import {
  createImportJob,
  dropFinishedUploads,
  dropReceivingLeftOver,
  failImportJob,
  finishImportJob,
  getImportJob,
  setImportStage,
  takeImportJob,
  transaction,
  unfinishedImportJobs,
  type Actor,
  type ImportJob,
  type Ledger,
} from '../../ledger/index.js';
import { errorBody, toApiError } from '../errors.js';
import { commitImport, fieldsOf, knownFor, type ImportBytesInput, type ImportOutcome, type ReportFields } from '../../app/import.js';
import { analysisPool, type AnalysisPool, type AnalysisPoolOptions } from '../../app/analysis-pool.js';

/** What an office gave with the upload, kept with the job. */
export type JobFields = ReportFields & { encoding?: string };

/** Why a job failed: the body of the error the request would have had. */
export type ImportFailure = ReturnType<typeof errorBody>['error'];

export type ImportJobView = ImportJob<JobFields, ImportOutcome, ImportFailure>;

export interface ImportQueue {
  /** Screens the upload (a refusal throws at once), keeps it as a job and starts it; returns the job queued. */
  submit(actor: Actor, input: ImportBytesInput): Promise<ImportJobView>;
  get(id: number): Promise<ImportJobView | undefined>;
  /** The job once it is done or failed (polled: on PostgreSQL another server may be running it). */
  settled(id: number, pollMs?: number): Promise<ImportJobView>;
  close(): Promise<void>;
}

export interface ImportQueueOptions extends AnalysisPoolOptions {
  /** The threads to analyse on (the server shares its own with the preview); else the queue starts its own. */
  pool?: AnalysisPool;
  /** Largest upload, bytes (the reader's own limit otherwise). */
  maxBytes?: number;
  /** Log of a job that failed for an unexpected reason. */
  log?: (message: string, error: unknown) => void;
}

/** The name of the pg-boss queue, one per ledger schema (so test schemas never take each other's jobs). */
const QUEUE = 'luoshi_import';

export async function startImportQueue(ledger: Ledger, options: ImportQueueOptions = {}): Promise<ImportQueue> {
  const pool = options.pool ?? analysisPool(options);
  const run = (id: number) => runJob(ledger, pool, id, options);
  const dispatch = ledger.dialect === 'postgres' ? await pgBossDispatch(ledger, run) : localDispatch(run);
  // jobs a stopped server left unfinished (queued, or taken and not committed) are sent again; what it left of
  // uploads it was still receiving, or of jobs it had finished, is dropped
  await dropReceivingLeftOver(ledger);
  await dropFinishedUploads(ledger);
  for (const id of await unfinishedImportJobs(ledger)) await dispatch.send(id);
  return {
    async submit(actor, input) {
      screenBytes(input.bytes, input.name, readOptionsOf(input));
      const fields: JobFields = { ...fieldsOf(input), ...(input.encoding ? { encoding: input.encoding } : {}) };
      const job = await createImportJob<JobFields>(ledger, actor, { name: input.name, bytes: input.bytes, fields });
      await dispatch.send(job.id);
      return job;
    },
    get: (id) => getImportJob<JobFields, ImportOutcome, ImportFailure>(ledger, id),
    async settled(id, pollMs = 50) {
      for (;;) {
        const job = await getImportJob<JobFields, ImportOutcome, ImportFailure>(ledger, id);
        if (!job) throw new Error(`import job ${id} does not exist`);
        if (job.state === 'done' || job.state === 'failed') return job;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    async close() {
      await dispatch.stop();
      if (!options.pool) await pool.close();
    },
  };
}

interface Dispatch {
  send(id: number): Promise<void>;
  stop(): Promise<void>;
}

/** SQLite: jobs run in this process, one after another on the pool. */
function localDispatch(run: (id: number) => Promise<void>): Dispatch {
  const running = new Set<Promise<void>>();
  return {
    async send(id) {
      const job = run(id).finally(() => running.delete(job));
      running.add(job);
    },
    stop: async () => void (await Promise.allSettled([...running])),
  };
}

/** A key of PostgreSQL's advisory locks: the servers of one ledger start its queue one at a time. */
const QUEUE_SETUP_LOCK = 0x6c756f73; // "luos"

/** PostgreSQL: pg-boss on the ledger's own connections, in the ledger's schema. */
async function pgBossDispatch(ledger: Ledger, run: (id: number) => Promise<void>): Promise<Dispatch> {
  const raw = ledger.db.withoutPlugins();
  const boss = new PgBoss({
    // pg-boss sends some commands as one text with BEGIN … COMMIT: one that fails mid-way is rolled back here, or
    // the pooled connection would stay in the aborted transaction for whoever takes it next
    db: {
      executeSql: (text: string, values: unknown[] = []) =>
        raw.connection().execute(async (connection) => {
          try {
            return { rows: (await connection.executeQuery(CompiledQuery.raw(text, values))).rows as unknown[] };
          } catch (e) {
            await connection.executeQuery(CompiledQuery.raw('rollback')).catch(() => undefined);
            throw e;
          }
        }),
    },
    schema: ledger.adapter.schema ?? 'luoshi_jobs',
    schedule: false,
  });
  boss.on('error', () => undefined); // a failed poll is retried by pg-boss; the job's own errors are recorded on the job
  // two servers starting at once would both install pg-boss's tables: the second waits for the first
  await raw.connection().execute(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw('select pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]));
    try {
      await boss.start();
      // stately: one job per key waiting and one running, so a job sent again (a server starting up) is not run twice
      await boss.createQueue(QUEUE, { name: QUEUE, policy: 'stately' });
    } finally {
      await connection.executeQuery(CompiledQuery.raw('select pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK]));
    }
  });
  await boss.work<{ id: number }>(QUEUE, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => run(job.data.id));
  return {
    send: async (id) => void (await boss.send(QUEUE, { id }, { singletonKey: String(id), retryLimit: 3, expireInSeconds: 15 * 60 })),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}

/** Takes the job up, analyses it on the pool, and commits it with its result; a failure is recorded on the job. */
async function runJob(ledger: Ledger, pool: AnalysisPool, id: number, options: ImportQueueOptions): Promise<void> {
  const taken = await takeImportJob<JobFields>(ledger, id);
  if (!taken) return; // finished already (another server, or a retry after the commit)
  const { job, bytes } = taken;
  const actor = job.userId ?? null;
  try {
    const input: ImportBytesInput = { bytes, name: job.name, ...job.fields, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) };
    const { known } = await knownFor(ledger, input);
    await setImportStage(ledger, id, 'analysing');
    const outcome = await pool.analyse({ bytes, name: job.name, known, ...readOptionsOf(input) });
    await setImportStage(ledger, id, 'saving');
    await transaction(ledger, actor, async (tx) => {
      const result = await commitImport(tx, actor, { analysis: outcome.record, bytes, name: job.name, known });
      await finishImportJob(tx, id, result);
    });
    await dropFinishedUploads(ledger);
  } catch (e) {
    const error = errorBody(toApiError(e)).error;
    if (error.code === 'INTERNAL') options.log?.(`import job ${id} failed`, e);
    await failImportJob(ledger, id, error);
  }
}
