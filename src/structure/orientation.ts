import type { Span } from '../span.js';
import type { Clause, Sentence } from './sentences.js';
import type { Paragraph } from './sections.js';
import { PLAN_ROLES, REVIEW_ROLES, type SectionRole } from './tables/section-roles.js';
import {
  CLAUSE_CUES,
  DELIVERABLES_PROMISED,
  FORECAST,
  FRAME_OPENINGS,
  LEANING_CUES,
  LIST_ANNOUNCED,
  YEAR_LEAN,
  MEETING_CLAUSE,
  MEETING_WORDS,
  PAGE_FURNITURE,
  OVERRIDING_WEIGHT,
  PLAN_ANNOUNCED,
  PLAN_PERIOD_NAMED,
  QUESTION_TURN,
  REMARK_ON_LIST,
  REPORTING_CLAUSE,
  RECKONED_BEFORE,
  REPORT_AS_SUBJECT,
  REVIEW_ANNOUNCED,
  WRITERS_RECKONING,
} from './tables/orientation-cues.js';
import { LEADING_MARK, LIST_ORDINAL } from './tables/clause-marks.js';
import { numberOf } from './numerals.js';
import { FIVE_YEAR_PLAN_START } from './tables/era-words.js';

/** Whether a clause looks ahead (a plan), back (a review), or at neither (the meeting, the page). */
export type Orientation = 'plan' | 'review' | 'neither';

export const orientationOf = (role: SectionRole): Orientation =>
  PLAN_ROLES.has(role) ? 'plan' : REVIEW_ROLES.has(role) ? 'review' : 'neither';

/** A year as a figure (2021年) or in Chinese digits (二〇二一年, 一九九四年); masked or rewritten years (202*年) are none. */
const YEAR_WRITTEN = '([12]\\d{3}|[一二][〇○零oO0一二三四五六七八九]{3})年';
const YEAR = new RegExp(YEAR_WRITTEN, 'g');
const YEAR_NAMED = new RegExp(YEAR_WRITTEN);
/** Before a year, these make it a base of comparison (比2020年下降, 较2015年翻一番, 从2017年的321家) rather than a time. */
const COMPARISON_BEFORE = /[比较从与自](?:上年|去年)?$|同比$|相比$/;

/** What a clause's cues say: the weight that decides it, and its lean as one of many clauses of a text. */
export interface ClauseCues {
  weight: number;
  lean: number;
}

/**
 * A clause's cues: its words (orientation-cues.ts) and the years it names against the report year — a year
 * before it looks back (增加到2017年的…) unless it is a base of comparison; this year or a later one looks ahead.
 */
export function clauseCues(words: string, year: number | undefined): ClauseCues {
  let weight = 0;
  let lean = ABSENT_LEAN;
  // one pass finds the clauses with no cue at all, the most common kind
  if (ANY_CUE.test(words)) {
    for (const cue of ALL_CUES) {
      if (!cue.cue.test(words)) continue;
      weight += cue.weight;
      lean += cue.lean[0] - cue.lean[1];
    }
  }
  const years = yearsNamed(words, year);
  weight += (years.ahead - years.back) * YEAR_WEIGHT;
  if (years.ahead > 0) lean += YEAR_LEAN.ahead[0] - YEAR_LEAN.ahead[1];
  if (years.back > 0) lean += YEAR_LEAN.back[0] - YEAR_LEAN.back[1];
  return { weight, lean };
}

/** How many years a clause names as its time that are the report year or later, and how many before it. */
export function yearsNamed(words: string, year: number | undefined): { ahead: number; back: number } {
  const counts = { ahead: 0, back: 0 };
  if (year === undefined || !words.includes('年')) return counts;
  for (const m of words.matchAll(YEAR)) {
    if (COMPARISON_BEFORE.test(words.slice(Math.max(0, m.index - 3), m.index))) continue;
    counts[numberOf(m[1]!) < year ? 'back' : 'ahead']++;
  }
  return counts;
}

