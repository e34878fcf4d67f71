import type { ErrorCode } from '../errors.js';
import type { ReadLimits } from './limits.js';

/** The formats read in a worker thread (bounded.ts): the ones a library parses. Plain text is only decoded. */
export type DocumentFormat = 'pdf' | 'docx' | 'html';

/** One file for the worker to read. */
export interface DocumentJob {
  format: DocumentFormat;
  bytes: Uint8Array;
  /** The file as messages name it. */
  subject: string;
  /** --encoding, for a web page. */
  encoding?: string;
  limits: ReadLimits;
}

/** What reading a document gives besides what the caller knows (see Source). */
export interface DocumentText {
  text: string;
  encoding: string;
  confidence: number;
  title?: string;
}

/** The worker's answer: the text, the LuoshiError it raised (its parts), or the message of anything else. */
export type DocumentReply =
  | { read: DocumentText }
  | { problem: { code: ErrorCode; subject: string; detail?: string } }
  | { failure: string };

/**
 * Reads a PDF, DOCX or web page under the limits. Each format's libraries are loaded when a file needs them:
 * linkedom and mammoth take a few hundred milliseconds to import.
 */
export async function readDocument({ format, bytes, subject, encoding, limits }: DocumentJob): Promise<DocumentText> {
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    return { text: await readPdf(bytes, subject, limits), encoding: 'unicode', confidence: 1 };
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    return { text: await readDocx(bytes, subject, limits), encoding: 'utf-8', confidence: 1 };
  }
  const { readHtml } = await import('./html.js');
  const page = readHtml(bytes, subject, encoding, limits);
  return { text: page.text, encoding: page.encoding, confidence: page.confidence, ...(page.title ? { title: page.title } : {}) };
}
