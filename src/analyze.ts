import type { Source } from './read/index.js';
import { clean, type Cleaned } from './clean/index.js';
import { structure, type Structured } from './structure/index.js';
import { extract, type Extraction } from './extract/index.js';

/** The whole pipeline after reading: each stage a function of the one before. */
export interface Analysis {
  source: Source;
  cleaned: Cleaned;
  structured: Structured;
  extraction: Extraction;
}

export function analyze(source: Source): Analysis {
  const cleaned = clean(source);
  const structured = structure(cleaned);
  return { source, cleaned, structured, extraction: extract(structured) };
}
