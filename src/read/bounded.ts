/**
 * Reading a PDF, DOCX or web page in a worker thread, within the time and memory READ_LIMITS allow: the worker's
 * heap is capped (resourceLimits) and it is terminated at the deadline, so a hostile file costs one clear error,
 * never the process (a 512 MiB flate bomb had the server at 5 GB, every other request waiting). Workers are kept
 * between files, since starting one and loading pdf.js, mammoth or linkedom again costs more than most reads.
 */
import { Worker } from 'node:worker_threads';
import { LuoshiError } from '../errors.js';
import { workerEntry } from '../worker-entry.js';
import type { DocumentJob, DocumentReply, DocumentText } from './document.js';
import { READ_LIMITS } from './limits.js';

/** Workers waiting for a file, by their heap limit (fixed when a worker starts). */
const idle = new Map<number, Worker[]>();
let reading = 0;
const waiting: (() => void)[] = [];

/** Reads the document in a worker, at most READ_LIMITS.concurrent at once: the others wait their turn. */
export async function readBounded(job: DocumentJob): Promise<DocumentText> {
  if (reading < READ_LIMITS.concurrent) reading++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the finishing read hands over its place
  try {
    return await inWorker(job);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else reading--;
  }
}

function inWorker(job: DocumentJob): Promise<DocumentText> {
  const { heapMb, seconds } = job.limits;
  const worker = idle.get(heapMb)?.pop() ?? start(heapMb);
  worker.ref();
  return new Promise((resolve, reject) => {
    const finish = (reusable: boolean) => {
      clearTimeout(deadline);
      worker.off('message', onReply).off('error', onError).off('exit', onExit);
      if (reusable) {
        worker.unref(); // an idle worker does not keep the process alive
        idle.set(heapMb, [...(idle.get(heapMb) ?? []), worker]);
      } else void worker.terminate();
    };
    const onReply = (reply: DocumentReply) => {
      finish(true);
      if ('read' in reply) resolve(reply.read);
      else if ('problem' in reply) reject(new LuoshiError(reply.problem.code, reply.problem.subject, reply.problem.detail));
      else reject(new Error(`reading ${job.subject} failed: ${reply.failure}`));
    };
    const onError = (e: Error & { code?: string }) => {
      finish(false);
      reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new LuoshiError('READ_OUT_OF_MEMORY', job.subject, `the limit is ${heapMb} MB`) : e);
    };
    const onExit = (code: number) => {
      finish(false);
      reject(new Error(`reading ${job.subject} failed: the worker stopped (exit code ${code})`));
    };
    const deadline = setTimeout(() => {
      finish(false);
      reject(new LuoshiError('READ_TIMEOUT', job.subject, `the limit is ${seconds} s`));
    }, seconds * 1000);
    worker.on('message', onReply).on('error', onError).on('exit', onExit);
    // a copy of exactly these bytes, handed over: posting a view would clone the whole buffer behind it
    const bytes = new Uint8Array(job.bytes);
    worker.postMessage({ ...job, bytes }, [bytes.buffer]);
  });
}

function start(heapMb: number): Worker {
  const worker = new Worker(workerEntry(import.meta.url, 'document-worker'), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  // a worker that dies while idle leaves the pool
  worker.on('exit', () => idle.set(heapMb, (idle.get(heapMb) ?? []).filter((w) => w !== worker)));
  return worker;
}
