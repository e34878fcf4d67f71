import { unlinkSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';

/** Where a command's text goes (run() is given one: tests capture it). */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, for commands that read a secret from it (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
}

/** Where a command writes: stdout, or --out written through a temp file renamed at the end (never half a file). */
export interface Output {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export async function openOutput(io: Io, path?: string): Promise<Output> {
  if (!path) return { write: async (s) => io.stdout(s), close: async () => {} };
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  let closed = false;
  // a failure before close leaves no temp file behind
  process.once('exit', () => {
    if (closed) return;
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  });
  return {
    write: async (s) => {
      await handle.write(s);
    },
    close: async () => {
      await handle.close();
      await rename(temp, path);
      closed = true;
    },
  };
}

/** Writes a whole result at once. */
export async function emit(io: Io, content: string, out?: string): Promise<void> {
  const output = await openOutput(io, out);
  await output.write(content);
  await output.close();
}
