import type { Span } from '../span.js';
import type { Paragraph } from './sections.js';
import { CLAUSE_MARKS, CONTINUES_FIGURE, PERCENT_SIGNS, SENTENCE_MARKS } from './tables/clause-marks.js';
import type { UnitNote } from './unit-notes.js';
import {
  FORWARD_SENTENCE,
  LAST_YEAR_OPENING,
  PAST_SENTENCE,
  PLAN_PERIOD_OPENING,
  PLAN_ROLES,
  REVIEW_ROLES,
  TURN_TO_THIS_YEAR,
  type SectionRole,
} from './tables/section-roles.js';

export interface Sentence extends Span {
  paragraph: number;
  /**
   * Its paragraph's role, unless a sentence before it in the paragraph turned elsewhere: to last year inside a
   * plan ("过去一年，…"), or between last year and the plan period inside a review ("过去五年，…").
   */
  role: SectionRole;
  /** An entry of a list: the sentence or heading that opened it ("今年办好十件民生实事：", "2021年为民办实事项目"). */
  list?: Span;
}

export interface Clause extends Span {
  sentence: number;
  /** Its sentence's role, unless its own cues decide otherwise (orientation.ts). */
  role: SectionRole;
}

/** The role from this sentence on, given the role so far and the paragraph's. */
function turn(role: SectionRole, paragraphRole: SectionRole, words: string): SectionRole {
  if (PLAN_ROLES.has(paragraphRole)) {
    if (PAST_SENTENCE.test(words)) return 'review_last_year';
    if (FORWARD_SENTENCE.test(words)) return paragraphRole;
  } else if (REVIEW_ROLES.has(paragraphRole)) {
    if (PLAN_PERIOD_OPENING.test(words)) return 'review_plan_period';
    if (LAST_YEAR_OPENING.test(words)) return 'review_last_year';
  }
  return role;
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/** A comma or point between digits groups thousands or marks decimals (4,200; 11，038，000; 8.5): not a break. */
const isInsideFigure = (text: string, i: number) => isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1));

/** A percentage whose following comma was deleted ends the clause (clause splitting only). */
const endsRunOn = (text: string, i: number, end: number) => i + 1 < end && !CONTINUES_FIGURE.test(text.slice(i + 1, i + 4));

/** A lookup table by UTF-16 code for a set of marks, built once per set (the scan is per character). */
const markTables = new Map<string, Uint8Array>();
function markTable(marks: string): Uint8Array {
  let table = markTables.get(marks);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const c of marks) table[c.charCodeAt(0)] = 1;
    markTables.set(marks, table);
  }
  return table;
}

/** Splits `span` of `text` after each of `marks`, trimming white space; empty pieces are dropped. */
function split(text: string, span: Span, marks: string): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) pieces.push({ start: s, end: e });
  };
  const isMark = markTable(marks);
  const isPercent = markTable(PERCENT_SIGNS);
  const clauses = marks === CLAUSE_MARKS;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    const ends = isMark[code] ? !isInsideFigure(text, i) : clauses && isPercent[code] === 1 && endsRunOn(text, i, span.end);
    if (!ends) continue;
    push(i + 1);
    start = i + 1;
  }
  push(span.end);
  return pieces;
}

/** Splits sentences around unit notes, so a note is a sentence of its own. */
function withNotesApart(sentences: Span[], notes: readonly UnitNote[]): Span[] {
  if (notes.length === 0) return sentences;
  return sentences.flatMap((s) => {
    const inside = notes.filter((n) => n.start >= s.start && n.end <= s.end);
    if (inside.length === 0) return [s];
    const pieces: Span[] = [];
    let from = s.start;
    for (const note of inside) {
      if (note.start > from) pieces.push({ start: from, end: note.start });
      pieces.push({ start: note.start, end: note.end });
      from = note.end;
    }
    if (from < s.end) pieces.push({ start: from, end: s.end });
    return pieces;
  });
}

/**
 * Sentences (split at 。！？) and clauses (split at ，；：) of every paragraph. Where punctuation was deleted,
 * a clause runs on; the extractor splits such runs at its items.
 */
export function sentencesOf(
  text: string,
  paragraphs: readonly Paragraph[],
  notes: readonly UnitNote[] = [],
): { sentences: Sentence[]; clauses: Clause[] } {
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  paragraphs.forEach((paragraph, p) => {
    let role = paragraph.role;
    for (const s of withNotesApart(split(text, paragraph, SENTENCE_MARKS), notes)) {
      const words = text.slice(s.start, s.end);
      role = turn(role, paragraph.role, words);
      sentences.push({ start: s.start, end: s.end, paragraph: p, role });
      for (const c of split(text, s, CLAUSE_MARKS)) clauses.push({ start: c.start, end: c.end, sentence: sentences.length - 1, role });
      // a plan's sentence on last year that turns to this year at its end leaves the plan to go on
      if (PLAN_ROLES.has(paragraph.role) && TURN_TO_THIS_YEAR.test(words)) role = paragraph.role;
    }
  });
  return { sentences, clauses };
}
