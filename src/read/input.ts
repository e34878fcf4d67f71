import { createReadStream, readFileSync, statSync } from 'node:fs';
import { LuoshiError } from '../errors.js';
import { sizeText } from './limits.js';

/**
 * The bytes of a file or stream, refusing more than `maxBytes` before reading them all. A file is read at once, in
 * this thread: a report is a few megabytes at most, and the thread pool's round trips for stat, open, read and
 * close cost more than the reading (and many times more on a busy machine).
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    throw fileError(e as NodeJS.ErrnoException, path);
  }
  if (info.isDirectory()) throw new LuoshiError('IS_DIRECTORY', path);
  // A pipe or device (bash's <(…), /dev/stdin) has no size to check up front: it is counted while read.
  if (!info.isFile()) return readStreamBytes(createReadStream(path), path, maxBytes);
  if (info.size > maxBytes) throw tooLarge(path, maxBytes, info.size);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw fileError(e as NodeJS.ErrnoException, path);
  }
  // The file may have grown since stat.
  if (bytes.length > maxBytes) throw tooLarge(path, maxBytes, bytes.length);
  return bytes;
}

export async function readStreamBytes(stream: AsyncIterable<Uint8Array | string>, subject: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      total += buffer.length;
      // Leaving the loop stops reading (and destroys the stream): the rest is never held in memory.
      if (total > maxBytes) throw tooLarge(subject, maxBytes);
      chunks.push(buffer);
    }
  } catch (e) {
    if (e instanceof LuoshiError) throw e;
    throw fileError(e as NodeJS.ErrnoException, subject);
  }
  return Buffer.concat(chunks, total);
}

export function tooLarge(subject: string, maxBytes: number, actual?: number): LuoshiError {
  const has = actual === undefined ? 'more than that' : `it has ${sizeText(actual)}`;
  return new LuoshiError('TOO_LARGE', subject, `the limit is ${sizeText(maxBytes)}, ${has}`);
}

function fileError(e: NodeJS.ErrnoException, subject: string): LuoshiError {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return new LuoshiError('NOT_FOUND', subject);
  if (e.code === 'EISDIR') return new LuoshiError('IS_DIRECTORY', subject);
  return new LuoshiError('UNREADABLE', subject, e.code ?? e.message);
}
