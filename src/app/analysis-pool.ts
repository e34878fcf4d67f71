/**
 * The threads that read and analyse uploads (piscina: a kept worker pool with a queue, memory limits and
 * cancellation). One thread by default: on a small machine the other core keeps serving requests.
 */
import { Piscina } from 'piscina';
import { LuoshiError } from '../errors.js';
import type { AnalysisOutcome, AnalysisTask, PreviewOutcome, Refused, SplitOutcome } from './analysis-worker.js';

export interface AnalysisPoolOptions {
  /** Threads analysing at once (default 1). */
  threads?: number;
  /** Heap of each thread, MB: a report too large to analyse in it fails alone (default 4096). */
  memoryMb?: number;
  /** An analysis still running after this long is stopped (default 10 minutes). */
  deadlineMs?: number;
}

/** What a thread gives back when it read the upload; a refusal is thrown as the LuoshiError it was. */
type Accepted<T> = Exclude<T, Refused>;

/** Each analysis resolves to its result, or rejects with a LuoshiError: the reader's refusal, or ANALYSIS_STOPPED. */
export interface AnalysisPool {
  analyse(task: AnalysisTask): Promise<Accepted<AnalysisOutcome>>;
  preview(task: AnalysisTask): Promise<Accepted<PreviewOutcome>>;
  split(task: AnalysisTask): Promise<Accepted<SplitOutcome>>;
  close(): Promise<void>;
}

// Built, the worker is its .js file; from source, a bootstrap that registers tsx in the thread first.
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './analysis-worker.dev.mjs' : './analysis-worker.js', import.meta.url).href;

export function analysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const threads = options.threads ?? 1;
  const deadlineMs = options.deadlineMs ?? 10 * 60_000;
  const pool = new Piscina<AnalysisTask, AnalysisOutcome | PreviewOutcome | SplitOutcome>({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 30_000,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 4096 },
  });
  // a thread that dies (out of memory, or failing to start) fails its task; unheard, the error would end the server
  pool.on('error', () => undefined);
  /** Runs the worker's function `name` on the task, stopped past the deadline (or out of memory: the thread is ended). */
  async function run<T extends object>(task: AnalysisTask, name: string): Promise<Accepted<T>> {
    const signal = AbortSignal.timeout(deadlineMs);
    let outcome: T;
    try {
      outcome = (await pool.run(task, { signal, name })) as T;
    } catch (e) {
      if (signal.aborted) throw new LuoshiError('ANALYSIS_STOPPED', task.name, `the analysis took longer than ${Math.round(deadlineMs / 1000)} s`);
      if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new LuoshiError('ANALYSIS_STOPPED', task.name, 'the analysis needed more memory than it is given');
      throw e;
    }
    if ('refused' in outcome) {
      const { code, subject, detail } = (outcome as Refused).refused;
      throw new LuoshiError(code, subject, detail);
    }
    return outcome as Accepted<T>;
  }
  return {
    analyse: (task) => run<AnalysisOutcome>(task, 'default'),
    preview: (task) => run<PreviewOutcome>(task, 'previewUpload'),
    split: (task) => run<SplitOutcome>(task, 'splitUpload'),
    close: () => pool.destroy(),
  };
}
