/**
 * What the first bytes of a file say it is (signatures from each format's specification, as listed in
 * the file(1) magic database and the WHATWG MIME Sniffing Standard).
 */
export interface Signature {
  /** Bytes expected at the start; null matches any byte. */
  bytes: (number | null)[];
  /** What the file looks like, worded for an error message. */
  looksLike: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const PDF_MAGIC = ascii('%PDF-');
/** How far into the file a PDF header may start (readers tolerate a little junk before it). */
export const PDF_HEADER_WINDOW = 1024;
/** A zip local file header: DOCX, XLSX, PPTX, ODT and plain .zip all start with one. */
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A zip central directory entry, which names each part again at the end of the archive. */
export const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];

/** Zip archives told apart by a part they hold (names are stored uncompressed in the file headers). */
export const ZIP_PARTS: { part: string; looksLike: string }[] = [
  { part: 'word/document.xml', looksLike: 'a Word document' },
  { part: 'xl/workbook.xml', looksLike: 'an Excel workbook (.xlsx)' },
  { part: 'ppt/presentation.xml', looksLike: 'a PowerPoint presentation (.pptx)' },
];

/** Binary files people mistake for reports: scans, old Office files, archives. Two-byte signatures (BMP "BM",
 *  Windows "MZ") are left out: a text may start so; their NUL bytes give them away (see format.ts). */
export const BINARY_SIGNATURES: Signature[] = [
  { bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [...ascii('GIF8'), null, ...ascii('a')], looksLike: 'a GIF image' },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], looksLike: 'a WebP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an old-format Office file; save it as .docx' },
  { bytes: ascii('{\\rtf'), looksLike: 'an RTF document; save it as .docx' },
  { bytes: [0x1f, 0x8b], looksLike: 'a gzip archive' },
  { bytes: ascii('Rar!'), looksLike: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive' },
  { bytes: [0x7f, ...ascii('ELF')], looksLike: 'an executable' },
];

export function startsWith(bytes: Uint8Array, expected: readonly (number | null)[], at = 0): boolean {
  return expected.every((b, i) => b === null || bytes[at + i] === b);
}
