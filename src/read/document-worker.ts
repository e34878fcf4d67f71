/** A worker thread that reads documents, one per message, for bounded.ts. */
import { parentPort } from 'node:worker_threads';
import { isLuoshiError } from '../errors.js';
import { readDocument, type DocumentJob, type DocumentReply } from './document.js';

parentPort?.on('message', async (job: DocumentJob) => {
  let reply: DocumentReply;
  try {
    reply = { read: await readDocument(job) };
  } catch (e) {
    reply = isLuoshiError(e)
      ? { problem: { code: e.code, subject: e.subject, ...(e.detail ? { detail: e.detail } : {}) } }
      : { failure: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
