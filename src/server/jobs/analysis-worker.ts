/**
 * A worker thread of the import queue: reads an upload and analyses it, so the server's event loop goes on
 * answering while a large report is read. Returns the analysis as plain data, or the reader's refusal.
 */
import { analyze, recordOf, type AnalysisRecord } from '../../analyze.js';
import { isLuoshiError, type ErrorCode } from '../../errors.js';
import { readBytes } from '../../read/index.js';
import type { KnownMeta } from '../../structure/index.js';

export interface AnalysisTask {
  bytes: Uint8Array;
  name: string;
  maxBytes?: number;
  encoding?: string;
  /** The fields an office gave (or gave at an earlier import of the same file). */
  known: KnownMeta;
}

export type AnalysisOutcome = { record: AnalysisRecord } | { refused: { code: ErrorCode; message: string } };

export default async function analyseUpload(task: AnalysisTask): Promise<AnalysisOutcome> {
  try {
    const source = await readBytes(task.bytes, task.name, {
      ...(task.maxBytes !== undefined ? { maxBytes: task.maxBytes } : {}),
      ...(task.encoding ? { encoding: task.encoding } : {}),
    });
    return { record: recordOf(analyze(source, task.known)) };
  } catch (e) {
    if (isLuoshiError(e)) return { refused: { code: e.code, message: e.message } };
    throw e;
  }
}
