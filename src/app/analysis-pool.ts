/**
 * The threads that read and analyse uploads (piscina: a kept worker pool with a queue, memory limits and
 * cancellation). One thread by default: on a small machine the other core keeps serving requests.
 */
import { Piscina } from 'piscina';
import type { AnalysisOutcome, AnalysisTask, PreviewOutcome, SplitOutcome } from './analysis-worker.js';

export interface AnalysisPoolOptions {
  /** Threads analysing at once (default 1). */
  threads?: number;
  /** Heap of each thread, MB: a report too large to analyse in it fails alone (default 4096). */
  memoryMb?: number;
  /** An analysis still running after this long is stopped (default 10 minutes). */
  deadlineMs?: number;
}

export interface AnalysisPool {
  analyse(task: AnalysisTask): Promise<AnalysisOutcome>;
  preview(task: AnalysisTask): Promise<PreviewOutcome>;
  split(task: AnalysisTask): Promise<SplitOutcome>;
  close(): Promise<void>;
}

/** Why an analysis did not finish: out of memory or out of time (the thread is ended either way). */
export class AnalysisStopped extends Error {
  constructor(readonly reason: 'memory' | 'time', detail: string) {
    super(detail);
    this.name = 'AnalysisStopped';
  }
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
  /** Runs the worker's function `name` on the task, stopped past the deadline. */
  async function run<T>(task: AnalysisTask, name: string): Promise<T> {
    const signal = AbortSignal.timeout(deadlineMs);
    try {
      return (await pool.run(task, { signal, name })) as T;
    } catch (e) {
      if (signal.aborted) throw new AnalysisStopped('time', `the analysis took longer than ${Math.round(deadlineMs / 1000)} s`);
      if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new AnalysisStopped('memory', 'the analysis needed more memory than it is given');
      throw e;
    }
  }
  return {
    analyse: (task) => run<AnalysisOutcome>(task, 'default'),
    preview: (task) => run<PreviewOutcome>(task, 'previewUpload'),
    split: (task) => run<SplitOutcome>(task, 'splitUpload'),
    close: () => pool.destroy(),
  };
}
