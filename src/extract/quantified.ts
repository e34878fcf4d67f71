import type { Span } from '../span.js';
import type { Commitment } from './commitment.js';
import { endWithoutPunctuation, located, type SentenceContext } from './context.js';
import { orientationOf, type Clause, type Level, type SectionRole } from '../structure/index.js';
import { timeIn, type TimeMention } from './deadline.js';
import { CELL_MARK } from '../structure/tables/unit-labels.js';
import { indicatorId, subjectBefore, subjectsIn } from './indicator.js';
import { findQuantities, type Quantity } from './quantity/index.js';
import { SUBGROUP_BEFORE, SUBJECT_BREAKERS, type IndicatorFamily } from './tables/indicators.js';
import { CLASS_ALL_AFTER, CLASS_BEFORE, LOCATED_IN } from './tables/not-quantities.js';
import { AVERAGE_OVER_YEARS, MULTI_YEAR, LAST_YEAR_MENTION, LEVEL_REACHED, YEAR_SPAN, YEARS_COMPARED, YEARS_SPANNED } from './tables/periods.js';
import { evaluateChinese, toNumber } from './quantity/numeral.js';
import {
  CHANGE_ONLY_LEAD,
  FROM_TO_CHANGE,
  FROM_TO_START,
  GROWTH_VERB,
  INCREMENT_VERB,
  RESPECTIVELY,
  LIST_JOINER,
  SUBJECT_CONTINUING_OPENING,
} from './tables/verbs.js';

type Subject = NonNullable<ReturnType<typeof subjectBefore>>;

/** The noun a class figure qualifies is short and the count follows it at once (亿元以上项目46个). */
const ATTRIBUTIVE_NOUN_MAX = 6;

/** A figure inside a phrase ending in 的目标, in a review, is last year's target recalled, not a result. */
const RECALLED_TARGET = /^[^，。；,;]{0,30}?(?:的)?(?:预期)?目标/;

/** How far past its figure an item's text runs when no other figure follows in its clause. */
const TAIL_CHARS = 16;

/**
 * How far around a figure its words are read (subject, opening, time word, period words). Bounding every look
 * keeps a sentence of n figures O(n) — a run-on line of thousands of figures stays linear.
 */
const REACH = 48;

/** The clause of each figure, by one walk over both (figures and clauses are in text order). */
function clausesOf(quantities: readonly Quantity[], clauses: readonly Clause[]): Clause[] {
  let c = 0;
  return quantities.map((q) => {
    while (c < clauses.length - 1 && clauses[c].end <= q.number.start) c++;
    return clauses[c];
  });
}

/** The figures of a sentence with, for each, its clause and its place among the clause's figures. */
interface Figures {
  list: Quantity[];
  clause: Clause[];
  /** Index of the first figure of the same clause. */
  firstInClause: number[];
  /** Number of figures in the clause. */
  inClause: number[];
}

function figuresOf(quantities: Quantity[], clauses: readonly Clause[]): Figures {
  const clause = clausesOf(quantities, clauses);
  const firstInClause: number[] = [];
  for (let i = 0; i < quantities.length; i++) firstInClause.push(i > 0 && clause[i] === clause[i - 1] ? firstInClause[i - 1] : i);
  const inClause = new Array<number>(quantities.length);
  for (let i = quantities.length - 1; i >= 0; i--) {
    inClause[i] = i + 1 < quantities.length && clause[i + 1] === clause[i] ? inClause[i + 1] : i - firstInClause[i] + 1;
  }
  return { list: quantities, clause, firstInClause, inClause };
}

const near = (from: number, at: number) => Math.max(from, at - REACH);

/**
 * Whether a clause's words before its figure only continue the subject of the clause before (…，增长6.2%; …，达到
 * 3.2万亿元): a verb of change or level right before the figure, not one with an object of its own (减少农村贫困人口).
 */
function continuesSubject(lead: string): boolean {
  const opening = SUBJECT_CONTINUING_OPENING.exec(lead);
  return opening !== null && !OWN_OBJECT.test(lead.slice(opening[0].length));
}

/** Words after the verb that name what changed: three Han characters or more. */
const OWN_OBJECT = /[\u4e00-\u9fff]{3}/;

