import type { Span } from '../span.js';
import type { Commitment } from './commitment.js';
import { endWithoutPunctuation, located, roleAt, type SentenceContext } from './context.js';
import { orientationOf } from '../structure/index.js';
import { timeIn, timesIn, type TimeMention } from './deadline.js';
import { findQuantities } from './quantity/index.js';
import { CELL_MARK, HEADER_CELL_MAX } from '../structure/tables/unit-labels.js';
import { ABOUT_THE_YEAR, COMPLETION_OPENING, DELIVERABLE_VERBS, NOT_A_DELIVERABLE, OPEN_ENDED_VERBS_FIRST, SET_ELSEWHERE, STRIPPED_FIGURE } from './tables/kind-cues.js';

/** Time words too general to make a clause a milestone: nearly every planned sentence is "this year". */
const GENERAL_TIME = /^(?:今年|全年|本年度)$/;

/** A clause that is only a time ("到2027年，建成…", "年底前，完成…"): its time is the next clause's. */
const TIME_ONLY_CLAUSE = /^(?:到|在|于|力争|确保|争取|计划)?(?:前|之前|以前)?$/;

/** A time-only clause is short ("到2027年底前，"): longer clauses are not looked at. */
const TIME_ONLY_MAX = 14;

/** A clause introducing a list ("要实现以下主要目标：") is no deliverable itself. */
const INTRODUCES_LIST = /以下|如下|[:：]\s*$/;

/** A list whose opener gives the time: "今年办好十件民生实事：A；B；C". */
const LIST_OPENER = /[:：]/;
const LIST_SEPARATOR = /[；;]/;

/**
 * Milestones: forward-looking clauses without a figure that name a deliverable and an explicit time
 * ("钟楼街改造7月完工", "“五一”前完成南宫改造", "确保2027年建成招生"), and the deliverable entries of a
 * list whose opener gives the time.
 */
export function milestones(ctx: SentenceContext): Commitment[] {
  const { text, sentence } = ctx;
  // an entry's title names what the entry is about, as a heading would
  if (ctx.entryTitle || !ctx.clauses.some((c) => orientationOf(c.role) === 'plan')) return [];
  if (ABOUT_THE_YEAR.test(text.slice(sentence.start, sentence.end)) || isHeaderRow(text.slice(sentence.start, sentence.end))) return [];
  const items: Commitment[] = [];
  const colon = text.slice(sentence.start, sentence.end).search(LIST_OPENER);
  const opener = ctx.listOpener;
  // a numbered entry on a line of its own gets the time of the sentence opening its list
  const openerTime = opener ? timeIn(text, ctx.year, opener.start, opener.end, ctx.spoken) : colon > 0 ? timeIn(text, ctx.year, sentence.start, sentence.start + colon, ctx.spoken) : undefined;
  const isList = Boolean(opener) || (colon > 0 && LIST_SEPARATOR.test(text.slice(sentence.start + colon, sentence.end)));
  // an entry's parts, or a list's after its colon (what comes before it announces the list)
  const pieces = isList ? entries(text, colon > 0 ? sentence.start + colon + 1 : sentence.start, sentence.end) : ctx.clauses;
  let leading: { start: number; time: TimeMention } | undefined;
  for (const piece of pieces) {
    // a list entry's part opening open-ended may go on to a deliverable of its own (推进…迁建工程，完成西城墙修复)
    const clause = isList ? deliverableAfterOpenEnded(ctx, piece) ?? piece : piece;
    const carried = leading;
    leading = isList ? undefined : timeOnly(text, ctx.year, clause, ctx.spoken);
    if (!DELIVERABLE_VERBS.test(text.slice(clause.start, clause.end))) continue; // most clauses end here, cheaply
    // a list entry's part that states a quantity gives targets, and its other clauses are no milestones
    if (isList && findQuantities(text.slice(clause.start, clause.end)).length > 0) continue;
    for (const { span, time: explicit } of atEachTime(text, ctx.year, clause, ctx.spoken)) {
      const role = roleAt(ctx, span.start);
      if (orientationOf(role) !== 'plan') continue;
      const words = text.slice(span.start, span.end);
      if (!DELIVERABLE_VERBS.test(words) || findQuantities(words).length > 0) continue;
      // an open-ended verb before the deliverable (加快推进…建设, 将继续推进…建设) makes a task of it, and so does
      // completing what was set elsewhere (完成…下达的任务), where a time is named from there on; a part whose figure
      // was stripped from the copy is none
      const governed = explicit ? text.slice(explicit.start, span.end) : words;
      if (isOpenEnded(governed) || SET_ELSEWHERE.test(governed)) continue;
      if (STRIPPED_FIGURE.test(text.slice(span.start, endWithoutPunctuation(text, span.start, span.end)))) continue;
      // a part that names nothing delivered (确保年底前全面完成) says how the work is to be done
      if (!deliversSomething(words)) continue;
      // a list passes its opener's time to its entries; one the structure found (民生实事 under their heading), the
      // report year when its opener names none
      const yearEnd: TimeMention | undefined = ctx.sentence.list ? { deadline: ctx.defaultDeadline(role), start: span.start, end: span.start } : undefined;
      const time = explicit ?? carried?.time ?? (isList ? openerTime ?? yearEnd : undefined);
      if (!time || (!explicit && carried && INTRODUCES_LIST.test(text.slice(span.start, span.end + 1)))) continue;
      // a time given by the clause before is part of what states the item
      const start = !explicit && carried ? carried.start : span.start;
      const end = endWithoutPunctuation(text, start, span.end);
      const item = located(ctx, start, end, explicit || carried ? 'timed-deliverable' : 'list-entry', 'milestone', role);
      if (time.deadline) item.deadline = time.deadline;
      items.push(item);
    }
  }
  return items;
}

