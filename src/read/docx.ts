import mammoth from 'mammoth';
import { LuoshiError } from '../errors.js';
import { checkZipEntries } from './decompressed.js';
import { READ_LIMITS, type ReadLimits } from './limits.js';

/**
 * The text of a Word document, paragraphs separated by blank lines (mammoth's raw text). An archive whose
 * entries would inflate past the limit is refused before mammoth opens it.
 */
export async function readDocx(bytes: Uint8Array, subject: string, limits: Pick<ReadLimits, 'decompressedBytes'> = READ_LIMITS): Promise<string> {
  await checkZipEntries(bytes, subject, limits.decompressedBytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value } = await mammoth.extractRawText({ buffer }).catch((e: unknown) => {
    throw new LuoshiError('BAD_DOCUMENT', subject, `not a readable Word document: ${e instanceof Error ? e.message : String(e)}`);
  });
  // mammoth ends every paragraph with "\n\n"; the last ones add nothing.
  const text = value.replace(/\s+$/, '');
  if (!text.trim()) throw new LuoshiError('NO_TEXT', subject, 'a Word document without any text');
  return text;
}
