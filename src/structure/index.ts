import type { Cleaned } from '../clean/index.js';
import { reportMeta, withKnown, type KnownMeta, type ReportMeta } from './meta.js';
import { hasReportSections, namesYearsWork, sectionsOf, type Paragraph, type Section } from './sections.js';
import { sentencesOf, type Clause, type Sentence } from './sentences.js';
import { orient } from './orientation.js';
import { unitNotesOf, type UnitNote } from './unit-notes.js';
import type { SectionRole } from './tables/section-roles.js';

export type { ReportMeta, KnownMeta, Confidence, Evidence, MetaField, MetaWarning, DocumentKind } from './meta.js';
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

/**
 * Metadata, sections with roles, paragraphs, sentences and clauses of a cleaned report. Fields given as `known`
 * replace what the text suggests, and everything that depends on them (which year is last year) follows.
 */
export function structure(cleaned: Cleaned, known: KnownMeta = {}): Structured {
  const first = sectionsOf(cleaned.text);
  const meta = withKnown(reportMeta(cleaned, first.paragraphs.filter((p) => p.role === 'review_last_year')), known);
  const found = meta.year !== undefined && namesYearsWork(first.sections) ? sectionsOf(cleaned.text, meta.year) : first;
  // a bulletin reports the year it covers from its first line to its last: every part of it is that year's review
  const bulletin = meta.kind === 'bulletin';
  const sections = bulletin ? found.sections.map((s) => ({ ...s, role: BULLETIN_ROLE })) : found.sections;
  const paragraphs = bulletin ? found.paragraphs.map((p) => ({ ...p, role: BULLETIN_ROLE })) : found.paragraphs;
  const unitNotes = unitNotesOf(cleaned.text);
  const split = sentencesOf(cleaned.text, paragraphs, unitNotes);
  const { sentences, clauses } = orient(cleaned.text, paragraphs, split.sentences, split.clauses, meta.year, bulletin || hasReportSections(sections));
  return { cleaned, meta, sections, paragraphs, sentences, clauses, unitNotes };
}

const BULLETIN_ROLE: SectionRole = 'review_last_year';
