import { readReport, type ReadOptions } from '../read/index.js';
import { analyze } from '../analyze.js';
import { isLuoshiError } from '../errors.js';
import type { ExtractedReport } from './extract-formats.js';

/** One file through the pipeline; an input problem comes back as an error message, never a throw. */
export async function extractFile(file: string, options: ReadOptions): Promise<{ result?: ExtractedReport; error?: string }> {
  try {
    const { extraction } = analyze(await readReport(file, options));
    return { result: { file, ...extraction } };
  } catch (e) {
    if (isLuoshiError(e)) return { error: e.message };
    return { error: `${file}: internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}
