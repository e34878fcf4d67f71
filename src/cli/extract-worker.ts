/**
 * A thread of `luoshi extract`: reads and analyses one report a message and answers with it written out in the
 * batch's format, so the main thread only writes (a report's items cloned across threads and formatted there took
 * as long as the analysis).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { usePrebuilt } from '../prebuilt.js';
import { extractEntry } from './extract-file.js';

usePrebuilt((workerData as { prebuilt: Record<string, Uint8Array> }).prebuilt);

export interface ExtractJob {
  index: number;
  file: string;
  options: Parameters<typeof extractEntry>[1];
  known: Parameters<typeof extractEntry>[2];
  format: Parameters<typeof extractEntry>[3];
}

parentPort?.on('message', async (job: ExtractJob) => {
  parentPort?.postMessage({ index: job.index, outcome: await extractEntry(job.file, job.options, job.known, job.format) });
});
