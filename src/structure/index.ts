import type { Cleaned } from '../clean/index.js';
import { reportMeta, type ReportMeta } from './meta.js';
import { sectionsOf, type Paragraph, type Section } from './sections.js';
import { sentencesOf, type Clause, type Sentence } from './sentences.js';
import { digestRoles, isDigest } from './digest.js';
import { unitNotesOf, type UnitNote } from './unit-notes.js';

export type { ReportMeta, Confidence, Evidence, MetaField, MetaWarning } from './meta.js';
export type { Section, Paragraph } from './sections.js';
export type { Sentence, Clause } from './sentences.js';
export type { UnitNote } from './unit-notes.js';
export type { SectionRole } from './tables/section-roles.js';
export type { Level } from './tables/divisions.js';

/** The structure stage's result. Every span is in cleaned-text offsets; `cleaned.toOriginal` maps it back. */
export interface Structured {
  cleaned: Cleaned;
  meta: ReportMeta;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  clauses: Clause[];
  /** Notes naming lead and responsible units after tasks. */
  unitNotes: UnitNote[];
}

/** Metadata, sections with roles, paragraphs, sentences and clauses of a cleaned report. */
export function structure(cleaned: Cleaned): Structured {
  const found = sectionsOf(cleaned.text);
  const meta = reportMeta(cleaned, found.paragraphs.filter((p) => p.role === 'review_last_year'));
  const paragraphs = isDigest(found.sections) ? digestRoles(cleaned.text, found.paragraphs, meta.year) : found.paragraphs;
  const unitNotes = unitNotesOf(cleaned.text);
  const { sentences, clauses } = sentencesOf(cleaned.text, paragraphs, unitNotes);
  return { cleaned, meta, sections: found.sections, paragraphs, sentences, clauses, unitNotes };
}
