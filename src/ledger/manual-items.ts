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
import { transaction, type Actor, type Store, type Tx } from './store.js';

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
  return transaction(
    store,
    actor,
    async (tx) => {
      const report = await tx.db.selectFrom('reports').select(['id', 'originalText']).where('id', '=', input.reportId).executeTakeFirst();
      if (!report) throw new LedgerError('NOT_FOUND', `report ${input.reportId}`);
      return insertAddedItem(tx, { reportId: report.id, original: report.originalText }, input, subject);
    },
    subject,
  );
}

/** The document an added item's span indexes: the report as given, or the 分工方案 an item of the split came from. */
export interface ItemSource {
  reportId: number;
  original: string;
  splitId?: number;
}

/** An added item's fields without its report (the source says which). */
export type AddedPart = Omit<AddedItem, 'reportId'>;

/**
 * Stores the words `part.span` selects in `source` as a confirmed item tagged `manual`, audited; inside `tx`. An item
 * made to replace others (`replacing`, ledger/replacements.ts) has that in its key: merging two parts again gives the
 * words and fields of the item once split, which stays, set aside, under its own key.
 */
export async function insertAddedItem(tx: Tx, source: ItemSource, part: AddedPart, subject: string, replacing?: number): Promise<Commitment> {
  if (!KINDS.includes(part.kind)) throw new LedgerError('INVALID_VALUE', subject, `kind ${part.kind}`);
  if (part.op !== undefined && !OPS.includes(part.op)) throw new LedgerError('INVALID_VALUE', subject, `op ${part.op}`);
  const { start, end } = part.span;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= source.original.length)) {
    throw new LedgerError('INVALID_VALUE', subject, `span ${start}–${end} is not within the document's ${source.original.length} characters`);
  }
  if (end - start > MAX_ITEM_CHARS) throw new LedgerError('INVALID_VALUE', subject, `span of ${end - start} characters: an item is at most ${MAX_ITEM_CHARS}`);
  const text = source.original.slice(start, end);
  if (!text.trim()) throw new LedgerError('INVALID_VALUE', subject, 'the words selected are blank');
  const content: CommitmentContent = {
    kind: part.kind,
    text,
    span: { start, end },
    role: ROLE_OF_KIND[part.kind],
    namedLeadUnits: [],
    namedUnits: [],
    rule: MANUAL_RULE,
    ...(part.indicator !== undefined ? { indicator: part.indicator } : {}),
    ...(part.low !== undefined ? { low: part.low } : {}),
    ...(part.high !== undefined ? { high: part.high } : {}),
    ...(part.unit !== undefined ? { unit: part.unit } : {}),
    ...(part.op !== undefined ? { op: part.op } : {}),
    ...(part.deadline !== undefined ? { deadline: part.deadline } : {}),
  };
  const key = `${MANUAL_RULE}-${meaningHash(content)}-${start}${replacing === undefined ? '' : `-of${replacing}`}`;
  const taken = await tx.db.selectFrom('commitments').select('id').where('reportId', '=', source.reportId).where('key', '=', key).executeTakeFirst();
  if (taken) throw new LedgerError('DUPLICATE', subject, `item ${taken.id} is already these words`);
  const { id } = await tx.db
    .insertInto('commitments')
    .values({
      ...contentColumns(content),
      deadlineInForce: content.deadline ?? null,
      reportId: source.reportId,
      splitId: source.splitId ?? null,
      key,
      reviewState: 'confirmed',
      stale: 0,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = (await getCommitment(tx, id))!;
  await tx.audit({ action: 'create', entity: 'commitment', entityId: id, after: item });
  return item;
}

/** Where an added item stands in a new copy of its report: its place if its words are still there, else their first place, else nowhere. */
export function placeInCopy(item: Pick<Commitment, 'text' | 'span'>, original: string): { start: number; end: number } | undefined {
  if (original.slice(item.span.start, item.span.end) === item.text) return item.span;
  const at = original.indexOf(item.text);
  return at < 0 ? undefined : { start: at, end: at + item.text.length };
}
