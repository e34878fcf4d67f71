/**
 * 拆分与合并: where the extractor cut a report wrongly, the office replaces items by new ones — one item that holds two
 * commitments is split into parts, two items that are one commitment are merged into one. The new items are spans of
 * the same document, added as the office adds a missed item (tagged `manual`, confirmed); the replaced items are set
 * aside (rejected), never deleted, so their history and progress stay readable and a later copy of the report, which
 * keeps every reviewed item as it is, keeps them set aside and the new items in place. The assignment passes to the
 * new items. Each (replaced, new) pair is recorded, so an item's page says what it became or came from. One
 * transaction, audited.
 */
import type { Span } from '../span.js';
import { assign, getAssignment } from './assignments.js';
import { getCommitment } from './commitments.js';
import { LedgerError, VersionConflict } from './errors.js';
import { forgetStatus } from './kept-status.js';
import { insertAddedItem, type AddedPart, type ItemSource } from './manual-items.js';
import { listRequests } from './requests.js';
import type { Assignment, Commitment, Replacement, ReplacementKind } from './model.js';
import { compact, opt } from './query.js';
import { transaction, type Actor, type Store, type Tx } from './store.js';

/** At most this many parts of one item, or items merged into one: a sentence holds a handful of commitments. */
export const MAX_PARTS = 20;

/** An item and the version the office saw of it. */
export interface SeenItem {
  id: number;
  version: number;
}

/** Splits item `item` into `parts`, each a span inside the item's own words; returns the parts in document order. */
export function splitCommitment(store: Store, actor: Actor, item: SeenItem, parts: readonly AddedPart[]): Promise<Commitment[]> {
  const subject = `commitment ${item.id}`;
  return transaction(
    store,
    actor,
    async (tx) => {
      if (parts.length < 2 || parts.length > MAX_PARTS) throw new LedgerError('INVALID_VALUE', subject, `a split makes 2 to ${MAX_PARTS} parts, not ${parts.length}`);
      const [before] = await current(tx, [item], subject);
      const outside = parts.find((p) => p.span.start < before!.span.start || p.span.end > before!.span.end);
      if (outside) throw new LedgerError('INVALID_VALUE', subject, `part ${outside.span.start}–${outside.span.end} is not within the item's words ${before!.span.start}–${before!.span.end}`);
      const source = await sourceOf(tx, before!);
      const made: Commitment[] = [];
      for (const part of [...parts].sort((a, b) => a.span.start - b.span.start)) made.push(await insertAddedItem(tx, source, part, subject, before!.id));
      await replace(tx, 'split', [before!], made);
      return made;
    },
    subject,
  );
}

/**
 * Merges `items` (two or more of one document) into one item over the words from the first to the last of them, with
 * the fields the office gives; returns the merged item.
 */
export function mergeCommitments(store: Store, actor: Actor, items: readonly SeenItem[], merged: Omit<AddedPart, 'span'>): Promise<Commitment> {
  const subject = `commitments ${items.map((i) => i.id).join(', ')}`;
  return transaction(
    store,
    actor,
    async (tx) => {
      if (items.length < 2 || items.length > MAX_PARTS) throw new LedgerError('INVALID_VALUE', subject, `a merge takes 2 to ${MAX_PARTS} items, not ${items.length}`);
      if (new Set(items.map((i) => i.id)).size !== items.length) throw new LedgerError('INVALID_VALUE', subject, 'an item is named twice');
      const befores = (await current(tx, items, subject)).sort((a, b) => a.span.start - b.span.start);
      const first = befores[0]!;
      if (befores.some((b) => b.reportId !== first.reportId || b.splitId !== first.splitId)) {
        throw new LedgerError('INVALID_VALUE', subject, 'only items of one document can be merged');
      }
      const span: Span = { start: first.span.start, end: Math.max(...befores.map((b) => b.span.end)) };
      const item = await insertAddedItem(tx, await sourceOf(tx, first), { ...merged, span }, subject, first.id);
      await replace(tx, 'merge', befores, [item]);
      return item;
    },
    subject,
  );
}

