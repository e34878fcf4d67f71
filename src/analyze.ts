import type { Source } from './read/index.js';
import { clean, type Cleaned } from './clean/index.js';
import { structure, type KnownMeta, type Structured } from './structure/index.js';
import { extract, type Extraction } from './extract/index.js';
import { splitTasks, type SplitTask } from './extract/split-tasks.js';

/** The whole pipeline after reading: each stage a function of the one before. */
export interface Analysis {
  source: Source;
  cleaned: Cleaned;
  structured: Structured;
  extraction: Extraction;
}

/**
 * What the ledger keeps of an analysis: plain data (no functions, no back references), so an analysis made in a
 * worker thread crosses to the importing thread whole. Every Analysis is one.
 */
export interface AnalysisRecord {
  source: Source;
  cleaned: Pick<Cleaned, 'text' | 'body' | 'edits'>;
  structured: Pick<Structured, 'sections' | 'paragraphs' | 'unitNotes'>;
  extraction: Extraction;
}

/** The whole pipeline; `known` fields (a corrected year or region) replace what the text suggests. */
export function analyze(source: Source, known: KnownMeta = {}): Analysis {
  const cleaned = clean(source);
  const structured = structure(cleaned, known);
  return { source, cleaned, structured, extraction: extract(structured) };
}

/** The record of an analysis, as plain data. */
export function recordOf({ source, cleaned, structured, extraction }: Analysis): AnalysisRecord {
  return {
    source,
    cleaned: { text: cleaned.text, body: cleaned.body, edits: cleaned.edits },
    structured: { sections: structured.sections, paragraphs: structured.paragraphs, unitNotes: structured.unitNotes },
    extraction,
  };
}

/**
 * The tasks of a 分工方案 read from its source. The whole input is read: a split's tasks often stand in an
 * attachment after the notice's signature, where a report's body would end.
 */
export function analyzeSplit(source: Source, known: KnownMeta = {}): { year: number | null; tasks: SplitTask[] } {
  const doc = structure(clean(source, { start: 0, end: source.text.length }), known);
  return { year: doc.meta.year ?? null, tasks: splitTasks(doc) };
}
