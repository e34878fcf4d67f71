import { READ_LIMITS, type ReadLimits } from './limits.js';

/** What the read stage gives: the decoded original text and what it was. Every later offset points into `text`. */
export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx';

export interface Source {
  /** The decoded original ("the original"): spans of every later stage index this string. */
  text: string;
  format: SourceFormat;
  /** The character encoding of the bytes (utf-8, gb18030, big5, utf-16le …): GBK and GB2312 are read, and
   *  reported, as gb18030. A DOCX is utf-8 (its XML); a PDF is "unicode" (its fonts' Unicode maps). */
  encoding: string;
  /** 0..1: how sure the encoding detector was; 1 when declared (BOM, --encoding, meta charset) or not applicable. */
  confidence: number;
  /** Where it came from: a path, or "-" for standard input. */
  name: string;
  /** The size of the input in bytes. */
  bytes: number;
  /** A web page's <title>, also the first line of `text` (followed by a blank line) when present. */
  title?: string;
}

export interface ReadOptions {
  /** Overrides the detected encoding of plain text or HTML (any name iconv-lite knows). */
  encoding?: string;
  /** Largest input accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Forces a format instead of sniffing it from the bytes and the name. */
  format?: SourceFormat;
  /** Tighter or looser bounds than READ_LIMITS for reading a PDF, DOCX or web page (the file size is maxBytes). */
  limits?: Partial<Omit<ReadLimits, 'fileBytes' | 'concurrent'>>;
}

export const DEFAULT_MAX_BYTES = READ_LIMITS.fileBytes;
