/**
 * 拆分与合并: an item holding two commitments split into parts, two items that are one merged into one — the new items
 * are the words selected, the replaced ones set aside with their history, the assignment handed on, the pairs recorded
 * and audited; refused where the parts leave the item, the office saw an older version, or the items are of two
 * documents; and all of it kept by a later copy of the report. On both databases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assign,
  createUnit,
  createUser,
  getAssignment,
  getCommitment,
  importReport,
  listAllCommitments,
  listAudit,
  makeRequest,
  mergeCommitments,
  replacementsOf,
  splitCommitment,
  type Commitment,
  type Ledger,
} from '../../src/ledger/index.js';
import { analyzeText, smallReport, testDialects } from './dialects.js';

const TASKS = ['（二）办实事。新建城区公办幼儿园3所。全面推进老旧小区改造和背街小巷整治。新增公共停车泊位800个。', '新增充电桩500个。'];
const copy = () => analyzeText(smallReport(TASKS), 'report.txt');
const ORIGINAL = smallReport(TASKS);

/** The span of `words` in the report as given. */
function spanOf(words: string): { start: number; end: number } {
  const start = ORIGINAL.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

async function itemWith(ledger: Ledger, words: string): Promise<Commitment> {
  const item = (await listAllCommitments(ledger)).find((c) => c.text.includes(words) && c.reviewState !== 'rejected');
  assert.ok(item, `an item with ${words}`);
  return item;
}

async function imported(ledger: Ledger): Promise<number> {
  return (await importReport(ledger, null, { analysis: copy() })).reportId;
}

const seen = (c: Commitment) => ({ id: c.id, version: c.version });

for (const dialect of await testDialects()) {
  describe(`splitting and merging items (${dialect.name})`, { skip: dialect.skip }, () => {
    it('a split makes the parts, sets the item aside, hands on its assignment and records both ways', () =>
      dialect.withLedger(async (ledger) => {
        await imported(ledger);
        const whole = await itemWith(ledger, '背街小巷');
        const unit = await createUnit(ledger, null, { name: '县住房和城乡建设局' });
        await assign(ledger, null, { commitmentId: whole.id, leadUnitId: unit.id, deadline: '2025-12-31', confirmed: true });
        const estates = spanOf('全面推进老旧小区改造');
        const lanes = spanOf('背街小巷整治');
        const parts = await splitCommitment(ledger, null, seen((await getCommitment(ledger, whole.id))!), [
          { span: lanes, kind: 'milestone', deadline: '2025-06-30' },
          { span: estates, kind: 'task' },
        ]);
        assert.deepEqual(parts.map((p) => [p.text, p.kind, p.deadline, p.rule, p.reviewState]), [
          ['全面推进老旧小区改造', 'task', undefined, 'manual', 'confirmed'],
          ['背街小巷整治', 'milestone', '2025-06-30', 'manual', 'confirmed'],
        ]);
        assert.equal((await getCommitment(ledger, whole.id))!.reviewState, 'rejected');
        for (const part of parts) {
          const a = (await getAssignment(ledger, part.id))!;
          assert.deepEqual([a.leadUnitId, a.deadline, a.confirmed], [unit.id, '2025-12-31', true]);
          assert.deepEqual((await replacementsOf(ledger, part.id)).replaces.map((r) => [r.kind, r.replacedId]), [['split', whole.id]]);
        }
        assert.deepEqual((await replacementsOf(ledger, whole.id)).replacedBy.map((r) => r.byId), parts.map((p) => p.id));
        assert.deepEqual((await listAudit(ledger, { entity: 'commitment', entityId: whole.id })).map((e) => e.action).sort(), ['create', 'split']);
        // the parts merged again: the words of the item once split, a new item beside it
        const again = await mergeCommitments(ledger, null, parts.map(seen), { kind: whole.kind });
        assert.deepEqual([again.text, again.span], [whole.text, whole.span]);
        assert.notEqual(again.id, whole.id);
      }));

    it('a merge makes one item over the words from the first to the last, and sets both aside', () =>
      dialect.withLedger(async (ledger) => {
        await imported(ledger);
        const parking = await itemWith(ledger, '停车泊位');
        const chargers = await itemWith(ledger, '充电桩');
        const merged = await mergeCommitments(ledger, null, [seen(chargers), seen(parking)], { kind: 'milestone' });
        assert.equal(merged.text, ORIGINAL.slice(parking.span.start, chargers.span.end));
        assert.equal(merged.kind, 'milestone');
        for (const id of [parking.id, chargers.id]) {
          assert.equal((await getCommitment(ledger, id))!.reviewState, 'rejected');
          assert.deepEqual((await replacementsOf(ledger, id)).replacedBy.map((r) => [r.kind, r.byId]), [['merge', merged.id]]);
        }
      }));

    it('refused, naming the problem, and nothing written', () =>
      dialect.withLedger(async (ledger) => {
        await imported(ledger);
        const whole = await itemWith(ledger, '背街小巷');
        const other = await itemWith(ledger, '充电桩');
        const inside = spanOf('老旧小区改造');
        const cases: [string, () => Promise<unknown>, string, RegExp][] = [
          ['one part', () => splitCommitment(ledger, null, seen(whole), [{ span: inside, kind: 'target' }]), 'INVALID_VALUE', /2 to 20 parts/],
          ['a part outside the item', () => splitCommitment(ledger, null, seen(whole), [{ span: inside, kind: 'target' }, { span: spanOf('充电桩500个'), kind: 'target' }]), 'INVALID_VALUE', /not within the item/],
          ['an older version', () => splitCommitment(ledger, null, { id: whole.id, version: whole.version + 1 }, [{ span: inside, kind: 'target' }, { span: spanOf('背街小巷整治'), kind: 'target' }]), 'VERSION_CONFLICT', /changed by someone else/],
          ['one item merged', () => mergeCommitments(ledger, null, [seen(whole)], { kind: 'task' }), 'INVALID_VALUE', /2 to 20 items/],
          ['the same item twice', () => mergeCommitments(ledger, null, [seen(whole), seen(whole)], { kind: 'task' }), 'INVALID_VALUE', /named twice/],
          ['no such item', () => mergeCommitments(ledger, null, [seen(whole), { id: 99999, version: 1 }], { kind: 'task' }), 'NOT_FOUND', /99999/],
        ];
        const count = (await listAllCommitments(ledger)).length;
        for (const [name, run, code, message] of cases) {
          await assert.rejects(run, (e: Error & { code?: string }) => e.code === code && message.test(e.message), name);
        }
        assert.equal((await listAllCommitments(ledger)).length, count);
        assert.equal((await getCommitment(ledger, other.id))!.reviewState, other.reviewState);
        await mergeCommitments(ledger, null, [seen(whole), seen(other)], { kind: 'task' });
        await assert.rejects(() => splitCommitment(ledger, null, { id: whole.id, version: whole.version + 1 }, [{ span: inside, kind: 'target' }, { span: spanOf('背街小巷整治'), kind: 'target' }]), /set aside/);
      }));

    it("an item a unit's request waits on is not split until the office decides it", () =>
      dialect.withLedger(async (ledger) => {
        await imported(ledger);
        const whole = await itemWith(ledger, '背街小巷');
        const unit = await createUnit(ledger, null, { name: '县住房和城乡建设局' });
        const editor = (await createUser(ledger, null, { username: 'editor', role: 'unit_editor', unitId: unit.id, passwordHash: 'x' })).id;
        await assign(ledger, null, { commitmentId: whole.id, leadUnitId: unit.id, confirmed: true });
        await makeRequest(ledger, editor, { kind: 'extension', commitmentId: whole.id, unitId: unit.id, deadline: '2026-06-30', reason: '拆迁未完成' });
        const parts = [
          { span: spanOf('全面推进老旧小区改造'), kind: 'task' as const },
          { span: spanOf('背街小巷整治'), kind: 'task' as const },
        ];
        await assert.rejects(splitCommitment(ledger, null, seen((await getCommitment(ledger, whole.id))!), parts), (e: Error & { code?: string }) => e.code === 'REQUEST_CONFLICT' && /waits/.test(e.message));
        assert.equal((await getCommitment(ledger, whole.id))!.reviewState, whole.reviewState);
      }));

    it('a later copy of the report keeps the parts and the item set aside', () =>
      dialect.withLedger(async (ledger) => {
        await imported(ledger);
        const whole = await itemWith(ledger, '背街小巷');
        const parts = await splitCommitment(ledger, null, seen(whole), [
          { span: spanOf('全面推进老旧小区改造'), kind: 'task' },
          { span: spanOf('背街小巷整治'), kind: 'task' },
        ]);
        await importReport(ledger, null, { analysis: analyzeText(`${smallReport(TASKS)}\n\n（三）强保障。`, 'report.txt') });
        assert.equal((await getCommitment(ledger, whole.id))!.reviewState, 'rejected');
        for (const part of parts) {
          const after = (await getCommitment(ledger, part.id))!;
          assert.deepEqual([after.reviewState, after.stale, after.text], ['confirmed', false, part.text]);
        }
        const live = (await listAllCommitments(ledger)).filter((c) => c.reviewState !== 'rejected' && (c.text.includes('小区') || c.text.includes('小巷')));
        assert.deepEqual(live.map((c) => c.id).sort(), parts.map((p) => p.id).sort());
      }));
  });
}
