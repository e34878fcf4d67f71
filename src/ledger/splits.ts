/**
 * A 分工方案 applied to a report's items, in one transaction: the document kept as read (the same file again is the
 * same split), the units the office created or mapped (a name mapped becomes the unit's alias; a name created that
 * reads as a unit already there — 县发改局 after 县发展和改革局 — is that unit, never a second one), each task's
 * units, leaders and time given to the items it was matched to, and the tasks matched to none added as items of the
 * report that came from the split (their spans in the split's text; the split is the office's truth).
 *
 * Confirmed, the assignments are the office's decision and replace what was there. Proposed (confirmed: false, as
 * `luoshi split --report` does), they replace proposals only: an assignment an office confirmed is kept.
 */
import { createHash } from 'node:crypto';
import type { Span } from '../span.js';
import type { Commitment, Unit } from './model.js';
import { assign, getAssignment } from './assignments.js';
import { contentColumns, toCommitment, type CommitmentContent } from './commitments.js';
import { LedgerError } from './errors.js';
import { normaliseText } from './stable-key.js';
import { createUnit, getUnit, listUnits, updateUnit } from './units.js';
import { UnitIndex, normaliseName } from './unit-names.js';
import { transaction, type Actor, type Store, type Tx } from './store.js';

export interface SplitDocument {
  reportId: number;
  name: string;
  /** sha256 of the file's bytes: importing the same file again finds the same split. */
  sourceHash: string;
  format: string;
  encoding: string;
  /** The decoded text the tasks' spans index. */
  original: string;
}

export interface SplitTaskDecision {
  text: string;
  /** In the split's original text. */
  span: Span;
  lead: string[];
  cooperating: string[];
  leaders: string[];
  deadline: string | null;
  /** The report's items this task is; none: the task becomes an item of its own. */
  commitmentIds: number[];
}

/** What the office decided for a name that finds no unit: map it to a unit (an alias), or create the unit. */
export type UnitDecision = { name: string; unitId: number } | { name: string; create: true };

export interface SplitImport {
  document: SplitDocument;
  units: UnitDecision[];
  tasks: SplitTaskDecision[];
  /** The office confirms the assignments (the web app), or they are proposed (the command line). */
  confirmed: boolean;
}

export interface SplitImportResult {
  splitId: number;
  /** Items given an assignment (made or changed) by the split. */
  assigned: number;
  /** Items whose confirmed assignment a proposal left as it was. */
  kept: number;
  /** Tasks that became items of their own (new ones; found again on a second import, they are not counted). */
  created: number;
  unitsCreated: string[];
  aliasesAdded: string[];
  /** Names that still find no unit: their tasks were assigned without them. */
  unknownUnits: string[];
}

/** The key of an item a split added: of its text, numbered among the split's tasks saying the same. */
function splitKeys(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const hash = createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 16);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `split-${hash}-${n}`;
  });
}

async function keepDocument(tx: Tx, doc: SplitDocument): Promise<number> {
  const found = await tx.db.selectFrom('splits').select('id').where('reportId', '=', doc.reportId).where('sourceHash', '=', doc.sourceHash).executeTakeFirst();
  if (found) return found.id;
  const row = { reportId: doc.reportId, sourceHash: doc.sourceHash, name: doc.name, format: doc.format, encoding: doc.encoding, originalText: doc.original, createdAt: tx.now };
  const { id } = await tx.db.insertInto('splits').values(row).returning('id').executeTakeFirstOrThrow();
  const { originalText: _text, ...summary } = row;
  await tx.audit({ action: 'create', entity: 'split', entityId: id, after: { id, ...summary, originalLength: doc.original.length } });
  return id;
}

/** Applies the office's decisions on unit names; returns what was created and which aliases were added. */
async function decideUnits(tx: Tx, actor: Actor, decisions: readonly UnitDecision[]): Promise<Pick<SplitImportResult, 'unitsCreated' | 'aliasesAdded'>> {
  const done = { unitsCreated: [] as string[], aliasesAdded: [] as string[] };
  for (const decision of decisions) {
    const index = new UnitIndex(await listUnits(tx));
    const found = index.find(decision.name);
    if ('create' in decision) {
      if (found) continue;
      await createUnit(tx, actor, { name: decision.name });
      done.unitsCreated.push(decision.name.trim());
      continue;
    }
    const unit: Unit | undefined = await getUnit(tx, decision.unitId);
    if (!unit) throw new LedgerError('INVALID_REFERENCE', `unit ${decision.unitId}`, `for the name ${decision.name}`);
    if (found?.id === unit.id) continue;
    const written = normaliseName(decision.name);
    await updateUnit(tx, actor, unit.id, { aliases: [...unit.aliases, written] });
    done.aliasesAdded.push(written);
  }
  return done;
}

