import type { Commitment } from './commitment.js';
import { endWithoutPunctuation, located, type SentenceContext } from './context.js';
import { orientationOf } from '../structure/index.js';
import { OPEN_ENDED_VERBS, DELIVERABLE_VERBS, NOT_A_TASK } from './tables/kind-cues.js';

/** Tasks: forward-looking sentences with an action verb that gave no target or milestone, and are no rhetoric (NOT_A_TASK). */
export function tasks(ctx: SentenceContext, found: readonly Commitment[]): Commitment[] {
  if (found.length > 0) return [];
  const planned = ctx.clauses.find((c) => orientationOf(c.role) === 'plan');
  if (!planned) return [];
  const { text, sentence } = ctx;
  const words = text.slice(sentence.start, sentence.end);
  if (!OPEN_ENDED_VERBS.test(words) && !DELIVERABLE_VERBS.test(words)) return [];
  if (NOT_A_TASK.some((cue) => cue.test(words.replace(/^[\s（(一二三四五六七八九十\d、.．)）]+/, '')))) return [];
  const end = endWithoutPunctuation(text, sentence.start, sentence.end);
  const deadline = ctx.defaultDeadline(planned.role);
  const item = located(ctx, sentence.start, end, 'action', 'task', planned.role);
  if (deadline) item.deadline = deadline;
  return [item];
}
