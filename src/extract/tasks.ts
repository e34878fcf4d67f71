import type { Commitment } from './commitment.js';
import { endWithoutPunctuation, located, FORWARD_ROLES, type SentenceContext } from './context.js';
import { OPEN_ENDED_VERBS, DELIVERABLE_VERBS } from './tables/kind-cues.js';

/** Tasks: forward-looking sentences with an action verb that gave no target or milestone. */
export function tasks(ctx: SentenceContext, found: readonly Commitment[]): Commitment[] {
  if (!FORWARD_ROLES.has(ctx.role) || found.length > 0) return [];
  const { text, sentence } = ctx;
  const words = text.slice(sentence.start, sentence.end);
  if (!OPEN_ENDED_VERBS.test(words) && !DELIVERABLE_VERBS.test(words)) return [];
  const end = endWithoutPunctuation(text, sentence.start, sentence.end);
  return [{ ...located(ctx, sentence.start, end, 'action'), kind: 'task', deadline: ctx.defaultDeadline }];
}
