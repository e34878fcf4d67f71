import { availableParallelism } from 'node:os';

/**
 * How much one file may cost to read. A hostile file — a 1.5 MB PDF whose one content stream inflates to
 * 512 MiB, a zip bomb named .docx, a page nested 200,000 elements deep — must fail with one clear error
 * instead of holding the process for minutes and gigabytes. PDF, DOCX and HTML are read in a worker thread
 * (bounded.ts) under these limits; plain text is only decoded, and the file size bounds it.
 */
export interface ReadLimits {
  /** Largest file accepted, in bytes (the server's upload limit may be lower). */
  fileBytes: number;
  /** Most pages a PDF may have: a government work report has tens. */
  pages: number;
  /**
   * Most bytes the compressed parts of one document may expand to, all together: a PDF's Flate streams (its
   * images left out: text extraction never decodes them) or a DOCX's zip entries. Reports expand to a few MB,
   * tens with whole CJK fonts embedded.
   */
  decompressedBytes: number;
  /** Deepest nesting of elements a web page may have: real pages have tens of levels; parsing grows with its square. */
  nesting: number;
  /** Longest reading one PDF, DOCX or web page may take, in seconds, the worker's start included. */
  seconds: number;
  /**
   * Largest JavaScript heap of the worker reading it, in MB, which stops what the decompressed size lets through:
   * pdf.js keeps an object per text run of a page (60 MB of runs in one content stream fill 512 MB in 20 to 40 s),
   * and mammoth holds a DOCX's XML as a tree some 60 times its size. Pages are read one at a time: 600 pages of one
   * run per character need 128 MB; a document.xml of 4 MB (tens of reports) reads in 256, one of 20 MB not in 512.
   */
  heapMb: number;
  /** How many files are read at once in one process; more wait their turn, so memory stays bounded. */
  concurrent: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: Readonly<ReadLimits> = {
  fileBytes: 50 * MB,
  pages: 1_000,
  decompressedBytes: 64 * MB,
  nesting: 1_000,
  seconds: 60,
  heapMb: 512,
  concurrent: Math.max(1, availableParallelism()),
};

/** A size as messages give it: "128 MB", "5.37 KB". */
export function sizeText(bytes: number): string {
  const [amount, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number(amount.toFixed(2))} ${unit}`;
}
