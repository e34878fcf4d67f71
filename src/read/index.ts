import { LuoshiError } from '../errors.js';
import { requireEncoding } from './encoding-names.js';
import { bomEncoding, decodeText, SAMPLE_BYTES } from './encoding.js';
import { assertTextBytes, sniffFormat } from './format.js';
import { readFileBytes, readStreamBytes, tooLarge } from './input.js';
import { readBounded } from './bounded.js';
import { READ_LIMITS } from './limits.js';
import { DEFAULT_MAX_BYTES, type ReadOptions, type Source, type SourceFormat } from './source.js';

export type { Source, SourceFormat, ReadOptions } from './source.js';

/** The options something read carries (an upload, a job): its size limit and an encoding someone named, where set. */
export const readOptionsOf = (from: Pick<ReadOptions, 'maxBytes' | 'encoding'>): Pick<ReadOptions, 'maxBytes' | 'encoding'> => ({
  ...(from.maxBytes !== undefined ? { maxBytes: from.maxBytes } : {}),
  ...(from.encoding ? { encoding: from.encoding } : {}),
});

/** Standard input, as named on the command line. */
export const STDIN = '-';

/**
 * Reads a path, or "-" for standard input, into the decoded original text. Every problem with the input is
 * a LuoshiError; nothing is written anywhere.
 */
export async function readReport(
  input: string,
  options: ReadOptions = {},
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<Source> {
  // A wrong --encoding is reported before any reading.
  if (options.encoding) requireEncoding(options.encoding);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes =
    input === STDIN ? await readStreamBytes(stdin, 'standard input', maxBytes) : await readFileBytes(input, maxBytes);
  return readBytes(bytes, input, options);
}

/**
 * What can be told of bytes at a glance, before reading them (milliseconds, whatever the size): too large, empty,
 * binary, a wrong encoding name. Returns the format to read them as; readBytes does the same checks first.
 */
export function screenBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): SourceFormat {
  const subject = name === STDIN ? 'standard input' : name;
  const override = options.encoding ? requireEncoding(options.encoding) : undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(subject, maxBytes, bytes.length);
  if (isBlank(bytes)) throw new LuoshiError('EMPTY', subject, bytes.length ? 'only whitespace' : undefined);
  const format = options.format ?? sniffFormat(bytes, name, subject);
  // UTF-16 is full of NUL bytes; anything else holding them is not text.
  const wide = (override ?? bomEncoding(bytes))?.label.startsWith('utf-16');
  if ((format === 'text' || format === 'html') && !wide) assertTextBytes(bytes.subarray(0, SAMPLE_BYTES), subject);
  return format;
}

/** Reads bytes already in memory (an upload); `name` is used to sniff the format and in messages. */
export async function readBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<Source> {
  const subject = name === STDIN ? 'standard input' : name;
  const format = screenBytes(bytes, name, options);
  const source = { format, name, bytes: bytes.length };

  if (format !== 'text') {
    const limits = { ...READ_LIMITS, ...options.limits };
    const job = { format, bytes, subject, limits, ...(options.encoding ? { encoding: options.encoding } : {}) };
    return { ...source, ...(await readBounded(job)) };
  }
  const decoded = decodeText(bytes, subject, { override: options.encoding });
  // Whitespace the byte check cannot see: UTF-16, ideographic spaces.
  if (!/\S/.test(decoded.text)) throw new LuoshiError('EMPTY', subject, 'only whitespace');
  return { ...source, ...decoded };
}

/** No bytes, or only ASCII whitespace after an optional UTF-8 BOM. Stops at the first other byte. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bomEncoding(bytes)?.label === 'utf-8' ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
  }
  return true;
}
