import { readReport, type ReadOptions } from '../read/index.js';
import { analyze } from '../analyze.js';
import { isLuoshiError, type LuoshiError } from '../errors.js';
import type { KnownMeta } from '../structure/index.js';
import { batchEntry, type ExtractedReport, type ExtractFormat } from './extract-formats.js';

/**
 * One file through the pipeline; an input problem comes back as an error message, never a throw (and, for
 * a caller in this thread, as the LuoshiError itself, so a single file is reported like `luoshi clean` does).
 * `known` fields (--year, --region, --level) replace what the text says.
 */
export async function extractFile(
  file: string,
  options: ReadOptions,
  known: KnownMeta = {},
): Promise<{ result?: ExtractedReport; error?: string; problem?: LuoshiError }> {
  try {
    const { extraction } = analyze(await readReport(file, options), known);
    return { result: { file, ...extraction } };
  } catch (e) {
    if (isLuoshiError(e)) return { error: e.message, problem: e };
    return { error: `${file}: internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** What a report of a batch gives: its entry in the batch's format and its count of items, or the error that skips it. */
export type BatchOutcome = { entry: string; items: number } | { error: string };

/** One file of a batch through the pipeline, written out as batchEntry writes it. */
export async function extractEntry(file: string, options: ReadOptions, known: KnownMeta, format: ExtractFormat): Promise<BatchOutcome> {
  const { result, error } = await extractFile(file, options, known);
  return result ? { entry: batchEntry(result, format), items: result.commitments.length } : { error: error ?? 'unknown error' };
}
