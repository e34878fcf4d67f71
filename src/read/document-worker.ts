/** A worker thread that reads documents for bounded.ts: one file a task, its LuoshiError sent back as its parts. */
import { isLuoshiError } from '../errors.js';
import { readDocument, type DocumentJob, type DocumentReply } from './document.js';

export default async function readInWorker(job: DocumentJob): Promise<DocumentReply> {
  try {
    return { read: await readDocument(job) };
  } catch (e) {
    return isLuoshiError(e)
      ? { problem: { code: e.code, subject: e.subject, ...(e.detail ? { detail: e.detail } : {}) } }
      : { failure: e instanceof Error ? e.message : String(e) };
  }
}