/** The weight of a clause's cues (clauseCues). */
export const clauseWeight = (words: string, year: number | undefined): number => clauseCues(words, year).weight;

/** A year named in a clause weighs as much as a modal verb. */
const YEAR_WEIGHT = 3;
const ALL_CUES = [...CLAUSE_CUES, ...LEANING_CUES];
const ANY_CUE = new RegExp(ALL_CUES.map(({ cue }) => cue.source).join('|'));
/** The lean of a clause that shows no cue. */
const ABSENT_LEAN = ALL_CUES.reduce((sum, { lean: [, absent] }) => sum + absent, 0) + YEAR_LEAN.ahead[1] + YEAR_LEAN.back[1];

/** The least lean (a log likelihood ratio: e ≈ 2.7 to 1) by which a text's clauses together tell plan from review. */
const DOCUMENT_LEAN_MIN = 1;

/** The role a frame-setting opening gives: a year named at the start is last year's review or this year's plan. */
function frameOf(opening: string, year: number | undefined): SectionRole | undefined {
  const framed = FRAME_OPENINGS.find(({ cue }) => cue.test(opening));
  if (framed) return framed.role === 'review_plan_period' && aheadOf(opening, year) ? 'plan_targets' : framed.role;
  const named = REPORT_NAMED.test(opening) ? null : YEAR_OPENING.exec(opening);
  if (!named || year === undefined) return undefined;
  const y = numberOf(named[1]!);
  return y < year ? 'review_last_year' : y === year ? 'annual_tasks' : 'plan_targets';
}

/** Whether an opening names a plan period (“十三五”期间) that begins in the report year or later: its plan, not a review. */
function aheadOf(opening: string, year: number | undefined): boolean {
  const start = year === undefined ? undefined : FIVE_YEAR_PLAN_START[PLAN_PERIOD_NAMED.exec(opening)?.[1] ?? ''];
  return start !== undefined && start >= year!;
}

/**
 * The frame a sentence sets for itself and the ones after it: by its opening (过去一年，… / 2024年，…), or, as a
 * heading or a sentence announcing what follows ("报告回顾了2024年工作", "主要预期目标是："), by what it names.
 */
function frameSetBy(
  text: string,
  own: readonly Clause[],
  paragraph: Paragraph | undefined,
  year: number | undefined,
  previous: SectionRole | undefined,
  weight: number,
): Frame | undefined {
  const first = own[0];
  if (!first) return undefined;
  // a sentence announces what follows up to a clause ending in a colon ("这十件实事是：1.…")
  const announcing = own.find((c) => ANNOUNCING_END.test(text.slice(c.start, c.end)));
  const heading = isHeading(text, paragraph);
  // a heading is read whole: a label before its colon (亮点二：2025年主要目标) announces nothing by itself
  const opener = { start: first.start, end: (heading ? own.at(-1)! : announcing ?? own.at(-1)!).end };
  const words = text.slice(opener.start, opener.end);
  const list = LIST_ANNOUNCED.test(words);
  const opening = openingOf(text, own);
  const opened = frameOf(opening.words, year);
  // a heading opens the numbered entries under it, whatever frames it
  if (opened) return list || heading ? { role: opened, opener, list } : { role: opened };
  // a sentence promising a set of deliverables opens a list of them ("今年将着力办好十个方面民生实事。")
  if (DELIVERABLES_PROMISED.test(words) && weight >= 0) return { role: 'annual_tasks', opener, list };
  // what a sentence announces counts when it stands as a heading, is reported or ends in a colon
  if (!heading && !opening.reported && !announcing) return undefined;
  // …unless it says the opposite itself (圆满完成12件重点民生实事 reports, though it names a list)
  if (REVIEW_ANNOUNCED.test(words) && weight <= 0) return { role: 'review_last_year' };
  if (PLAN_ANNOUNCED.test(words) && weight >= 0) return { role: 'annual_tasks', opener, list };
  // a heading naming a year frames what follows, unless it is the name of a report (2022年…政府工作报告)
  const named = REPORT_NAMED.test(words) ? null : YEAR_NAMED.exec(words);
  if (heading && named && year !== undefined) return numberOf(named[1]!) < year ? { role: 'review_last_year' } : { role: 'annual_tasks', opener, list };
  // "这十件实事是：" after a sentence that decided for itself ("会上确定2016年…兴办10件实事。") goes its way
  return heading || !previous ? undefined : { role: previous, opener, list };
}

