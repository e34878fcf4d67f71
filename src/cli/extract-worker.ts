/** A worker thread of `luoshi extract`: reads and analyses one report per message. */
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file.js';

parentPort?.on('message', async (job: { index: number; file: string; options: Parameters<typeof extractFile>[1]; known: Parameters<typeof extractFile>[2] }) => {
  const { result, error } = await extractFile(job.file, job.options, job.known); // the LuoshiError itself stays here
  parentPort?.postMessage({ index: job.index, result, error });
});
