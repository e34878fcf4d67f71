/**
 * Reading a PDF, DOCX or web page in a worker thread, within the time and memory READ_LIMITS allow: the worker's
 * heap is capped (resourceLimits) and it is ended at the deadline, so a hostile file costs one clear error, never
 * the process (a 512 MiB flate bomb had the server at 5 GB, every other request waiting). The threads are a
 * piscina pool per heap limit (fixed when a thread starts), kept between files, since starting one and loading
 * pdf.js, mammoth or linkedom again costs more than most reads; at most READ_LIMITS.concurrent read at once.
 */
import type { Piscina } from 'piscina';
import { LuoshiError } from '../errors.js';
import type { DocumentJob, DocumentReply, DocumentText } from './document.js';
import { READ_LIMITS } from './limits.js';

// Built, the worker is its .js file; from source, a bootstrap that registers tsx in the thread first.
const workerFile = new URL(import.meta.url.endsWith('.ts') ? './document-worker.dev.mjs' : './document-worker.js', import.meta.url).href;

const pools = new Map<number, Piscina<DocumentJob, DocumentReply>>();

/** A plain text never needs a thread: piscina loads with the first document that does. */
async function poolFor(heapMb: number): Promise<Piscina<DocumentJob, DocumentReply>> {
  const { Piscina } = await import('piscina'); // before the lookup: no other call can make the pool meanwhile
  let pool = pools.get(heapMb);
  if (!pool) {
    pool = new Piscina({ filename: workerFile, minThreads: 0, maxThreads: READ_LIMITS.concurrent, idleTimeout: 30_000, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    pool.on('error', () => undefined); // a thread that dies fails its task; unheard, the error would end the process
    pools.set(heapMb, pool);
  }
  return pool;
}

/** Reads the document in a worker; the others wait their turn. */
export async function readBounded(job: DocumentJob): Promise<DocumentText> {
  const { heapMb, seconds } = job.limits;
  const signal = AbortSignal.timeout(seconds * 1000);
  // a copy of exactly these bytes, handed over: posting a view would clone the whole buffer behind it
  const bytes = new Uint8Array(job.bytes);
  let reply: DocumentReply;
  try {
    reply = await (await poolFor(heapMb)).run({ ...job, bytes }, { signal, transferList: [bytes.buffer] });
  } catch (e) {
    if (signal.aborted) throw new LuoshiError('READ_TIMEOUT', job.subject, `the limit is ${seconds} s`);
    if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new LuoshiError('READ_OUT_OF_MEMORY', job.subject, `the limit is ${heapMb} MB`);
    throw e;
  }
  if ('read' in reply) return reply.read;
  if ('problem' in reply) throw new LuoshiError(reply.problem.code, reply.problem.subject, reply.problem.detail);
  throw new Error(`reading ${job.subject} failed: ${reply.failure}`);
}
