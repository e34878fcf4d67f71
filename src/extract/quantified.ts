import type { Span } from '../span.js';
import type { Commitment } from './commitment.js';
import { endWithoutPunctuation, located, FORWARD_ROLES, REVIEW_ROLES, type SentenceContext } from './context.js';
import { timeIn } from './deadline.js';
import { indicatorId, subjectBefore } from './indicator.js';
import { findQuantities, type Quantity } from './quantity/index.js';
import { FROM_TO_CHANGE, FROM_TO_START, GROWTH_VERB, SUBJECT_CONTINUING_OPENING } from './tables/verbs.js';

/** How far past its figure an item's text runs when no other figure follows in its clause. */
const TAIL_CHARS = 16;

const clauseAt = (clauses: readonly Span[], at: number) => clauses.find((c) => c.start <= at && at < c.end) ?? clauses.at(-1)!;

/** Shifts a quantity found in a slice to text offsets. */
const shifted = (q: Quantity, by: number): Quantity => ({
  ...q,
  start: q.start + by,
  end: q.end + by,
  number: { start: q.number.start + by, end: q.number.end + by },
});

/** The headline indicator of a figure: the indicator named before it in its clause (or the clause before, for 增长2.6%). */
function indicatorOf(ctx: SentenceContext, q: Quantity, clause: Span, nth: number): string | undefined {
  const { text } = ctx;
  let subject = subjectBefore(text, clause.start, q.number.start);
  if (!subject && SUBJECT_CONTINUING_OPENING.test(text.slice(clause.start, q.number.start))) {
    subject = subjectBefore(text, ctx.sentence.start, clause.start);
  }
  if (!subject) return undefined;
  const id = indicatorId(subject.family, q.unit, nth);
  if (!id) return undefined;
  const between = text.slice(subject.start, q.number.start);
  const isGrowth = id === subject.family.growth || id.endsWith('_growth');
  if (isGrowth && !GROWTH_VERB.test(between) && !/增长|增速/.test(text.slice(subject.start, subject.end))) return undefined;
  return id;
}

/** Targets (plan sections) and achievements (reviews): one item per figure, with value, unit, op and time. */
export function quantifiedItems(ctx: SentenceContext): Commitment[] {
  const forward = FORWARD_ROLES.has(ctx.role);
  if (!forward && !REVIEW_ROLES.has(ctx.role)) return [];
  const { text, sentence, clauses } = ctx;
  const quantities = findQuantities(text.slice(sentence.start, sentence.end)).map((q) => shifted(q, sentence.start));
  const items: Commitment[] = [];
  const sameSubjectCount = new Map<string, number>();
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    const clause = clauseAt(clauses, q.number.start);
    const previous = quantities[i - 1];
    const next = quantities[i + 1];
    // 从2017年的321家增加到8726家: the first figure is the baseline of the second
    if (next && !forward && isFromTo(text, q, next)) {
      const period = /(\d{4})年/.exec(text.slice(clause.start, q.start));
      items.push({
        ...located(ctx, Math.max(clause.start, previous?.end ?? clause.start), next.end, 'from-to'),
        kind: 'achievement',
        low: next.low,
        ...(next.high !== undefined ? { high: next.high } : {}),
        unit: next.unit,
        op: next.op,
        period: ctx.period,
        baseline: q.low,
        ...(period ? { baseline_period: period[1] } : {}),
      });
      i++;
      continue;
    }
    const start = Math.max(clause.start, previous && previous.end <= q.start ? previous.end : clause.start);
    const end = next && next.start < clause.end ? q.end : Math.min(clause.end, q.end + TAIL_CHARS);
    const subjectKey = String(subjectBefore(text, clause.start, q.number.start)?.start ?? -1);
    const nth = sameSubjectCount.get(subjectKey) ?? 0;
    sameSubjectCount.set(subjectKey, nth + 1);
    const indicator = indicatorOf(ctx, q, clause, nth);
    const item: Commitment = {
      ...located(ctx, start, endWithoutPunctuation(text, start, end), 'figure'),
      kind: forward ? 'target' : 'achievement',
      ...(indicator ? { indicator } : {}),
      low: q.low,
      ...(q.high !== undefined ? { high: q.high } : {}),
      unit: q.unit,
      op: q.op,
    };
    if (forward) item.deadline = (timeIn(text, ctx.year, clause.start, end) ?? timeIn(text, ctx.year, sentence.start, clause.start))?.deadline ?? ctx.defaultDeadline;
    else item.period = ctx.period;
    items.push(item);
  }
  return items;
}

function isFromTo(text: string, a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit) return false;
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  const between = text.slice(a.end, b.start);
  return FROM_TO_START.test(before) && between.length <= 12 && FROM_TO_CHANGE.test(between);
}
