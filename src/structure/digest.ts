import type { Paragraph, Section } from './sections.js';
import { ANNUAL_INDICATORS_CUE, type SectionRole } from './tables/section-roles.js';
import { DIGEST_PLAN, DIGEST_REVIEW } from './tables/digest-cues.js';

const STRUCTURED: ReadonlySet<SectionRole> = new Set([
  'review_last_year',
  'review_plan_period',
  'plan_targets',
  'annual_indicators',
  'annual_tasks',
  'livelihood',
]);

/** Whether the text has none of a report's own sections: a news digest of a report, an excerpt. */
export const isDigest = (sections: readonly Section[]) => !sections.some((s) => STRUCTURED.has(s.role));

/**
 * Roles for a digest, paragraph by paragraph from its words: this year's targets, last year's results, or
 * this year's plans; a paragraph without a cue (a bullet of a list) continues the one before.
 */
export function digestRoles(text: string, paragraphs: readonly Paragraph[], year: number | undefined): Paragraph[] {
  let role: SectionRole = 'other';
  return paragraphs.map((paragraph) => {
    const words = text.slice(paragraph.start, paragraph.end);
    if (ANNUAL_INDICATORS_CUE.test(words)) role = 'annual_indicators';
    else if (DIGEST_REVIEW.test(words) || (year !== undefined && words.includes(`${year - 1}年`))) role = 'review_last_year';
    else if (DIGEST_PLAN.test(words) || (year !== undefined && words.includes(`${year}年`))) role = 'annual_tasks';
    return { ...paragraph, role };
  });
}
