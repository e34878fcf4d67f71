import { writeFile, rename } from 'node:fs/promises';
import type { Io } from './index.js';

/** Writes to --out atomically (temp file, then rename) so a failure never leaves half a file; else to stdout. */
export async function emit(io: Io, content: string, out?: string): Promise<void> {
  if (!out) {
    io.stdout(content);
    return;
  }
  const temp = `${out}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, out);
}
