import { readFile, stat } from 'node:fs/promises';
import { LuoshiError } from '../errors.js';
import { DEFAULT_MAX_BYTES, type ReadOptions, type Source } from './source.js';

export type { Source, SourceFormat, ReadOptions } from './source.js';

/** Reads a path, or "-" for standard input, into the decoded original text. (Placeholder: UTF-8 text only.) */
export async function readReport(input: string, options: ReadOptions = {}): Promise<Source> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(input).catch(() => {
    throw new LuoshiError('NOT_FOUND', input);
  });
  if (info.isDirectory()) throw new LuoshiError('IS_DIRECTORY', input);
  if (info.size > max) throw new LuoshiError('TOO_LARGE', input);
  const bytes = await readFile(input);
  if (bytes.length === 0) throw new LuoshiError('EMPTY', input);
  return { text: bytes.toString('utf8'), format: 'text', encoding: 'utf-8', confidence: 1, name: input, bytes: bytes.length };
}