/** A year opening a sentence as its time (2024年，… / 2024年我省…), not as an attribute (2024年到期的…). */
const YEAR_OPENING = new RegExp(`^${YEAR_WRITTEN}(?!到期|的|底前|前|以前|之前|起|开始|以来)`);
/** A heading that names a report (a media series titles its parts so): its year is the report's name, not a frame. */
const REPORT_NAMED = /工作报告|报告全文|政府报告/;
/** A sentence ending in a colon announces what follows ("今年经济社会发展的主要预期目标是："). */
const ANNOUNCING_END = /[:：]\s*$/;

/**
 * The words a sentence opens with, past a bullet or an ordinal and a clause that only says who speaks ("报告指出，"),
 * and whether there was such a clause.
 */
function openingOf(text: string, clauses: readonly Span[]): { words: string; reported: boolean } {
  const words = (i: number) => (clauses[i] ? text.slice(clauses[i].start, clauses[i].end).replace(LEADING_MARK, '') : '');
  // an answer's turn and who speaks may both come first (答：报告提出，今年…)
  let i = 0;
  while (i < REPORTING_CLAUSES_MAX && REPORTING_CLAUSE.test(words(i).replace(/[，,：:；;\s]+$/, ''))) i++;
  return i > 0 ? { words: words(i), reported: true } : { words: words(0), reported: REPORT_AS_SUBJECT.test(words(0)) };
}

const REPORTING_CLAUSES_MAX = 2;

/** Entries after a list's colon, in its own sentence: two at least, split by ；. */
const INLINE_ENTRIES = /^[:：]?[^；;]+[；;]\s*\S/;

/**
 * The part of a text a frame-setting sentence opens: its role; the sentence, when it is a heading or announces
 * what follows (its numbered entries are a list's); and whether it names a list (民生实事: every sentence after it
 * is an entry).
 */
interface Frame {
  role: SectionRole;
  opener?: Span;
  list?: boolean;
  /** The list's entries follow its colon in the sentence that opens it (see orient). */
  inline?: boolean;
}

export interface Oriented {
  sentences: Sentence[];
  clauses: Clause[];
}

/**
 * Every clause's role, and so its orientation. In a report with its own sections, a clause has its sentence's
 * role (the section's, turned by openings such as 过去一年), unless its own cues weigh enough to decide against
 * it ("…，今年要稳定在5.5%左右" in a review). In a text without them (news, a page of a report, a list), the
 * role is the frame the last opening set (刚刚过去的2008年 / 今年 / a heading naming a year), carried across
 * paragraphs; with no frame yet, the clause's own cues decide, then the clause before it, then the document's
 * cues taken together.
 */
