import type { Evidence } from './evidence.js';
import type { PagePart } from './page.js';
import { numberOf } from './numerals.js';
import {
  ABOUT_THE_YEAR_AFTER,
  AIM_BEFORE,
  AIM_WORDS,
  COMMENTARY_BEFORE,
  DEADLINE_MET,
  ESTIMATE_AFTER,
  ESTIMATE_BEFORE,
  FIRST_YEAR,
  FORWARD_WORDS,
  LAST_YEAR,
  LAST_YEAR_WORDS,
  LIST_DONE_AFTER,
  LIST_OPENER_AFTER,
  NOT_A_SUBJECT,
  OTHER_YEAR_AFTER,
  OTHER_YEAR_BEFORE,
  OUTLOOK_BEFORE,
  PLAN_AFTER,
  PLAN_BEFORE,
  PLAN_OBJECT_AFTER,
  RESULT_WORDS,
  SHORT_YEAR_CENTURY,
  SHORT_YEAR_MENTION,
  REVIEW_AFTER,
  REVIEW_BEFORE,
  TARGET_FIGURE,
  THIS_YEAR_CLAUSE,
  THIS_YEAR_GOING_ON,
  THIS_YEAR_WORDS,
  TITLE_AFTER,
  YEAR_END_AFTER,
  YEAR_END_QUALIFIER,
  YEAR_MENTION,
} from './tables/year-cues.js';

/**
 * What a named year says about the report's: the words around it relate it to the report as the year reviewed
 * (the report is the next year's) or the year planned. Cues next to the year weigh most; the words of its sentence
 * (今年, 去年, its tense) and of its paragraph less.
 */
export const RELATION_WEIGHT = {
  listOpener: 4,
  cue: 3,
  title: 3,
  estimate: 2,
  sentenceYear: 1.5,
  tense: 1,
  /** a media commentary's title (解读…) may name the report by the year it reviews */
  commentaryTitle: 1,
} as const;

/** How far around a year its relating words may stand. */
const BEFORE_CHARS = 12;
const AFTER_CHARS = 40;
/** A sentence is read this far on either side of a year in it. */
const SENTENCE_CHARS = 120;

/** The sentence around [start, end), and where it starts in the text. */
function sentenceAround(text: string, start: number, end: number): { words: string; from: number } {
  const head = text.slice(Math.max(0, start - SENTENCE_CHARS), start);
  const tail = text.slice(end, end + SENTENCE_CHARS);
  const opened = Math.max(...['。', '！', '？', '\n'].map((mark) => head.lastIndexOf(mark)));
  const closed = tail.search(/[。！？\n]/);
  const from = start - head.length + opened + 1;
  return { words: text.slice(from, end) + (closed < 0 ? tail : tail.slice(0, closed)), from };
}

/** The most of a line read on either side of a year: a text of one endless line is not read whole for each year. */
const LINE_CHARS = 2000;

/** The line (paragraph) around [start, end), within LINE_CHARS of it, and where that starts in the text. */
function lineAround(text: string, start: number, end: number): { words: string; from: number } {
  const reach = Math.max(0, start - LINE_CHARS);
  const from = reach + text.slice(reach, start).lastIndexOf('\n') + 1;
  const tail = text.slice(end, end + LINE_CHARS);
  const closed = tail.indexOf('\n');
  return { words: text.slice(from, end) + (closed < 0 ? tail : tail.slice(0, closed)), from };
}

/** A year standing in a short line of its own (a heading, a card: "2016年全县\n成绩单") is read with the next line. */
const SHORT_LINE_REST = 6;

/** The words after a year, on its line, or on the next when its line ends soon after it. */
function wordsAfter(text: string, end: number): string {
  const window = text.slice(end, end + AFTER_CHARS);
  const lineEnd = window.indexOf('\n');
  if (lineEnd < 0) return window;
  return lineEnd <= SHORT_LINE_REST ? window.replace(/\s+/g, '') : window.slice(0, lineEnd);
}

/**
 * The sentence, else the paragraph, speaks of this year or of last year, naming no other year. This year's words
 * count after the year only (a year named after 今年 is more often a later year's deadline), unless going on from
 * it (2013年…，今年再…: the named year is last year).
 */
function yearWordsAround(context: string, yearAt: number, year: number): { value: number; ofThisYear: boolean } | undefined {
  if ((context.match(YEAR_MENTION)?.length ?? 1) > 1) return undefined;
  const after = context.slice(yearAt);
  if (THIS_YEAR_GOING_ON.test(after)) return { value: year + 1, ofThisYear: false };
  const thisYear = THIS_YEAR_WORDS.test(after);
  const lastYear = LAST_YEAR_WORDS.test(context);
  if (thisYear === lastYear) return undefined;
  return { value: thisYear ? year : year + 1, ofThisYear: thisYear };
}

/** What a named year says of the report year: the year it points to, the rule that read it and how much it weighs. */
interface Relation {
  value: number;
  rule: string;
  weight: number;
}

/** A year named as a bound, a baseline, a time inside it or an event of it (到2020年, 比2010年, 2013年以来, 2008年奥运会). */
export function namesAnotherTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - BEFORE_CHARS), start).split('\n').at(-1)!;
  return OTHER_YEAR_BEFORE.test(before) || OTHER_YEAR_AFTER.test(wordsAfter(text, end));
}

