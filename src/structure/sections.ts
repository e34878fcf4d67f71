import type { Span } from '../span.js';
import { BARE_HEADING_MAX, HEADING_MARKERS, HEADING_TEXT_MAX } from './tables/headings.js';
import {
  ANNUAL_INDICATORS_CUE,
  HEADING_ROLES,
  LAST_YEAR_OPENING,
  PLAN_PERIOD_OPENING,
  PLAN_ROLES,
  REVIEW_ROLES,
  YEARS_WORK,
  type SectionRole,
} from './tables/section-roles.js';
import { LEADING_MARK } from './tables/clause-marks.js';
import { TASK_VERBS } from './tables/orientation-cues.js';

/** A heading and the part of the report it governs; offsets are in the cleaned text. */
export interface Section extends Span {
  heading: string;
  level: 1 | 2 | 3;
  role: SectionRole;
  /** The enclosing section's index, if any. */
  parent?: number;
}

/** A paragraph (one line of the cleaned text) with the role its content has. */
export interface Paragraph extends Span {
  /** The innermost section it lies in, if any. */
  section?: number;
  role: SectionRole;
}

/** Lines before this many paragraphs are the title block (title, date line, speaker), not bare headings. */
const TITLE_BLOCK_PARAGRAPHS = 3;

/** A heading line: its level, its words, and which numbering marks it (-1: a bare heading). */
function headingOf(line: string, bareAllowed: boolean): { level: 1 | 2 | 3; heading: string; marker: number } | undefined {
  const trimmed = line.trim();
  const marker = HEADING_MARKERS.findIndex(({ marker }) => marker.test(trimmed));
  if (marker >= 0) {
    const end = trimmed.search(/[。！？!?]/);
    return { level: HEADING_MARKERS[marker]!.level, heading: trimmed.slice(0, Math.min(end < 0 ? trimmed.length : end, HEADING_TEXT_MAX)), marker };
  }
  if (bareAllowed && /[\u4e00-\u9fff]{2}/.test(trimmed) && trimmed.length <= BARE_HEADING_MAX && !/[，。；：！？,;:!?、]/.test(trimmed) && !/\d/.test(trimmed)) {
    return { level: 1, heading: trimmed, marker: -1 };
  }
  return undefined;
}

/**
 * Plan parts run on: a heading without a cue after this year's tasks, at their level or above it, is more of this
 * year's tasks (an excerpt may open on a deeper heading: 2.今年的主要预期目标… then （一）聚焦工业振兴…).
 */
const CONTINUED: ReadonlySet<SectionRole> = new Set(['annual_tasks', 'livelihood', 'annual_indicators']);

function continuedRole(sections: readonly Section[], level: number): SectionRole {
  const previous = sections.findLast((s) => s.level >= level);
  return previous && CONTINUED.has(previous.role) ? 'annual_tasks' : 'other';
}

/**
 * The role a heading's words give. A year's 主要工作 is the plan when the year is the report's (or later), the review
 * when it is an earlier one; any other heading that would be this year's for naming a year (2024年重点工作) is the
 * review's where the year named is before the report's (一、2014年经济社会平稳发展, in the report of 2015), and the
 * plan period's where it is after (2020年远景目标): once the report's year is known.
 */
function roleOf(heading: string, year?: number): SectionRole | undefined {
  const works = year === undefined ? null : YEARS_WORK.exec(heading);
  if (works) return Number(works[1]) >= year! ? 'annual_tasks' : 'review_last_year';
  const role = HEADING_ROLES.find(({ cue }) => cue.test(heading))?.role;
  const named = role === 'annual_tasks' && year !== undefined && !REPORT_NAMED.test(heading) ? HEADING_YEAR.exec(heading) : null;
  if (!named) return role;
  const y = Number(named[1]);
  return y < year! ? 'review_last_year' : y > year! ? 'plan_targets' : role;
}

/** A year a heading names (the first), as the time it covers: 2014年…, not 2014年以来 or 到2020年 alone. */
const HEADING_YEAR = /(?<!到|至|—|-|～)([12]\d{3})年(?!以来|来|前|之前|底前)/;
/** A heading that names a report (a media series titles its parts so): its year is the report's name. */
const REPORT_NAMED = /工作报告|报告全文|政府报告/;

const STRUCTURED: ReadonlySet<SectionRole> = new Set([
  'review_last_year',
  'review_plan_period',
  'plan_targets',
  'annual_indicators',
  'annual_tasks',
  'livelihood',
]);