export function orient(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  clauses: readonly Clause[],
  year: number | undefined,
  sectioned: boolean,
): Oriented {
  const words: string[] = new Array(clauses.length);
  const weights = new Float64Array(clauses.length);
  let total = 0;
  for (let i = 0; i < clauses.length; i++) {
    words[i] = text.slice(clauses[i].start, clauses[i].end);
    const cues = clauseCues(words[i], year);
    weights[i] = cues.weight;
    total += cues.lean;
  }
  // clauses come in sentence order: each sentence's are the run from firstClause[s] to firstClause[s + 1]
  const firstClause = new Int32Array(sentences.length + 1);
  for (let s = 0, i = 0; s <= sentences.length; s++) {
    while (i < clauses.length && clauses[i].sentence < s) i++;
    firstClause[s] = i;
  }
  // a text's lean decides only when it says something: a few clauses without cues are no evidence either way
  const documentRole: SectionRole = total >= DOCUMENT_LEAN_MIN ? 'annual_tasks' : total <= -DOCUMENT_LEAN_MIN ? 'review_last_year' : 'other';
  const titles = sectioned ? 0 : titleParagraphs(text, paragraphs);
  let frame: Frame | undefined;
  // the role of the sentence before, when its own cues decided it
  let previousDecided: SectionRole | undefined;
  // whether the sentence is (in) a numbered entry: it opens with an ordinal, or follows one in its paragraph
  let entry = false;
  // whether the sentence set the frame itself by its opening (not as a heading or a list's opener)
  let frameOpened = false;
  const orientedSentences: Sentence[] = [];
  const orientedClauses: Clause[] = [];
  sentences.forEach((sentence, s) => {
    const [from, to] = [firstClause[s], firstClause[s + 1]];
    const oriented: Sentence = { start: sentence.start, end: sentence.end, paragraph: sentence.paragraph, role: sentence.role };
    if (!sectioned) {
      const own = clauses.slice(from, to);
      if (QUESTION_TURN.test(text.slice(sentence.start, sentence.end))) [frame, previousDecided] = [undefined, undefined];
      let weight = 0;
      // counting the clauses that do not decide alone (see below)
      let spread = 0;
      for (let i = from; i < to; i++) {
        weight += weights[i];
        if (Math.abs(weights[i]) < OVERRIDING_WEIGHT) spread += weights[i];
      }
      const set = frameSetBy(text, own, paragraphs[sentence.paragraph], year, previousDecided, weight);
      // an entry's own time ("2013年，我市将…" under 2013年全市十大工程) keeps it in its list
      const sameList = set && !set.opener && frame?.opener && orientationOf(set.role) === orientationOf(frame.role);
      // a list whose entries follow its colon in the paragraph that opens it (以下民生实事：新建…；开工…。) ends with the
      // paragraph (its sentences on lines of their own are one): what comes after is no entry of it (a remark on it,
      // the next part of the report)
      if (frame?.inline && !goesOnFrom(text, paragraphs, sentences[s - 1], sentence)) frame = { role: frame.role };
      frame = sameList ? frame : set ?? frame;
      if (set?.opener && INLINE_ENTRIES.test(text.slice(set.opener.end, sentence.end))) frame = { ...set, inline: true };
      frameOpened = set !== undefined && !sameList && !set.opener;
      // without a report's sections, a sentence whose cues together weigh enough decides for itself ("预计…达4.58万亿元…
      // 突破1万美元" under 新的一年), counting the clauses that do not decide alone (one that does goes its own way
      // from there on); a report's own sections are surer than that
      previousDecided = decided(frame?.role ?? 'other', spread);
      oriented.role = previousDecided ?? frame?.role ?? 'other';
      // the entries of a list are the sentences after its opener while its frame holds: all of them after one naming
      // a list (民生实事), the numbered ones after a heading or an announcement
      entry = LIST_ORDINAL.test(text.slice(sentence.start, sentence.start + 6)) || (entry && goesOnFrom(text, paragraphs, sentences[s - 1], sentence));
      const remark = REMARK_ON_LIST.test(text.slice(sentence.start, sentence.end));
      if (frame?.opener && (!set || sameList) && (frame.list || entry) && !remark && orientationOf(oriented.role) === 'plan') oriented.list = frame.opener;
    }
    const furniture = PAGE_FURNITURE.test(text.slice(sentence.start, sentence.end));
    // a commentator's reckoning runs from its words to the sentence's end, from the clause before where its clause
    // points back at it (这一差距是记者…计算得出的)
    const reckoning = text.slice(sentence.start, sentence.end).search(WRITERS_RECKONING);
    let reckoningFrom = reckoning < 0 ? Infinity : sentence.start + reckoning;
    const marked = clauses.slice(from, to).findIndex((c) => c.end > reckoningFrom);
    if (marked > 0 && RECKONED_BEFORE.test(words[from + marked]!)) reckoningFrom = clauses[from + marked - 1]!.start;
    orientedSentences.push(oriented);
    let running: SectionRole | undefined;
    for (let i = from; i < to; i++) {
      const clause = clauses[i];
      const weight = weights[i];
      let role: SectionRole;
      // a page's title and subtitle frame what follows but state nothing themselves (gold-format.md), nor does a
      // caption, a commentator's reckoning, the report's forecast of its surroundings or the meeting itself
      if (furniture || clause.end > reckoningFrom || FORECAST.test(words[i]!) || (MEETING_WORDS.test(words[i]) && MEETING_CLAUSE.test(words[i])) || sentence.paragraph < titles) role = 'other';
      else if (oriented.role !== 'other') role = decided(oriented.role, weight) ?? running ?? oriented.role;
      else role = decided('other', weight) ?? running ?? (sectioned ? 'other' : documentRole);
      // a clause that decided for itself carries its decision to the clauses after it in the sentence
      if (Math.abs(weight) >= OVERRIDING_WEIGHT) running = role;
      orientedClauses.push({ start: clause.start, end: clause.end, sentence: clause.sentence, role });
    }
    // a sentence that opened a frame and turned against it at its end ("去年新开工项目67个，今年要力争达到80个以上")
    // leaves the time it turned to for what follows: the last time named holds
    const turnedTo = running && orientationOf(running);
    if (!sectioned && frameOpened && turnedTo && turnedTo !== 'neither' && turnedTo !== orientationOf(frame?.role ?? 'other')) frame = { role: running! };
  });
  return { sentences: orientedSentences, clauses: orientedClauses };
}

