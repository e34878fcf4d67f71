import type { Source } from './read/index.js';
import { clean, type Cleaned } from './clean/index.js';
import { structure, type KnownMeta, type Structured } from './structure/index.js';
import { extract, type Extraction } from './extract/index.js';

/** The whole pipeline after reading: each stage a function of the one before. */
export interface Analysis {
  source: Source;
  cleaned: Cleaned;
  structured: Structured;
  extraction: Extraction;
}

/** The whole pipeline; `known` fields (a corrected year or region) replace what the text suggests. */
export function analyze(source: Source, known: KnownMeta = {}): Analysis {
  const cleaned = clean(source);
  const structured = structure(cleaned, known);
  return { source, cleaned, structured, extraction: extract(structured) };
}
