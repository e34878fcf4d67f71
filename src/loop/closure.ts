/**
 * 办结 as the loop reads it: the item's completion requests (ledger/requests.ts) as of a day, and the extensions
 * approved for it. "As of" like the reports (reporting.ts): a request made after the day is not yet made, a
 * decision taken after it not yet taken, so a past day (the 督查通报's previous period) is replayed as it stood.
 */
import type { ChangeRequest, RequestState } from '../ledger/model.js';
import { dayOfInstant } from '../calendar/index.js';

export interface Closure {
  state: RequestState;
  /** The day the unit says the work was finished. */
  completedOn: string;
  requestedOn: string;
  decidedOn?: string;
  note?: string;
}

const dayOf = (instant: string): string => dayOfInstant(instant) ?? instant.slice(0, 10);

/** Whether the item's 'done' is reviewed at all: it has a completion request (a ledger from before 0019 has none). */
export const hasCompletionRequest = (requests: readonly ChangeRequest[] | undefined): boolean => (requests ?? []).some((r) => r.kind === 'completion');

/** The latest completion request made by `today`, in the state it was in on that day. */
export function closureAsOf(requests: readonly ChangeRequest[] | undefined, today: string): Closure | undefined {
  let latest: ChangeRequest | undefined;
  for (const r of requests ?? []) if (r.kind === 'completion' && dayOf(r.createdAt) <= today && (!latest || r.id > latest.id)) latest = r;
  if (!latest || latest.proposal.kind !== 'completion') return undefined;
  const base = { completedOn: latest.proposal.completedOn, requestedOn: dayOf(latest.createdAt) };
  const decidedOn = latest.decidedAt === undefined ? undefined : dayOf(latest.decidedAt);
  if (decidedOn === undefined || decidedOn > today) return { ...base, state: 'pending' };
  return { ...base, state: latest.state, decidedOn, ...(latest.note ? { note: latest.note } : {}) };
}

/** The days extensions of the item's deadline were approved on, oldest first. */
export const extensionsApproved = (requests: readonly ChangeRequest[] | undefined): string[] =>
  (requests ?? []).filter((r) => r.kind === 'extension' && r.state === 'approved' && r.decidedAt).map((r) => dayOf(r.decidedAt!)).sort();
