import type { Cleaned } from '../clean/index.js';
import { reportMeta, type ReportMeta } from './meta.js';
import { sectionsOf, type Paragraph, type Section } from './sections.js';
import { sentencesOf, type Clause, type Sentence } from './sentences.js';
import { digestRoles, isDigest } from './digest.js';

export type { ReportMeta } from './meta.js';
export type { Section, Paragraph } from './sections.js';
export type { Sentence, Clause } from './sentences.js';
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
}

/** Metadata, sections with roles, paragraphs, sentences and clauses of a cleaned report. */
export function structure(cleaned: Cleaned): Structured {
  const found = sectionsOf(cleaned.text);
  const lastYearReview = found.paragraphs
    .filter((p) => p.role === 'review_last_year')
    .map((p) => cleaned.text.slice(p.start, p.end))
    .join('\n');
  const meta = reportMeta(cleaned.text, found.sections.map((s) => s.heading), lastYearReview);
  const paragraphs = isDigest(found.sections) ? digestRoles(cleaned.text, found.paragraphs, meta.year) : found.paragraphs;
  const { sentences, clauses } = sentencesOf(cleaned.text, paragraphs);
  return { cleaned, meta, sections: found.sections, paragraphs, sentences, clauses };
}