/**
 * The time a table row flattened to text gives in its last cell (…|新增停车位2000个|区交通委|2025年10月, or cells split
 * by tabs): every figure of the row is due then, those before it in the row too.
 */
function rowTime(ctx: SentenceContext): TimeMention | undefined {
  const words = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  const cells = words.split(CELL_MARK);
  if (cells.length < ROW_CELLS_MIN) return undefined;
  const last = ctx.sentence.start + words.length - cells.at(-1)!.length;
  return timeIn(ctx.text, ctx.year, last, ctx.sentence.end, ctx.spoken);
}

const ROW_CELLS_MIN = 3;

/** Shifts a quantity found in a slice to text offsets. */
const shifted = (q: Quantity, by: number): Quantity => ({
  ...q,
  start: q.start + by,
  end: q.end + by,
  number: { start: q.number.start + by, end: q.number.end + by },
});

/**
 * The headline indicator of figure i: the indicator named nearest before it in its clause — or, for a clause
 * that continues the one before (…实现4153.25亿元，增长2.6%), in the clause before it; after 分别, the
 * subjects named before go to the figures in order.
 */
function indicatorOf(
  ctx: SentenceContext,
  figures: Figures,
  i: number,
): { id: string; family: IndicatorFamily; start: number; alsoOf?: string[] } | undefined {
  const { text } = ctx;
  const q = figures.list[i];
  const clause = figures.clause[i];
  const level = ctx.doc.meta.level;
  let subject = subjectBefore(text, near(clause.start, q.number.start), q.number.start, level);
  let nth = 0;
  if (subject) for (let j = i - 1; j >= 0 && figures.list[j].start >= subject.end; j--) nth++;
  // 城镇居民人均可支配收入和农民人均纯收入分别增长8%和8%以上: subjects joined before 分别, one per figure in order;
  // …均增长10%, or 分别 before a single figure: the figure is each one's
  let alsoOf: { s: Subject; k: number }[] = [];
  // …分别增长10% with no other figure after it in its clause: the one figure is each one's, as after 均
  const alone = nth === 0 && figures.clause[i + 1] !== clause;
  const between = subject ? text.slice(subject.end, q.number.start) : '';
  const both = subject ? BOTH.test(between) || (alone && between.includes(RESPECTIVELY)) : false;
  if (subject && (both || between.includes(RESPECTIVELY))) {
    const joined = joinedSubjects(text, clause.start, subject, level);
    const parts = joined.flatMap((s) => Array.from({ length: s.family.respectively?.length ?? 1 }, (_, k) => ({ s, k })));
    if (parts.length >= 2) {
      const picked = both ? parts[0]! : parts[Math.min(nth, parts.length - 1)]!;
      if (both) alsoOf = parts.slice(1);
      [subject, nth] = [picked.s, picked.k];
    }
  }
  const opensClause = q.number.start - clause.start <= REACH;
  const lead = opensClause ? text.slice(clause.start, q.number.start) : '';
  if (!subject && SUBJECT_CONTINUING_OPENING.test(lead)) {
    const before = i - figures.firstInClause[i];
    // 城镇居民收入9422元，农村居民纯收入2936元，分别实际增长7.7%和6.8%: one subject per figure, in order
    const joint = lead.includes(RESPECTIVELY) || /[和、与及]/.test(text.slice(q.end, Math.min(clause.end, q.end + 4))) || before > 0;
    // one figure continues the subject of the figures just before it (第一产业增加值451.30亿元，增长3.6%: not the total
    // named before them); subjects joined are looked for as far back as reach allows
    const reach = near(ctx.sentence.start, clause.start - REACH);
    const earlier = subjectsIn(text, joint ? reach : continuedFrom(text, figures, figures.firstInClause[i] - 1, reach), clause.start, level);
    // a joint subject (城乡居民人均可支配收入) stands for each of its parts, in order
    const parts = earlier.flatMap((s) => Array.from({ length: s.family.respectively?.length ?? 1 }, (_, k) => ({ s, k })));
    if (joint && parts.length >= 2) {
      const picked = parts[Math.max(0, parts.length - figures.inClause[i]) + before] ?? parts.at(-1)!;
      [subject, nth] = [picked.s, picked.k];
    } else subject = earlier.at(-1);
  }
  if (!subject) return undefined;
  const named = text.slice(near(clause.start, subject.start), subject.start);
  if (SUBJECT_BREAKERS.test(text.slice(subject.end, q.number.start)) || SUBGROUP_BEFORE.test(named) || subject.family.partBefore?.test(named)) return undefined;
  // 超过60万亿元的高基数: the figure describes another noun
  if (text[q.end] === '的' && SUBJECT_BREAKERS.test(text.slice(q.end, q.end + 6))) return undefined;
  if (q.unit !== '%' && INCREMENT_VERB.test(text.slice(Math.max(clause.start, q.start - 2), q.number.start))) return undefined;
  const id = indicatorId(subject.family, q.unit, nth);
  if (!id) return undefined;
  const isGrowth = id === subject.family.growth;
  if (isGrowth && !GROWTH_VERB.test(text.slice(subject.start, q.number.start))) return undefined;
  const others = alsoOf.map(({ s, k }) => indicatorId(s.family, q.unit, k)).filter((other): other is string => other !== undefined);
  return { id, family: subject.family, start: subject.start, ...(others.length ? { alsoOf: others } : {}) };
}

