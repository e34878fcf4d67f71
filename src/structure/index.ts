import type { Cleaned } from '../clean/index.js';
import { reportMeta, type ReportMeta } from './meta.js';
import { hasReportSections, sectionsOf, type Paragraph, type Section } from './sections.js';
import { sentencesOf, type Clause, type Sentence } from './sentences.js';
import { orient } from './orientation.js';
import { unitNotesOf, type UnitNote } from './unit-notes.js';

export type { ReportMeta } from './meta.js';
export type { Section, Paragraph } from './sections.js';
export type { Sentence, Clause } from './sentences.js';
export type { UnitNote } from './unit-notes.js';
export type { SectionRole } from './tables/section-roles.js';
export type { Orientation } from './orientation.js';
export { orientationOf } from './orientation.js';
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

/** What a reader knows better than the text: the year or region an office corrected before the items are stored. */
export type KnownMeta = Partial<Pick<ReportMeta, 'region' | 'level' | 'year' | 'date'>>;

/**
 * Metadata, sections with roles, paragraphs, sentences and clauses of a cleaned report. Fields given as `known`
 * replace what the text suggests, and everything that depends on them (which year is last year) follows.
 */
export function structure(cleaned: Cleaned, known: KnownMeta = {}): Structured {
  const found = sectionsOf(cleaned.text);
  const lastYearReview = found.paragraphs
    .filter((p) => p.role === 'review_last_year')
    .map((p) => cleaned.text.slice(p.start, p.end))
    .join('\n');
  const meta = { ...reportMeta(cleaned.text, found.sections.map((s) => s.heading), lastYearReview), ...known };
  const { paragraphs } = found;
  const unitNotes = unitNotesOf(cleaned.text);
  const split = sentencesOf(cleaned.text, paragraphs, unitNotes);
  const { sentences, clauses } = orient(cleaned.text, paragraphs, split.sentences, split.clauses, meta.year, hasReportSections(found.sections));
  return { cleaned, meta, sections: found.sections, paragraphs, sentences, clauses, unitNotes };
}