/** Whether a text has sections of a report's own (a review, a plan): a news page or an excerpt has none. */
export const hasReportSections = (sections: readonly Section[]) => sections.some((s) => STRUCTURED.has(s.role));

/**
 * Sections from the heading lines, and every paragraph's role (its section's, refined by its own cues); `year`, the
 * report's, where known, places headings that name a year before or after it.
 */
export function sectionsOf(text: string, year?: number): { sections: Section[]; paragraphs: Paragraph[] } {
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const open: number[] = []; // the stack of enclosing sections
  const bare = new Set<number>(); // the sections whose heading has no number
  // inside a review, the period the last opening named ("刚刚过去的2020年…"); it holds until the next top heading
  let reviewPeriod: SectionRole | undefined;
  // the heading on the line before, if the line before was one: headings of one numbering one after another with
  // nothing between them (报告分为两大部分：一、…回顾 二、…工作) list the parts, as a table of contents, and open none
  let listing: { section: number; paragraph: number; marker: number } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const span = { start: offset, end: offset + line.length };
    offset += line.length + 1;
    if (line.trim().length === 0) continue;
    const found = headingOf(line, paragraphs.length >= TITLE_BLOCK_PARAGRAPHS);
    if (found) {
      // a heading without a number inside a numbered part is a subheading of it (or a line a copy broke short), not
      // a new part of the report — but for the closing words (结束语), which end the report's last part
      const own = roleOf(found.heading, year);
      const marked = found.marker < 0 && own !== 'other' ? open.findLast((i) => !bare.has(i)) : undefined;
      const level = marked === undefined ? found.level : (Math.min(3, sections[marked].level + 1) as 2 | 3);
      while (open.length > 0 && sections[open.at(-1)!].level >= level) sections[open.pop()!].end = span.start;
      const parent = open.at(-1);
      const inherited = parent === undefined ? continuedRole(sections, level) : sections[parent].role;
      const listed = found.marker >= 0 && found.heading === line.trim() && listing?.marker === found.marker && listing.paragraph === paragraphs.length - 1;
      if (listed) sections[listing!.section]!.role = paragraphs[listing!.paragraph]!.role = 'other';
      sections.push({ start: span.start, end: span.end, heading: found.heading, level, role: listed ? 'other' : own ?? inherited, parent });
      if (found.marker < 0) bare.add(sections.length - 1);
      open.push(sections.length - 1);
      if (level === 1) reviewPeriod = undefined;
    }
    // (a heading line with its text after it — （一）抓项目。全年实施… — is an entry of the report itself)
    listing = found && found.heading === line.trim() ? { section: sections.length - 1, paragraph: paragraphs.length, marker: found.marker } : undefined;
    const section = open.at(-1);
    let role: SectionRole = section === undefined ? 'other' : sections[section].role;
    const body = line.trim().replace(/^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])/, '');
    if (role === 'review_last_year' || role === 'review_plan_period') {
      if (LAST_YEAR_OPENING.test(body)) reviewPeriod = 'review_last_year';
      else if (PLAN_PERIOD_OPENING.test(body)) reviewPeriod = 'review_plan_period';
      role = reviewPeriod ?? role;
    } else if (ANNUAL_INDICATORS_CUE.test(line)) role = 'annual_indicators';
    paragraphs.push({ start: span.start, end: span.end, section, role });
  }
  for (const i of open) sections[i].end = text.length;
  reviewBeforePlan(sections, paragraphs);
  return { sections, paragraphs };
}

/** A heading that states a task (（三）加快发展先进制造业): a plan's, not a review's. */
const TASK_HEADING = new RegExp(`${LEADING_MARK.source}${TASK_VERBS.source}`);

/**
 * An excerpt cut into the review (3.社会事业全面进步… then 二、今年的目标任务): the headings before the first part of
 * the plan, where no review heading came, are the review's — reports review, then plan — unless they state a task.
 */
function reviewBeforePlan(sections: Section[], paragraphs: Paragraph[]): void {
  const firstPlan = sections.findIndex((s) => PLAN_ROLES.has(s.role));
  if (firstPlan <= 0 || sections.slice(0, firstPlan).some((s) => REVIEW_ROLES.has(s.role))) return;
  const turned = new Set<number>();
  for (let i = 0; i < firstPlan; i++) {
    if (sections[i].role !== 'other' || roleOf(sections[i].heading) || TASK_HEADING.test(sections[i].heading)) continue;
    sections[i].role = 'review_last_year';
    turned.add(i);
  }
  for (const p of paragraphs) if (p.section !== undefined && turned.has(p.section) && p.role === 'other') p.role = 'review_last_year';
}
