import { parseArgs } from 'node:util';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LuoshiError } from '../errors.js';
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../read/source.js';
import { sharePrebuilt } from '../prebuilt.js';
import type { KnownMeta } from '../structure/index.js';
import type { Io } from './output.js';
import { oneOf, readOptionSpec, readOptionsFrom, reportFieldsFrom, reportFieldSpec } from './options.js';
import { extractEntry, extractFile, type BatchOutcome } from './extract-file.js';
import { csvHeader, csvRows, markdown, type ExtractFormat } from './extract-formats.js';
import type { ExtractJob } from './extract-worker.js';
import { openOutput } from './output.js';
import { ProgressBar } from './progress.js';

/** Files a directory contributes: the formats the reader takes. */
const REPORT_FILE = /\.(txt|text|html?|pdf|docx)$/i;

async function inputsOf(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => REPORT_FILE.test(n)).sort();
      if (names.length === 0) throw new LuoshiError('NO_TEXT', path, 'the directory holds no report files');
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

/**
 * How many reports may be done ahead of the one being written, per thread: enough that no thread waits for a slow
 * one, few enough that memory stays the same for 100,000 files as for 100.
 */
const AHEAD_PER_THREAD = 4;

/**
 * The heap of each analysis thread, MB: room for a report of the largest file read (a batch holding 45 MB of text
 * peaked at 700 MB in all), and no more, for V8 paces its collections by it: at its default of several GB each
 * thread's heap grew by some 30 KB a report (2,000 reports peaked 1.2 times as high as 200), at 1 GB it stays
 * where the first reports leave it.
 */
const heapMbFor = (options: ReadOptions) => Math.max(1024, Math.ceil((16 * (options.maxBytes ?? DEFAULT_MAX_BYTES)) / (1024 * 1024)));

// Built, the worker is its .js file; from source, a bootstrap that registers tsx in the thread first.
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.dev.mjs' : './extract-worker.js', import.meta.url);

/**
 * Runs the files over threads (one per core, at most the file count) and yields each outcome in input order, never
 * more than AHEAD_PER_THREAD per thread ahead of the writer. A report a thread cannot finish (out of memory, a crash)
 * fails alone, and another thread takes the dead one's place. The threads share the prebuilt tables. (With a piscina pool, as the server's, the process
 * grew by some 30 KB a report outside the JavaScript heaps: 2,000 reports peaked 1.2 times as high as 200.)
 */
async function* overWorkers(files: string[], options: ReadOptions, known: KnownMeta, format: ExtractFormat): AsyncGenerator<BatchOutcome> {
  const threads = Math.min(files.length, Math.max(1, availableParallelism()));
  const heapMb = heapMbFor(options);
  const done = new Map<number, BatchOutcome>();
  const running = new Set<Worker>();
  const idle: (() => void)[] = [];
  let next = 0;
  let written = 0;
  let closed = false;
  let wake = () => {};
  const prebuilt = sharePrebuilt();
  const startThread = () => {
    const worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMb }, workerData: { prebuilt } });
    running.add(worker);
    let current: number | undefined;
    const feed = () => {
      current = undefined;
      if (!running.has(worker) || next >= files.length) return;
      if (next - written >= AHEAD_PER_THREAD * threads) return void idle.push(feed);
      current = next++;
      const job: ExtractJob = { index: current, file: files[current]!, options, known, format };
      worker.postMessage(job);
    };
    /** The thread died (its error, then its exit): its report fails, and another thread takes its place. */
    const lost = (why: string) => {
      if (closed || !running.delete(worker)) return;
      if (current !== undefined) done.set(current, { error: `${files[current]}: ${why}` });
      if (next < files.length) startThread();
      wake();
    };
    worker.on('message', (m: { index: number; outcome: BatchOutcome }) => {
      done.set(m.index, m.outcome);
      feed();
      wake();
    });
    worker.on('error', (e: Error & { code?: string }) =>
      lost(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the analysis needed more than ${heapMb} MB` : `worker failed: ${e.message}`),
    );
    worker.on('exit', (code) => lost(`worker exited (${code})`));
    feed();
  };
  for (let t = 0; t < threads; t++) startThread();
  try {
    while (written < files.length) {
      const outcome = done.get(written);
      if (!outcome) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(written++);
      for (let n = idle.length; n > 0; n--) idle.shift()!();
      yield outcome;
    }
  } finally {
    closed = true;
    await Promise.all([...running].map((w) => w.terminate()));
  }
}

async function* inProcess(files: string[], options: ReadOptions, known: KnownMeta, format: ExtractFormat): AsyncGenerator<BatchOutcome> {
  for (const file of files) yield await extractEntry(file, options, known, format);
}

/**
 * `luoshi extract FILE… | DIR [--format json|csv|md] [--out PATH] [--year N] [--region NAME] [--level L]`. One
 * file: the contract's JSON. Several: over all cores, a progress bar on a terminal, a failing file reported and
 * skipped, a summary at the end. The given fields replace what the text says, in every file.
 */
export async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...readOptionSpec, ...reportFieldSpec, format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length === 0) throw new LuoshiError('USAGE', 'extract', 'give one or more FILEs or a directory');
  const format = oneOf('format', values.format, ['json', 'csv', 'md'] as const, 'json');
  const options = readOptionsFrom(values);
  const known = await reportFieldsFrom(values);
  const files = await inputsOf(positionals);
  const single = files.length === 1 && !(await stat(positionals[0]).catch(() => undefined))?.isDirectory();
  if (single) {
    const { result, error, problem } = await extractFile(files[0], options, known);
    if (problem) throw problem; // the reader's own message: "PATH: the file is empty", as `luoshi clean` says it
    if (!result) throw new LuoshiError('UNREADABLE', files[0], error);
    const content =
      format === 'json'
        ? JSON.stringify({ report: result.report, commitments: result.commitments }, null, 1) + '\n'
        : format === 'csv'
          ? csvHeader() + csvRows(result)
          : markdown(result);
    const out = await openOutput(io, values.out);
    await out.write(content);
    await out.close();
    return 0;
  }
  const started = Date.now();
  const out = await openOutput(io, values.out);
  const progress = new ProgressBar(files.length, io.stderr, Boolean(process.stderr.isTTY));
  let reports = 0;
  let items = 0;
  const failures: string[] = [];
  if (format === 'csv') await out.write(csvHeader());
  if (format === 'json') await out.write('[\n');
  const run = files.length > 1 ? overWorkers(files, options, known, format) : inProcess(files, options, known, format);
  let index = 0;
  for await (const outcome of run) {
    progress.tick(files[index++]!);
    if ('error' in outcome) {
      failures.push(outcome.error);
      continue;
    }
    if (format === 'json' && reports > 0) await out.write(',\n');
    await out.write(outcome.entry);
    reports++;
    items += outcome.items;
  }
  if (format === 'json') await out.write('\n]\n');
  progress.finish();
  await out.close();
  for (const failure of failures) io.stderr(`luoshi extract: skipped ${failure}\n`);
  io.stderr(`luoshi extract: ${reports} reports, ${items} items, ${failures.length} skipped, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return failures.length > 0 ? 1 : 0;
}