/** A table's header row flattened to text (序号|项目名称|主要内容|责任单位|完成时限): the names of its columns, nothing promised. */
function isHeaderRow(words: string): boolean {
  const cells = words.trim().split(CELL_MARK);
  return cells.length >= HEADER_CELLS_MIN && cells.every((cell) => HEADER_CELL.test(cell.trim()) && cell.trim().length <= HEADER_CELL_MAX);
}

const HEADER_CELL = /^[\u4e00-\u9fff（）()]+$/;
const HEADER_CELLS_MIN = 3;

/** The rest of a part from its first clause that opens with a completion, when the part opens open-ended. */
function deliverableAfterOpenEnded(ctx: SentenceContext, part: Span): Span | undefined {
  if (!isOpenEnded(ctx.text.slice(part.start, part.end))) return undefined;
  const clause = ctx.clauses.find((c) => c.start > part.start && c.start < part.end && COMPLETION_OPENING.test(ctx.text.slice(c.start, c.end)));
  return clause ? { start: clause.start, end: part.end } : undefined;
}

const DELIVERABLE_VERBS_ALL = new RegExp(DELIVERABLE_VERBS.source, 'g');
const BARE_VERB_MAX = 4;

/**
 * Whether the words name something delivered: two Han characters or more besides times, modals and the first
 * verb (建成招生 delivers 招生; a verb with its object, 打造…平台, names the deliverable itself).
 */
function deliversSomething(words: string): boolean {
  let verbs = 0;
  const rest = words.replace(NOT_A_DELIVERABLE, '').replace(DELIVERABLE_VERBS_ALL, (verb) => (verb.length <= BARE_VERB_MAX && verbs++ === 0 ? '' : verb));
  let han = 0;
  for (let i = 0; i < rest.length && han < 2; i++) if (rest.charCodeAt(i) >= 0x4e00 && rest.charCodeAt(i) <= 0x9fff) han++;
  return han >= 2;
}

/** Whether an open-ended verb comes before the first deliverable verb of the words. */
function isOpenEnded(words: string): boolean {
  const open = words.search(OPEN_ENDED_VERBS_FIRST);
  return open >= 0 && open <= words.search(DELIVERABLE_VERBS);
}

/**
 * The explicit times of a clause, each with the part of the clause it governs: a clause naming two times has run
 * into the next one (punctuation deleted: "“五一”前完成南宫改造国庆前完成广场改造"), so it is split where each
 * later time word starts.
 */
function atEachTime(text: string, year: number | undefined, clause: Span, spoken?: number): { span: Span; time?: TimeMention }[] {
  const times = timesIn(text, year, clause.start, clause.end, Infinity, spoken).filter((t) => !GENERAL_TIME.test(text.slice(t.start, t.end)));
  if (times.length < 2) return [{ span: clause, time: times[0] }];
  const starts = [clause.start, ...times.slice(1).map((t) => t.start)];
  return starts.map((start, i) => ({ span: { start, end: starts[i + 1] ?? clause.end }, time: times[i] }));
}

/** The time of a clause that says nothing else (到2027年 / 年底前), with where it starts. */
function timeOnly(text: string, year: number | undefined, clause: Span, spoken?: number): { start: number; time: TimeMention } | undefined {
  if (clause.end - clause.start > TIME_ONLY_MAX) return undefined;
  const end = endWithoutPunctuation(text, clause.start, clause.end);
  const time = timeIn(text, year, clause.start, end, spoken);
  if (!time || GENERAL_TIME.test(text.slice(time.start, time.end))) return undefined;
  const rest = (text.slice(clause.start, time.start) + text.slice(time.end, end)).trim();
  return TIME_ONLY_CLAUSE.test(rest) ? { start: clause.start, time } : undefined;
}

/** The entries of a list, split at ；. */
function entries(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !LIST_SEPARATOR.test(text[i])) continue;
    if (i > from) spans.push({ start: from, end: i });
    from = i + 1;
  }
  return spans;
}
