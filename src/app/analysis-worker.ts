/**
 * A worker thread of the import queue: reads an upload and analyses it (for an import, or for its preview), so the
 * server's event loop goes on answering while a large report is read. Returns plain data, or the refusal (the
 * reader's, or a report giving more items than one can).
 */
import { analyze, analyzeSplit, recordOf, type AnalysisRecord } from '../analyze.js';
import type { SplitTask } from '../extract/split-tasks.js';
import { dataOf, isLuoshiError, type LuoshiErrorData } from '../errors.js';
import type { Kind } from '../extract/commitment.js';
import { KINDS } from '../ledger/enums.js';
import { readBytes, readOptionsOf, type Source } from '../read/index.js';
import { checkItemCount } from './item-limit.js';
import type { KnownMeta, ReportMeta } from '../structure/index.js';

export interface AnalysisTask {
  bytes: Uint8Array;
  name: string;
  maxBytes?: number;
  encoding?: string;
  /** The fields an office gave (or gave at an earlier import of the same file). */
  known: KnownMeta;
}

export type Refused = { refused: LuoshiErrorData };

export type AnalysisOutcome = { record: AnalysisRecord } | Refused;

/** What an import's preview shows: the source, what the text says of the report, the items by kind as given. */
export type PreviewOutcome = { source: Source; detected: ReportMeta; items: Record<Kind, number> } | Refused;

/** A 分工方案 read: its source and its tasks, times read in the year given (the report's). */
export type SplitOutcome = { source: Source; tasks: SplitTask[] } | Refused;

/** The task's upload read, or the reader's refusal as plain data (an error's class does not cross threads). */
async function reading<T>(task: AnalysisTask, then: (source: Source) => T): Promise<T | Refused> {
  try {
    const source = await readBytes(task.bytes, task.name, readOptionsOf(task));
    return then(source);
  } catch (e) {
    if (isLuoshiError(e)) return { refused: dataOf(e) };
    throw e;
  }
}

/**
 * The upload analysed, as plain data; a report giving more items than one report can is refused here, before its
 * record is copied to the server's thread (hundreds of thousands of items held that thread for seconds).
 */
export default function analyseUpload(task: AnalysisTask): Promise<AnalysisOutcome> {
  return reading(task, (source) => {
    const analysis = analyze(source, task.known);
    checkItemCount(task.name, analysis.extraction.commitments.length);
    return { record: recordOf(analysis) };
  });
}

/** The preview: the report as its text says (no fields given), and its items counted as the office's fields make them. */
export function previewUpload(task: AnalysisTask): Promise<PreviewOutcome> {
  return reading(task, (source) => {
    const detected = analyze(source);
    const read = Object.keys(task.known).length > 0 ? analyze(source, task.known) : detected;
    const items = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
    for (const c of read.extraction.commitments) items[c.kind]++;
    return { source, detected: detected.structured.meta, items };
  });
}

/** A 分工方案's tasks, read for an import against a report. */
export function splitUpload(task: AnalysisTask): Promise<SplitOutcome> {
  return reading(task, (source) => ({ source, tasks: analyzeSplit(source, task.known).tasks }));
}