/**
 * Where the statement that figure j belongs to begins, no further back than `reach`: its clause, or, where that clause
 * only continues the one before it (比上年增加200亿元, 又增产291亿斤), the clause of the figure before that.
 */
function continuedFrom(text: string, figures: Figures, j: number, reach: number): number {
  const continues = (lead: string) => SUBJECT_CONTINUING_OPENING.test(lead) || CHANGE_ONLY_LEAD.test(lead);
  // within reach only: a run of thousands of continuing clauses stays linear
  while (j >= 0 && figures.clause[j].start >= reach && continues(text.slice(figures.clause[j].start, figures.list[j].number.start).replace(/^[，,；;\s]+/, ''))) {
    j = figures.firstInClause[j] - 1;
  }
  return j >= 0 ? Math.max(reach, figures.clause[j].start) : reach;
}

/** The subjects joined by 和、与及 that end with `last`, in order (城镇居民人均可支配收入和农民人均纯收入). */
function joinedSubjects(text: string, from: number, last: Subject, level: Level | undefined): Subject[] {
  const joined = [last];
  for (;;) {
    const joiner = text[joined[0].start - 1];
    if (!joiner || !SUBJECT_JOINERS.includes(joiner)) return joined;
    const before = subjectBefore(text, Math.max(from, joined[0].start - 1 - REACH), joined[0].start - 1, level);
    if (!before || before.end !== joined[0].start - 1) return joined;
    joined.unshift(before);
  }
}

/** What joins two subjects that 分别 then gives one figure each, or 均 one figure for all. */
const SUBJECT_JOINERS = '和、与及';
const BOTH = /(?<![年平人])均/;

/**
 * The period a result covers: last year in a review of last year, the plan period in a review of it — except
 * a figure said to be multi-year (年均, 累计) or one said to be last year's (去年, a level reached at the end
 * of the period: 国内生产总值达到39.8万亿元).
 */
/** 三 or 3 as a number of years. */
function yearCount(figure: string | undefined): number | undefined {
  if (figure === undefined) return undefined;
  if (/^\d+$/.test(figure)) return Number(figure);
  const value = evaluateChinese(figure, 0, figure.length);
  return value && toNumber(value, 0);
}

/**
 * The years a multi-year result covers when its words say (2016-2020年; 连续三年: the last three), else the plan
 * period. In the review of the plan period a count of years is read as that period, as the gold labels it.
 */
function yearsOf(year: number, role: SectionRole, words: string, plan: string): string {
  const span = YEAR_SPAN.exec(words);
  if (span) return `${span[1]}-${span[2]}`;
  if (role === 'review_plan_period') return plan;
  const stated = YEARS_SPANNED.exec(words);
  const years = yearCount(stated?.[1] ?? stated?.[2]);
  return years !== undefined && years >= 2 && years <= 10 ? `${year - years}-${year - 1}` : plan;
}

/**
 * The period of a result; where the report year is unknown, only what the words name themselves (2016-2020年, a
 * sentence opening 2018年，…), else none.
 */