/**
 * Whether a sentence goes on from the one before as part of the same entry: in its paragraph, or on the next line
 * after a line that was that one sentence alone — a copy that puts a line after every sentence (2、扩大医疗服务供给。⏎
 * 2023年加快…建设。⏎市中医院实现整体搬迁。), or an entry's title on a line of its own above its text.
 */
function goesOnFrom(text: string, paragraphs: readonly Paragraph[], before: Sentence | undefined, sentence: Sentence): boolean {
  if (!before) return false;
  if (before.paragraph === sentence.paragraph) return true;
  const line = paragraphs[before.paragraph];
  if (sentence.paragraph !== before.paragraph + 1 || !line || text.slice(line.start, before.start).trim() || text.slice(before.end, line.end).trim()) return false;
  return !/\n[ \t\u3000]*\n/.test(text.slice(before.end, sentence.start));
}

/** The role a clause's own cues give, when they weigh enough to decide: its sentence's if they agree with it. */
function decided(role: SectionRole, weight: number): SectionRole | undefined {
  if (Math.abs(weight) < OVERRIDING_WEIGHT) return undefined;
  const orientation = orientationOf(role);
  if (weight > 0) return orientation === 'plan' ? role : 'annual_tasks';
  return orientation === 'review' ? role : 'review_last_year';
}

/**
 * How many paragraphs at the start of a page are its title and subtitle: short lines without a full stop, the
 * second only after a first (a text of one short line is no title).
 */
function titleParagraphs(text: string, paragraphs: readonly Paragraph[]): number {
  let count = 0;
  while (count < TITLE_LINES_MAX && count < paragraphs.length - 1) {
    const words = text.slice(paragraphs[count].start, paragraphs[count].end).trim();
    if (words.length > TITLE_MAX || /[。；;]/.test(words)) break;
    count++;
  }
  return count;
}

const TITLE_LINES_MAX = 2;
const TITLE_MAX = 40;

/** A paragraph that is one short line without sentence punctuation: a heading or a page's crosshead. */
function isHeading(text: string, paragraph: Paragraph | undefined): boolean {
  if (!paragraph) return false;
  const words = text.slice(paragraph.start, paragraph.end).trim();
  // a short line with a figure other than a year states a result or a target (新增城镇就业72.4万人)
  return words.length <= 24 && !/[，。；！？,;!?]/.test(words) && !/\d(?!\d*年)/.test(words);
}
