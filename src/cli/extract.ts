import { parseArgs } from 'node:util';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LuoshiError } from '../errors.js';
import type { ReadOptions } from '../read/index.js';
import type { KnownMeta } from '../structure/index.js';
import type { Io } from './index.js';
import { oneOf, readOptionSpec, readOptionsFrom, reportFieldsFrom, reportFieldSpec } from './options.js';
import { extractFile } from './extract-file.js';
import { csvHeader, csvRows, markdown, type ExtractedReport } from './extract-formats.js';
import { openOutput } from './output.js';
import { ProgressBar } from './progress.js';
import { workerEntry } from '../worker-entry.js';

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

type Outcome = { result?: ExtractedReport; error?: string };

/** Runs the files over a pool of worker threads (one per core, at most the file count), in input order. */
async function* overWorkers(files: string[], options: ReadOptions, known: KnownMeta): AsyncGenerator<Outcome> {
  const size = Math.min(files.length, Math.max(1, availableParallelism()));
  const workers = Array.from({ length: size }, () => new Worker(workerEntry(import.meta.url, 'extract-worker')));
  const pending = new Map<number, (o: Outcome) => void>();
  const outcomes = files.map((_, i) => new Promise<Outcome>((resolve) => pending.set(i, resolve)));
  let next = 0;
  const feed = (worker: Worker) => {
    if (next < files.length) worker.postMessage({ index: next, file: files[next++], options, known });
  };
  for (const worker of workers) {
    worker.on('message', (m: Outcome & { index: number }) => {
      pending.get(m.index)?.({ result: m.result, error: m.error });
      feed(worker);
    });
    worker.on('error', (e) => {
      for (const [i, resolve] of pending) resolve({ error: `${files[i]}: worker failed: ${e.message}` });
    });
    feed(worker);
  }
  try {
    for (const outcome of outcomes) yield await outcome; // results are written as they come, in order: memory stays flat
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function* inProcess(files: string[], options: ReadOptions, known: KnownMeta): AsyncGenerator<Outcome> {
  for (const file of files) yield await extractFile(file, options, known);
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
  const run = files.length > 1 ? overWorkers(files, options, known) : inProcess(files, options, known);
  let index = 0;
  for await (const { result, error } of run) {
    progress.tick(files[index++]);
    if (!result) {
      failures.push(error ?? 'unknown error');
      continue;
    }
    if (format === 'json') await out.write((reports > 0 ? ',\n' : '') + JSON.stringify(result));
    else await out.write(format === 'csv' ? csvRows(result) : markdown(result));
    reports++;
    items += result.commitments.length;
  }
  if (format === 'json') await out.write('\n]\n');
  progress.finish();
  await out.close();
  for (const failure of failures) io.stderr(`luoshi extract: skipped ${failure}\n`);
  io.stderr(`luoshi extract: ${reports} reports, ${items} items, ${failures.length} skipped, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return failures.length > 0 ? 1 : 0;
}