function periodOf(ctx: SentenceContext, role: SectionRole, clauseWords: string, words: string, annualLevel: boolean): string | undefined {
  const opening = ctx.text.slice(ctx.sentence.start, Math.min(ctx.clauses[0]?.end ?? ctx.sentence.end, ctx.sentence.start + REACH));
  // 2005年与2000年相比，…增长57.3%: the years since the base
  const compared = YEARS_COMPARED.exec(opening);
  if (compared) return `${Number(compared[2]) + 1}-${compared[1]}`;
  if (ctx.year === undefined) {
    const span = YEAR_SPAN.exec(clauseWords);
    return span ? `${span[1]}-${span[2]}` : /^(\d{4})年/.exec(opening)?.[1];
  }
  const lastYear = String(ctx.year - 1);
  const plan = `${ctx.year - 5}-${ctx.year - 1}`;
  if (MULTI_YEAR.test(clauseWords)) return yearsOf(ctx.year, role, clauseWords, plan);
  if (role === 'review_last_year') return lastYear;
  const saysLastYear = (s: string) => LAST_YEAR_MENTION.test(s) || s.includes(`${lastYear}年`);
  if (saysLastYear(words) || saysLastYear(opening)) return lastYear;
  return annualLevel && LEVEL_REACHED.test(words) ? lastYear : plan;
}

/** Units of what is summed over a year (revenue, output, investment): a level of one is a year's. */
const YEARLY_SUMS: readonly string[] = ['元', '美元'];

