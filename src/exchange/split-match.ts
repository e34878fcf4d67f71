/**
 * Which of a report's commitments each task of its 分工方案 is, by what the two texts say. A split restates the
 * report in its own cut: a task may be one of the report's items, a sentence that gave two items, or a paragraph
 * that gave several; so each commitment goes to the task that covers it best, and a task may take several.
 *
 * The similarity is the share of the shorter text's features found in the longer one (an overlap coefficient),
 * features weighted by how rare they are among the report's items and the split's tasks (inverse document
 * frequency): 推进 or 建设 in both says little, 污水处理厂 a lot. Features are the character bigrams of the text's
 * Chinese, its figures (120, 6.5), and the headline indicators it names (tables/indicators.ts); a figure or an
 * indicator weighs as much as its rarest word, thrice over, and two texts giving figures of which none agree keep
 * half their score, so 新建幼儿园3所 is not 新建幼儿园5所.
 * Pure.
 */
import { INDICATOR_FAMILIES } from '../extract/tables/indicators.js';

/** A commitment is taken for a task whose score reaches this (0–1). Below it the task is shown its candidates only. */
export const MATCH_THRESHOLD = 0.6;
/** How many candidates a task shows the office to pick another from. */
export const CANDIDATES = 5;
/** How much a figure or an indicator weighs against a bigram as rare as it can be. */
const FIGURE_WEIGHT = 3;
/** What is left of a score when both texts give figures and none agree. */
const FIGURE_CONFLICT = 0.5;

export interface TaskMatch {
  commitmentId: number;
  /** 0–1, the share of the shorter text's weight found in the other, rounded to two places. */
  score: number;
}

export interface MatchedTask {
  /** The commitments this task is taken to be, best first (each commitment goes to one task at most). */
  matches: TaskMatch[];
  /** The commitments most like this task, best first, taken or not: what the office may pick instead. */
  candidates: TaskMatch[];
}

type Features = Set<string>;

/** A figure, not a time: 120 and 6.5, not the 6 of 6月底前 nor the year of 2025年 (a deadline is the split's own field). */
const FIGURE = /(?<![\d.第])\d+(?:\.\d+)?(?![\d.]|[年月日号])/g;
const HAN_RUN = /\p{Script=Han}+/gu;

function featuresOf(text: string): Features {
  const t = text.normalize('NFKC');
  const features: Features = new Set();
  for (const m of t.matchAll(FIGURE)) features.add(`#${Number(m[0])}`);
  for (const family of INDICATOR_FAMILIES) if (family.names.some((n) => t.includes(n))) features.add(`@${family.names[0]}`);
  for (const [run] of t.matchAll(HAN_RUN)) {
    if (run.length === 1) features.add(run);
    for (let i = 0; i + 1 < run.length; i++) features.add(run.slice(i, i + 2));
  }
  return features;
}

const isMarked = (f: string): boolean => f.startsWith('#') || f.startsWith('@');

/** Feature weights: log inverse document frequency over all the texts; figures and indicators weigh more. */
function weightsOf(all: readonly Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const features of all) for (const f of features) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = (n: number) => Math.log(1 + all.length / n);
  const weights = new Map<string, number>();
  for (const [f, n] of df) weights.set(f, isMarked(f) ? FIGURE_WEIGHT * idf(1) : idf(n));
  return weights;
}

/** How alike two texts are: the share of the shorter's weight in both, and of the longer's (which breaks a tie). */
function similarity(a: Features, b: Features, weights: ReadonlyMap<string, number>): { score: number; tightness: number } {
  const total = (s: Features) => [...s].reduce((sum, f) => sum + weights.get(f)!, 0);
  let shared = 0;
  for (const f of a) if (b.has(f)) shared += weights.get(f)!;
  const [least, most] = [Math.min(total(a), total(b)), Math.max(total(a), total(b))];
  if (least === 0) return { score: 0, tightness: 0 };
  // both give figures and none agree: another quantity of the same thing (幼儿园3所, 幼儿园5所)
  const figures = (s: Features) => [...s].filter((f) => f.startsWith('#'));
  const conflict = figures(a).length > 0 && figures(b).length > 0 && !figures(a).some((f) => b.has(f));
  return { score: (shared / least) * (conflict ? FIGURE_CONFLICT : 1), tightness: shared / most };
}

const rounded = (score: number): number => Math.round(score * 100) / 100;
const byScore = (a: TaskMatch, b: TaskMatch): number => b.score - a.score || a.commitmentId - b.commitmentId;

/** Each task's matches and candidates among `commitments` (the report's items a split may assign). */
export function matchTasks(tasks: readonly { text: string }[], commitments: readonly { id: number; text: string }[]): MatchedTask[] {
  const taskFeatures = tasks.map((t) => featuresOf(t.text));
  const itemFeatures = commitments.map((c) => featuresOf(c.text));
  const weights = weightsOf([...taskFeatures, ...itemFeatures]);
  const pairs = taskFeatures.map((t) => itemFeatures.map((c) => similarity(t, c, weights)));
  const scores = pairs.map((row) => row.map((p) => rounded(p.score)));
  // the better of two tasks for an item: the higher score, then the tighter fit (实施重点项目130个 over a paragraph holding it)
  const better = (i: number, k: number, j: number) => scores[i]![j]! > scores[k]![j]! || (scores[i]![j]! === scores[k]![j]! && pairs[i]![j]!.tightness > pairs[k]![j]!.tightness);
  const matched: MatchedTask[] = tasks.map(() => ({ matches: [], candidates: [] }));
  commitments.forEach((c, j) => {
    let best = -1;
    for (let i = 0; i < tasks.length; i++) if (best < 0 || better(i, best, j)) best = i;
    if (best >= 0 && scores[best]![j]! >= MATCH_THRESHOLD) matched[best]!.matches.push({ commitmentId: c.id, score: scores[best]![j]! });
  });
  matched.forEach((m, i) => {
    m.matches.sort(byScore);
    m.candidates = commitments
      .map((c, j) => ({ commitmentId: c.id, score: scores[i]![j]! }))
      .filter((x) => x.score > 0)
      .sort(byScore)
      .slice(0, CANDIDATES);
  });
  return matched;
}
