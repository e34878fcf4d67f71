import type { Structured, Sentence, SectionRole, Clause } from '../structure/index.js';
import type { Span } from '../span.js';
import type { Commitment, Kind } from './commitment.js';
import { FIVE_YEAR_PLAN_END } from '../calendar/index.js';
import { LIST_OPENER_END } from './tables/kind-cues.js';
import { LIST_ORDINAL, ordinalStyle } from '../structure/tables/clause-marks.js';

/** What an extractor knows about the sentence it reads. */
export interface SentenceContext {
  doc: Structured;
  text: string;
  sentence: Sentence;
  /** Clauses of this sentence, in cleaned offsets, each with its own role. */
  clauses: Clause[];
  /** The sentence's role: its section's, or the frame of the text around it. */
  role: SectionRole;
  section?: string;
  /** The year the report plans for; unknown where the text gives no evidence of it and no reader said. */
  year: number | undefined;
  /** The year the report was delivered in, where that is the year before (a report given in December says 明年 of its year). */
  spoken?: number;
  /**
   * The deadline a target gets when its text names no time: the end of the report year or of the plan period;
   * none where the year it counts from is unknown (no date is better than a wrong one).
   */
  defaultDeadline: (role: SectionRole) => string | undefined;
  /** An entry of a numbered list on lines of its own: the sentence opening the list ("今年办好十件民生实事："). */
  listOpener?: Span;
  /** The sentence is the title of a numbered entry that goes on after it ("6.实施“老有所养”提升工程。建设…"). */
  entryTitle?: boolean;
}

/** The role of the clause of the sentence that holds `offset` (the sentence's when none does); clauses are in order. */
export function roleAt(ctx: SentenceContext, offset: number): SectionRole {
  let [low, high] = [0, ctx.clauses.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const clause = ctx.clauses[middle];
    if (offset < clause.start) high = middle - 1;
    else if (offset >= clause.end) low = middle + 1;
    else return clause.role;
  }
  return ctx.role;
}

/** The end year of the five-year plan a heading names (“十四五”), else the fifth year from the report year. */
function planEnd(headings: string[], year: number | undefined): number | undefined {
  for (const heading of headings) {
    const m = /十([一二三四五六])五/.exec(heading);
    if (m) return FIVE_YEAR_PLAN_END[`十${m[1]}五`];
  }
  return year === undefined ? undefined : year + 4;
}

/** Builds the context of every sentence of a structured report. */
export function sentenceContexts(doc: Structured): SentenceContext[] {
  const year = doc.meta.year;
  const delivered = doc.meta.date ? Number(doc.meta.date.slice(0, 4)) : undefined;
  const spoken = year !== undefined && delivered === year - 1 ? delivered : undefined;
  const text = doc.cleaned.text;
  const contexts: SentenceContext[] = [];
  let c = 0;
  // the sentence ending in a colon that the numbered entries after it belong to, while entries of one style last
  let opener: { span: Span; style?: number } | undefined;
  doc.sentences.forEach((sentence, index) => {
    const ordinal = ordinalAt(text, sentence.start, sentence.end);
    const style = ordinal ? ordinalStyle(ordinal) : undefined;
    if (opener && (style === undefined || (opener.style !== undefined && opener.style !== style))) opener = undefined;
    if (opener && style !== undefined) opener.style = style;
    // an entry of a numbered list on lines of its own, or of a list the structure found (民生实事 under their opener)
    const listOpener = opener?.span ?? sentence.list;
    if (LIST_OPENER_END.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end))) opener = { span: sentence };
    const paragraph = doc.paragraphs[sentence.paragraph];
    const headings: string[] = [];
    for (let s = paragraph.section; s !== undefined; s = doc.sections[s].parent) headings.push(doc.sections[s].heading);
    const clauses: Clause[] = [];
    while (c < doc.clauses.length && doc.clauses[c].sentence === index) clauses.push(doc.clauses[c++]);
    contexts.push({
      doc,
      text,
      sentence,
      clauses,
      role: sentence.role,
      section: headings[0],
      year,
      ...(spoken !== undefined ? { spoken } : {}),
      defaultDeadline: (role) => {
        const end = role === 'plan_targets' ? planEnd(headings, year) : year;
        return end === undefined ? undefined : `${end}-12-31`;
      },
      ...(listOpener ? { listOpener } : {}),
      ...(ordinal && isEntryTitle(text, sentence, entryGoesOn(doc, index)) ? { entryTitle: true } : {}),
    });
  });
  return contexts;
}

/** The sentence after a sentence, unless it only names the units that carry the entry out (（责任单位：县教育局）). */
function entryGoesOn(doc: Structured, index: number): Sentence | undefined {
  const next = doc.sentences[index + 1];
  if (!next) return undefined;
  const words = doc.cleaned.text.slice(next.start, next.end).trim();
  const named = doc.unitNotes.some((note) => note.start <= next.start + words.length && note.end >= next.start && note.end - note.start >= words.length - UNIT_NOTE_SLACK);
  return named ? undefined : next;
}

/** Brackets and marks around a unit note that its span leaves out. */
const UNIT_NOTE_SLACK = 3;

/**
 * An entry's title is short, one clause, and followed by more of the entry in the same paragraph (not by the next
 * entry: "9.建成…水厂。10.完成…" is two entries of one line).
 */
const ENTRY_TITLE_MAX = 20;
function isEntryTitle(text: string, sentence: Sentence, next: Sentence | undefined): boolean {
  if (!next || next.paragraph !== sentence.paragraph || sentence.end - sentence.start > ENTRY_TITLE_MAX) return false;
  return !/[，,；;：:]/.test(text.slice(sentence.start, sentence.end)) && !ordinalAt(text, next.start, next.end);
}

/** The longest list ordinal: （十二）. */
const ORDINAL_MAX = 5;

/** The list ordinal opening text[start, end) after any white space, if one does (only its first characters are read: a hot path). */
function ordinalAt(text: string, start: number, end: number): RegExpExecArray | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  return LIST_ORDINAL.exec(text.slice(start, Math.min(end, start + ORDINAL_MAX + 1)));
}

/** Marks between items of a list and white space: never the first character of an item (、旅游收入… is 旅游收入…). */
const LEADING_SEPARATOR = /[，；：、,;:\s]/;

/**
 * A commitment of `kind` with its common fields from its context and its span in cleaned offsets (separators and a
 * list ordinal before it left out); the extractor adds the rest. Made field by field, in the order they are
 * written out: V8 builds an object of spread parts on a slow path, which cost an extraction more than its items' search.
 */
export function located(
  ctx: SentenceContext,
  start: number,
  end: number,
  rule: string,
  kind: Kind,
  role: SectionRole = ctx.role,
): Commitment {
  while (start < end - 1 && LEADING_SEPARATOR.test(ctx.text[start]!)) start++;
  const ordinal = ordinalAt(ctx.text, start, end);
  if (ordinal && start + ordinal[0].length < end) start += ordinal[0].length;
  const item = { text: ctx.text.slice(start, end), span: ctx.doc.cleaned.toOriginal(start, end), role } as Commitment;
  if (ctx.section) item.section = ctx.section;
  item.rule = rule;
  item.kind = kind;
  return item;
}

/** The end of text[start, end) without trailing punctuation and white space. */
export function endWithoutPunctuation(text: string, start: number, end: number): number {
  while (end > start && /[，。；：、,.;:！？!?\s]/.test(text[end - 1])) end--;
  return end;
}