/** Targets (plan sections) and achievements (reviews): one item per figure, with value, unit, op and time. */
export function quantifiedItems(ctx: SentenceContext): Commitment[] {
  const { text, sentence, clauses } = ctx;
  if (clauses.every((c) => orientationOf(c.role) === 'neither')) return [];
  const found = findQuantities(text.slice(sentence.start, sentence.end)).map((q) => shifted(q, sentence.start));
  const all = figuresOf(found, clauses);
  const figures = figuresOf(
    found.filter((q, i) => !isAttributive(text, q, found[i + 1], all.clause[i]) && !LOCATED_IN.test(text.slice(all.clause[i].start, q.start))),
    clauses,
  );
  const items: Commitment[] = [];
  let previousStart: number | undefined;
  for (let i = 0; i < figures.list.length; i++) {
    const q = figures.list[i];
    const clause = figures.clause[i];
    const previous = figures.list[i - 1];
    let next = figures.list[i + 1];
    // 从2017年的321家增加到8726家: the first figure is the baseline of the second
    let baseline: { value: number; period?: string } | undefined;
    if (next && isFromTo(text, q, next)) {
      const lead = text.slice(near(clause.start, q.start), q.start);
      // 从2017年的321家 names the base year; 从去年的2.1% means last year
      const since = /(\d{4})年/.exec(lead)?.[1] ?? (/去年|上年/.test(lead) && ctx.year !== undefined ? String(ctx.year - 1) : undefined);
      baseline = { value: q.low, ...(since ? { period: since } : {}) };
      i++;
      next = figures.list[i + 1];
    }
    const stated = baseline ? figures.list[i] : q;
    const orientation = orientationOf(clause.role);
    if (orientation === 'neither') continue;
    const plans = orientation === 'plan';
    if (!plans && RECALLED_TARGET.test(text.slice(stated.end, Math.min(clause.end, stated.end + REACH)))) continue;
    // 分别增长5.2%和6.8%: a later figure of a list after 分别 is stated by the whole run from the first item's start
    const listedFrom =
      previous && LIST_JOINER.test(text.slice(previous.end, q.start)) && text.slice(clause.start, previous.start).includes(RESPECTIVELY) ? previousStart : undefined;
    const subject = indicatorOf(ctx, figures, i);
    // …完成285.6亿元，增长6.2%: a figure continuing a subject named in a clause before is stated from that subject,
    // or, when no headline indicator is named, from the figure before it (到位资金156亿元，同比增长12.3%)
    const opensContinuing =
      figures.firstInClause[i] === i &&
      previous !== undefined &&
      clauses.indexOf(figures.clause[i - 1]!) === clauses.indexOf(clause) - 1 &&
      continuesSubject(text.slice(clause.start, q.number.start));
    const continued = subject && subject.start < clause.start ? subject.start : opensContinuing && !subject ? previousStart : undefined;
    const start = listedFrom ?? continued ?? Math.max(clause.start, previous && previous.end <= q.start ? previous.end : clause.start);
    previousStart = start;
    const end = next && next.start < clause.end ? stated.end : Math.min(clause.end, stated.end + TAIL_CHARS);
    const textEnd = endWithoutPunctuation(text, start, end);
    const indicator = subject?.id;
    const item = located(ctx, start, textEnd, baseline ? 'from-to' : 'figure', plans ? 'target' : 'achievement', clause.role);
    if (indicator) item.indicator = indicator;
    item.low = stated.low;
    if (stated.high !== undefined) item.high = stated.high;
    item.unit = stated.unit;
    item.precision = stated.precision;
    // in a review, 控制在3.3% reports the result itself (gold-format.md)
    item.op = !plans && stated.modifiers.every((m) => m === '控制在') && stated.op === 'at_most' ? 'exact' : stated.op;
    if (baseline) {
      item.baseline = baseline.value;
      if (baseline.period) item.baseline_period = baseline.period;
    }
    if (plans) {
      // …else the time of the sentence before it, within its own ；-part: a list's entries each keep their own time
      // (国庆前建成全民健身馆；为老年人免费体检3万人次 — the second is not due by 国庆)
      const from = near(sentence.start, clause.start);
      const part = from + text.slice(from, clause.start).lastIndexOf('；') + 1; // searched within reach: a text without ； is not read back whole
      const time =
        timeIn(text, ctx.year, near(clause.start, q.start), end, ctx.spoken) ?? timeIn(text, ctx.year, part, clause.start, ctx.spoken) ?? rowTime(ctx);
      // an average over years (年均增长6.5%左右) is the plan period's, whatever part of the report states it
      const role = !time && AVERAGE_OVER_YEARS.test(text.slice(near(clause.start, start), stated.start)) ? 'plan_targets' : clause.role;
      const deadline = time ? time.deadline : ctx.defaultDeadline(role);
      if (deadline) item.deadline = deadline;
    } else {
      const annualLevel = Boolean(subject && !subject.family.cumulative && stated.unit !== '%');
      // multi-year words after the figure speak of something else (迈上14万亿元新台阶、连续36年居全国首位)
      const over = periodOf(ctx, clause.role, text.slice(near(clause.start, start), stated.end), text.slice(start, textEnd), annualLevel);
      // a year's sum of money reached from a base (收入从7.6亿元增加到21.3亿元 over a plan period) is the sum of the
      // period's last year; a count reached (企业从321家增加到8726家) stands for the period
      const period = baseline && YEARLY_SUMS.includes(stated.unit ?? '') ? over?.replace(/^\d{4}-/, '') : over;
      if (period) item.period = period;
    }
    items.push(item);
    // the same figure for each of the subjects it is said of (均增长10%)
    for (const other of subject?.alsoOf ?? []) items.push({ ...item, indicator: other });
  }
  return items;
}

function isFromTo(text: string, a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  const between = text.slice(a.end, b.start);
  return FROM_TO_START.test(before) && between.length <= 12 && FROM_TO_CHANGE.test(between);
}

/**
 * A figure used as a class, not a count: "亿元以上项目46个", "规模以上", "二类以上公厕150个" — a 以上/以下 figure
 * followed by a noun and then by another figure in the same clause, or after a batch (一批10亿元以上项目), or one
 * whose every member something is said of (30户以上自然村寨全部通硬化路).
 */
function isAttributive(text: string, q: Quantity, next: Quantity | undefined, clause: Span): boolean {
  const modifier = q.modifiers.at(-1);
  if ((modifier !== '以上' && modifier !== '以下') || !/[\u4e00-\u9fff]/.test(text[q.end] ?? '')) return false;
  if (CLASS_BEFORE.test(text.slice(Math.max(clause.start, q.start - 4), q.start))) return true;
  if (q.unit !== '%' && CLASS_ALL_AFTER.test(text.slice(q.end, clause.end))) return true;
  return next !== undefined && next.start < clause.end && next.start - q.end <= ATTRIBUTIVE_NOUN_MAX;
}
