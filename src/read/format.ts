import { LuoshiError } from '../errors.js';
import { BINARY_SIGNATURES, PDF_HEADER_WINDOW, PDF_MAGIC, ZIP_CENTRAL, ZIP_MAGIC, ZIP_PARTS, startsWith } from './magic.js';
import type { SourceFormat } from './source.js';

/** How much of the start is searched for HTML markup. */
const SNIFF_BYTES = 1024;
/** Markup that makes text a web page when it comes first (after a BOM, spaces and comments). */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|meta|body|title)[\s>/]/i;
/** Control bytes other than tab, LF, VT, FF, CR and ESC (ISO-2022) and SUB (DOS end of file) are not text. */
const isControl = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b && b !== 0x1a;
/** A text may hold a few stray control bytes; more than this share of them is binary data. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * The format of the input from its bytes, then its name: a PDF named .txt is read as PDF. Binary files that
 * are not reports (images, archives, old Office files) are rejected here, naming what they look like.
 */
export function sniffFormat(bytes: Uint8Array, name: string, subject: string): SourceFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (indexOf(bytes.subarray(0, PDF_HEADER_WINDOW + PDF_MAGIC.length), PDF_MAGIC) !== -1) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) {
    const kind = ZIP_PARTS.find(({ part }) => zipHasPart(bytes, part));
    if (kind?.part === 'word/document.xml') return 'docx';
    // A .docx whose parts cannot be found is a damaged document rather than some other archive.
    if (extension === 'docx') throw new LuoshiError('BAD_DOCUMENT', subject, 'a zip archive without word/document.xml');
    throw new LuoshiError('BINARY', subject, `looks like ${kind?.looksLike ?? 'a zip archive'}, not a Word document`);
  }
  const binary = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (binary) throw new LuoshiError('BINARY', subject, `looks like ${binary.looksLike}`);
  if (extension === 'pdf') throw new LuoshiError('BAD_DOCUMENT', subject, 'named .pdf but has no %PDF- header');
  if (extension === 'docx') throw new LuoshiError('BAD_DOCUMENT', subject, 'named .docx but is not a zip archive');
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml' || extension === 'shtml') return 'html';
  return HTML_START.test(asciiView(bytes.subarray(0, SNIFF_BYTES))) ? 'html' : 'text';
}

/**
 * Rejects bytes that cannot be text in the given byte-oriented encoding: any NUL byte, or many control
 * bytes. Only the start is looked at, so a 10 MB file costs no more than a small one. Not for UTF-16.
 */
export function assertTextBytes(sample: Uint8Array, subject: string): void {
  if (Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).indexOf(0) !== -1) {
    throw new LuoshiError('BINARY', subject, 'contains NUL bytes');
  }
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] < 0x20 && isControl(sample[i])) controls++;
  if (controls > sample.length * MAX_CONTROL_SHARE) {
    throw new LuoshiError('BINARY', subject, `${controls} control bytes in the first ${sample.length}`);
  }
}

/** The bytes as Latin-1 with NULs dropped, so ASCII markup shows through UTF-16 too. */
function asciiView(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/^\xef\xbb\xbf|^\xff\xfe|^\xfe\xff|\0/g, '');
}

function indexOf(bytes: Uint8Array, needle: number[]): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(needle));
}

/**
 * Whether a zip archive holds a part of this name: the name must sit where a local file header (30 bytes
 * before it) or a central directory entry (46 bytes before) puts it, with its length there, so a name merely
 * mentioned inside another part does not count. Works on a truncated archive too, unlike reading its directory.
 */
function zipHasPart(bytes: Uint8Array, part: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = Buffer.from(part, 'latin1');
  for (let at = buffer.indexOf(name); at !== -1; at = buffer.indexOf(name, at + 1)) {
    const local = at >= 30 && startsWith(bytes, ZIP_MAGIC, at - 30) && buffer.readUInt16LE(at - 4) === name.length;
    const central = at >= 46 && startsWith(bytes, ZIP_CENTRAL, at - 46) && buffer.readUInt16LE(at - 18) === name.length;
    if (local || central) return true;
  }
  return false;
}
