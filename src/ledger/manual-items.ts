/**
 * Items the office adds where the extractor missed one: the office selects the words in the report as given, and
 * the item is that span of the original, its text the words selected, tagged with the rule `manual` (as every
 * extracted item is tagged with the extractor that found it), confirmed, and audited. A later copy of the report
 * keeps it: at the same place when the words are still there, else where the copy has the same words, else it is
 * flagged stale like any item a copy no longer contains.
 */
import type { Kind } from '../extract/index.js';
import type { SectionRole } from '../structure/index.js';
import { contentColumns, getCommitment, type CommitmentContent } from './commitments.js';
import { KINDS, OPS } from './enums.js';
import { LedgerError } from './errors.js';
import type { Commitment } from './model.js';
import { meaningHash } from './stable-key.js';
import { transaction, type Actor, type Store } from './store.js';

/** The rule an added item carries in place of an extractor's name. */
export const MANUAL_RULE = 'manual';

/** The longest stretch of a report one item may be (a sentence or a short paragraph). */
const MAX_ITEM_CHARS = 2000;

/** Where an item of its kind stands in a report when the office adds it: a review's result, else this year's work. */
const ROLE_OF_KIND: Readonly<Record<Kind, SectionRole>> = { achievement: 'review_last_year', target: 'annual_tasks', milestone: 'annual_tasks', task: 'annual_tasks' };

/** The item's fields the office gives with the words it selected (the rest follow from them). */
export type AddedItem = Pick<Commitment, 'kind'> &
  Partial<Pick<Commitment, 'indicator' | 'low' | 'high' | 'unit' | 'op' | 'deadline'>> & {
    reportId: number;
    /** UTF-16 offsets into the report as given. */
    span: { start: number; end: number };
  };

export async function addCommitment(store: Store, actor: Actor, input: AddedItem): Promise<Commitment> {
  const subject = `report ${input.reportId} item`;
  if (!KINDS.includes(input.kind)) throw new LedgerError('INVALID_VALUE', subject, `kind ${input.kind}`);
  if (input.op !== undefined && !OPS.includes(input.op)) throw new LedgerError('INVALID_VALUE', subject, `op ${input.op}`);
  return transaction(
    store,
    actor,
    async (tx) => {
      const report = await tx.db.selectFrom('reports').select(['id', 'originalText']).where('id', '=', input.reportId).executeTakeFirst();
      if (!report) throw new LedgerError('NOT_FOUND', `report ${input.reportId}`);
      const { start, end } = input.span;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= report.originalText.length)) {
        throw new LedgerError('INVALID_VALUE', subject, `span ${start}–${end} is not within the report's ${report.originalText.length} characters`);
      }
      if (end - start > MAX_ITEM_CHARS) throw new LedgerError('INVALID_VALUE', subject, `span of ${end - start} characters: an item is at most ${MAX_ITEM_CHARS}`);
      const text = report.originalText.slice(start, end);
      if (!text.trim()) throw new LedgerError('INVALID_VALUE', subject, 'the words selected are blank');
      const content: CommitmentContent = {
        kind: input.kind,
        text,
        span: { start, end },
        role: ROLE_OF_KIND[input.kind],
        namedLeadUnits: [],
        namedUnits: [],
        rule: MANUAL_RULE,
        ...(input.indicator !== undefined ? { indicator: input.indicator } : {}),
        ...(input.low !== undefined ? { low: input.low } : {}),
        ...(input.high !== undefined ? { high: input.high } : {}),
        ...(input.unit !== undefined ? { unit: input.unit } : {}),
        ...(input.op !== undefined ? { op: input.op } : {}),
        ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
      };
      const key = `${MANUAL_RULE}-${meaningHash(content)}-${start}`;
      const taken = await tx.db.selectFrom('commitments').select('id').where('reportId', '=', input.reportId).where('key', '=', key).executeTakeFirst();
      if (taken) throw new LedgerError('DUPLICATE', subject, `item ${taken.id} is already these words`);
      const { id } = await tx.db
        .insertInto('commitments')
        .values({ ...contentColumns(content), deadlineInForce: content.deadline ?? null, reportId: input.reportId, key, reviewState: 'confirmed', stale: 0, version: 1, createdAt: tx.now, updatedAt: tx.now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const item = (await getCommitment(tx, id))!;
      await tx.audit({ action: 'create', entity: 'commitment', entityId: id, after: item });
      return item;
    },
    subject,
  );
}

/** Where an added item stands in a new copy of its report: its place if its words are still there, else their first place, else nowhere. */
export function placeInCopy(item: Pick<Commitment, 'text' | 'span'>, original: string): { start: number; end: number } | undefined {
  if (original.slice(item.span.start, item.span.end) === item.text) return item.span;
  const at = original.indexOf(item.text);
  return at < 0 ? undefined : { start: at, end: at + item.text.length };
}