/** What one named year says about the report year, read from the words around it; undefined when nothing. */
function relate(text: string, start: number, end: number, year: number): Relation | undefined {
  const around = text.slice(Math.max(0, start - BEFORE_CHARS), start);
  const before = around.split('\n').at(-1)!;
  const after = wordsAfter(text, end);
  if (OTHER_YEAR_BEFORE.test(before)) return undefined;
  const yearEnd = YEAR_END_AFTER.exec(after);
  if (yearEnd) return atYearEnd(text, start, end, year, before, after.slice(yearEnd[0].length), yearEnd[1] !== undefined);
  if (OTHER_YEAR_AFTER.test(after)) return undefined;
  // a commentary's series title may stand on the line before the report's name (解读\n2016年…政府工作报告)
  if (COMMENTARY_BEFORE.test(around.replace(/\s+/g, '')) && TITLE_AFTER.test(after)) return { value: year, rule: 'commentary-title', weight: RELATION_WEIGHT.commentaryTitle };
  if (REVIEW_BEFORE.test(before) || REVIEW_AFTER.test(after)) return { value: year + 1, rule: 'review-cue', weight: RELATION_WEIGHT.cue };
  if (ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(after)) return { value: year + 1, rule: 'estimate', weight: RELATION_WEIGHT.estimate };
  if (LIST_OPENER_AFTER.test(after)) return { value: year, rule: 'list-opener', weight: RELATION_WEIGHT.listOpener };
  if (LIST_DONE_AFTER.test(after)) return { value: year + 1, rule: 'review-cue', weight: RELATION_WEIGHT.cue };
  if (TITLE_AFTER.test(after)) return { value: year, rule: 'title', weight: RELATION_WEIGHT.title };
  if ((PLAN_BEFORE.test(before) && PLAN_OBJECT_AFTER.test(after)) || OUTLOOK_BEFORE.test(before)) return { value: year, rule: 'plan-cue', weight: RELATION_WEIGHT.cue };
  const plan = PLAN_AFTER.exec(after);
  if (plan && !NOT_A_SUBJECT.test(plan[1])) return { value: year, rule: 'plan-cue', weight: RELATION_WEIGHT.cue };
  return fromContext(text, start, end, year, after);
}

/**
 * A year's end (2017年底前, 1997年末): a deadline is the plan's unless reported met — weak evidence, as a plan may set
 * one years ahead; a figure at the end is read by the word aiming at it before, else by its sentence's tense.
 */
function atYearEnd(text: string, start: number, end: number, year: number, before: string, rest: string, deadline: boolean): Relation | undefined {
  if (deadline) {
    // a sentence that calls its own year 今年 names another by its number (今年开工，2025年底前建成)
    if (YEAR_END_QUALIFIER.test(rest) || THIS_YEAR_WORDS.test(sentenceAround(text, start, end).words)) return undefined;
    return DEADLINE_MET.test(rest)
      ? { value: year + 1, rule: 'result-sentence', weight: RELATION_WEIGHT.tense }
      : { value: year, rule: 'deadline', weight: RELATION_WEIGHT.tense };
  }
  if (AIM_BEFORE.test(before)) return { value: year, rule: 'forward-sentence', weight: RELATION_WEIGHT.tense };
  return fromContext(text, start, end, year, rest);
}

/** What the sentence, else the paragraph, of a year says of it: 今年 or 去年 in it, else its tense. */
function fromContext(text: string, start: number, end: number, year: number, after: string): Relation | undefined {
  const sentence = sentenceAround(text, start, end);
  const inSentence = yearWordsAround(sentence.words, start - sentence.from, year);
  if (inSentence) {
    return { value: inSentence.value, rule: inSentence.ofThisYear ? 'this-year-sentence' : 'last-year-sentence', weight: RELATION_WEIGHT.sentenceYear };
  }
  // the tense of the year's own clauses, up to a clause about this year (…，今年…), which speaks of another time
  const rest = sentence.words.slice(end - sentence.from).split(THIS_YEAR_CLAUSE)[0]!;
  // a sentence about the year itself (2019年是…) has no tense to read; else what comes first says: a word looking
  // forward or a figure aimed at, or a result with its figure (2015年，我们完成…亿元；预计…将达…)
  if (!ABOUT_THE_YEAR_AFTER.test(after)) {
    const forward = Math.min(...[FORWARD_WORDS, TARGET_FIGURE].map((words) => rest.search(words)).filter((at) => at >= 0));
    const result = rest.search(RESULT_WORDS);
    if (result >= 0 && !(forward <= result)) return { value: year + 1, rule: 'result-sentence', weight: RELATION_WEIGHT.tense };
    if (Number.isFinite(forward) || AIM_WORDS.test(rest)) return { value: year, rule: 'forward-sentence', weight: RELATION_WEIGHT.tense };
  }
  const paragraph = lineAround(text, start, end);
  const inParagraph = yearWordsAround(paragraph.words, start - paragraph.from, year);
  if (inParagraph) {
    return { value: inParagraph.value, rule: inParagraph.ofThisYear ? 'this-year-paragraph' : 'last-year-paragraph', weight: RELATION_WEIGHT.tense };
  }
  return undefined;
}

/** Every year the text names, with what the words around it say. */
export function namedYears(part: PagePart): Evidence[] {
  const evidence: Evidence[] = [];
  const mentions = [
    ...[...part.text.matchAll(YEAR_MENTION)].map((m) => ({ m, year: numberOf(m[1]) })),
    ...[...part.text.matchAll(SHORT_YEAR_MENTION)].map((m) => ({ m, year: SHORT_YEAR_CENTURY + numberOf(m[1]) })),
  ];
  for (const { m, year } of mentions) {
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    const related = relate(part.text, m.index, m.index + m[0].length, year);
    if (related) evidence.push({ field: 'year', ...related, span: part.toOriginal(m.index, m.index + m[0].length) });
  }
  return evidence;
}