/** The item a task matched to nothing becomes: found by its key when the split was imported before. */
async function itemOf(tx: Tx, reportId: number, splitId: number, task: SplitTaskDecision, key: string, confirmed: boolean): Promise<{ id: number; created: boolean }> {
  const found = await tx.db.selectFrom('commitments').select('id').where('reportId', '=', reportId).where('key', '=', key).executeTakeFirst();
  if (found) return { id: found.id, created: false };
  const content: CommitmentContent = {
    kind: 'task',
    text: task.text,
    span: task.span,
    ...(task.deadline ? { deadline: task.deadline } : {}),
    role: 'annual_tasks',
    namedLeadUnits: task.lead,
    namedUnits: task.cooperating,
    rule: 'split',
  };
  const row = await tx.db
    .insertInto('commitments')
    .values({
      ...contentColumns(content),
      deadlineInForce: task.deadline,
      reportId,
      key,
      splitId,
      reviewState: confirmed ? 'confirmed' : 'extracted',
      stale: 0,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const item: Commitment = toCommitment(row);
  await tx.audit({ action: 'create', entity: 'commitment', entityId: item.id, after: item });
  return { id: item.id, created: true };
}

/** The report's items each task is: every one of the report, none taken by two tasks. */
async function checkTargets(tx: Tx, reportId: number, tasks: readonly SplitTaskDecision[]): Promise<void> {
  const ids = tasks.flatMap((t) => t.commitmentIds);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new LedgerError('INVALID_VALUE', `commitment ${twice}`, 'matched to two tasks of the split');
  if (ids.length === 0) return;
  const rows = await tx.db.selectFrom('commitments').select(['id', 'reportId']).where('id', 'in', ids).execute();
  const other = ids.find((id) => rows.find((r) => r.id === id)?.reportId !== reportId);
  if (other !== undefined) throw new LedgerError('INVALID_REFERENCE', `commitment ${other}`, `not an item of report ${reportId}`);
}

export function importSplit(store: Store, actor: Actor, input: SplitImport): Promise<SplitImportResult> {
  const { document: doc, confirmed } = input;
  return transaction(
    store,
    actor,
    async (tx) => {
      const report = await tx.db.selectFrom('reports').select('id').where('id', '=', doc.reportId).executeTakeFirst();
      if (!report) throw new LedgerError('NOT_FOUND', `report ${doc.reportId}`);
      await checkTargets(tx, doc.reportId, input.tasks);
      const splitId = await keepDocument(tx, doc);
      const units = await decideUnits(tx, actor, input.units);
      const index = new UnitIndex(await listUnits(tx));
      const result: SplitImportResult = { splitId, assigned: 0, kept: 0, created: 0, ...units, unknownUnits: [] };
      const keys = splitKeys(input.tasks.map((t) => t.text));
      for (const [i, task] of input.tasks.entries()) {
        const lead = index.resolve(task.lead);
        const cooperating = index.resolve(task.cooperating);
        for (const name of [...lead.unknown, ...cooperating.unknown]) if (!result.unknownUnits.includes(name)) result.unknownUnits.push(name);
        const ids = [...task.commitmentIds];
        if (ids.length === 0) {
          const item = await itemOf(tx, doc.reportId, splitId, task, keys[i]!, confirmed);
          if (item.created) result.created++;
          ids.push(item.id);
        }
        const [first, ...more] = lead.units;
        // a task whose units are all unknown still gives its leaders and time; the units stay as they were
        const named = lead.units.length + cooperating.units.length > 0;
        for (const commitmentId of ids) {
          const before = await getAssignment(tx, commitmentId);
          if (!confirmed && before?.confirmed) {
            result.kept++;
            continue;
          }
          const after = await assign(tx, actor, {
            commitmentId,
            ...(named ? { leadUnitId: first?.id ?? null, cooperatingUnitIds: [...more, ...cooperating.units].map((u) => u.id) } : {}),
            ...(task.leaders.length ? { leader: task.leaders.join('、') } : {}),
            ...(task.deadline ? { deadline: task.deadline } : {}),
            confirmed,
          });
          if (after.version !== before?.version) result.assigned++;
        }
      }
      return result;
    },
    `split ${doc.name}`,
  );
}