/** What an item became (it was split or merged) and what it came from (it is a part or a merger). */
export async function replacementsOf(store: Store, id: number): Promise<{ replacedBy: Replacement[]; replaces: Replacement[] }> {
  const rows = await store.db
    .selectFrom('itemReplacements')
    .select(['kind', 'replacedId', 'byId', 'userId', 'createdAt'])
    .where((eb) => eb.or([eb('replacedId', '=', id), eb('byId', '=', id)]))
    .orderBy('id')
    .execute();
  const all = rows.map((r) => compact({ kind: r.kind, replacedId: r.replacedId, byId: r.byId, userId: opt(r.userId), createdAt: r.createdAt }) as Replacement);
  return { replacedBy: all.filter((r) => r.replacedId === id), replaces: all.filter((r) => r.byId === id) };
}

/** The items as stored, each at the version the office saw and not already set aside. */
async function current(tx: Tx, items: readonly SeenItem[], subject: string): Promise<Commitment[]> {
  const found: Commitment[] = [];
  for (const seen of items) {
    const before = await getCommitment(tx, seen.id);
    if (!before) throw new LedgerError('NOT_FOUND', `commitment ${seen.id}`);
    if (before.version !== seen.version) throw new VersionConflict(`commitment ${seen.id}`, seen.version, before);
    if (before.reviewState === 'rejected') throw new LedgerError('INVALID_VALUE', subject, `item ${seen.id} is set aside (rejected): it cannot be split or merged`);
    // a unit's request on it (办结, a change, more time) is decided first: it asks about the item as it is
    const [waiting] = await listRequests(tx, { commitmentId: seen.id, state: 'pending' });
    if (waiting) throw new LedgerError('REQUEST_CONFLICT', subject, `request ${waiting.id} on item ${seen.id} waits for the office's decision`);
    found.push(before);
  }
  return found;
}

/** The document the item's span indexes: the 分工方案 it came from, else its report as given. */
async function sourceOf(tx: Tx, item: Commitment): Promise<ItemSource> {
  if (item.splitId !== undefined) {
    const split = await tx.db.selectFrom('splits').select('originalText').where('id', '=', item.splitId).executeTakeFirstOrThrow();
    return { reportId: item.reportId, original: split.originalText, splitId: item.splitId };
  }
  const report = await tx.db.selectFrom('reports').select('originalText').where('id', '=', item.reportId).executeTakeFirstOrThrow();
  return { reportId: item.reportId, original: report.originalText };
}

/** Sets the replaced items aside, records each (replaced, new) pair, and passes the first assignment on to the new items. */
async function replace(tx: Tx, kind: ReplacementKind, replaced: readonly Commitment[], made: readonly Commitment[]): Promise<void> {
  let handed: Assignment | undefined;
  for (const before of replaced) {
    handed ??= await getAssignment(tx, before.id);
    await tx.db.updateTable('commitments').set({ reviewState: 'rejected', version: before.version + 1, updatedAt: tx.now, ...forgetStatus() }).where('id', '=', before.id).execute();
    const after = { ...before, reviewState: 'rejected' as const, version: before.version + 1 };
    await tx.audit({ action: kind, entity: 'commitment', entityId: before.id, before, after: { ...after, replacedBy: made.map((m) => m.id) } });
    await tx.db
      .insertInto('itemReplacements')
      .values(made.map((m) => ({ kind, replacedId: before.id, byId: m.id, userId: tx.actor, createdAt: tx.now })))
      .execute();
  }
  if (!handed) return;
  for (const item of made) {
    await assign(tx, tx.actor, {
      commitmentId: item.id,
      leadUnitId: handed.leadUnitId ?? null,
      cooperatingUnitIds: handed.cooperatingUnitIds,
      leader: handed.leader ?? null,
      deadline: handed.deadline ?? null,
      confirmed: handed.confirmed,
      ...(handed.confirmedAt ? { confirmedOn: handed.confirmedAt.slice(0, 10) } : {}),
    });
  }
}
