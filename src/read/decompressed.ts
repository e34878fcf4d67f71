/**
 * What a compressed document expands to, counted while inflating and stopped past the limit: the check a flate
 * bomb (a PDF stream) or a zip bomb (a DOCX entry) fails before pdf.js or mammoth inflate it, for they keep all
 * of it in memory. Nothing inflated here is kept.
 */
import { Readable } from 'node:stream';
import { constants, createInflate } from 'node:zlib';
import JSZip from 'jszip';
import { LuoshiError } from '../errors.js';
import { sizeText } from './limits.js';

/** A Flate filter named in a stream's dictionary (pdf.js takes the abbreviation too). */
const FLATE = /\/(?:FlateDecode|Fl)\b/;
/** An image XObject: text extraction never decodes it, and a scan's pages inflate to hundreds of MB. */
const IMAGE = /\/Subtype\s*\/Image\b/;
const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const ENDOBJ = Buffer.from('endobj');

/** Throws DECOMPRESSED_TOO_LARGE when the Flate streams of a PDF, images left out, inflate past `limit` bytes. */
export async function checkPdfStreams(pdf: Uint8Array, subject: string, limit: number): Promise<void> {
  let total = 0;
  for (const { dictionary, data } of pdfStreams(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength))) {
    if (!FLATE.test(dictionary) || IMAGE.test(dictionary)) continue;
    // damaged or truncated data is counted as far as it inflates, as pdf.js reads it
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    inflate.end(data);
    total = await countBytes(inflate, total, limit, subject);
  }
}

/** Throws DECOMPRESSED_TOO_LARGE when the entries of a zip archive inflate past `limit` bytes together. */
export async function checkZipEntries(zip: Uint8Array, subject: string, limit: number): Promise<void> {
  // An archive JSZip cannot open is left to mammoth, which opens it with JSZip too and says why.
  const archive = await JSZip.loadAsync(zip).catch(() => undefined);
  let total = 0;
  for (const entry of Object.values(archive?.files ?? {})) {
    // JSZip's stream is an old-style one: wrapped, it can be iterated and destroyed
    if (!entry.dir) total = await countBytes(new Readable().wrap(entry.nodeStream('nodebuffer')), total, limit, subject);
  }
}

/**
 * `counted` plus the bytes of the stream, read until it ends or the sum passes `limit` (then it throws, and the
 * stream is destroyed, never read to its end). A stream that fails counts what it gave before.
 */
async function countBytes(chunks: AsyncIterable<{ length: number }>, counted: number, limit: number, subject: string): Promise<number> {
  let total = counted;
  try {
    for await (const chunk of chunks) {
      total += chunk.length;
      if (total > limit) break;
    }
  } catch {
    // the reader that follows reports the damage
  }
  if (total > limit) throw new LuoshiError('DECOMPRESSED_TOO_LARGE', subject, `the limit is ${sizeText(limit)}`);
  return total;
}

/**
 * The streams of a PDF as laid out in its bytes: each one's data, and its dictionary (as Latin-1: the bytes
 * since the object before it ended). Read from the bytes rather than through the cross-reference
 * table so that a damaged file, which pdf.js reconstructs by the same scan, is checked too.
 */
function* pdfStreams(pdf: Buffer): Generator<{ dictionary: string; data: Buffer }> {
  let from = 0; // past the last stream's data, where the next object starts at the earliest
  for (let at = pdf.indexOf(STREAM); at !== -1; at = pdf.indexOf(STREAM, from)) {
    // the keyword ends its line (CR LF, LF, or a lone CR some writers use)
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (start === at + STREAM.length) {
      from = start;
      continue;
    }
    const before = pdf.subarray(from, at);
    const object = Math.max(0, before.lastIndexOf(ENDOBJ));
    const end = pdf.indexOf(ENDSTREAM, start);
    yield { dictionary: before.toString('latin1', object), data: pdf.subarray(start, end === -1 ? pdf.length : end) };
    if (end === -1) return;
    from = end + ENDSTREAM.length;
  }
}
