/**
 * The status kept with each item — its code, and all it says (reason, figures) — equals the status computed from
 * scratch after every kind of write that changes what it rests on — a progress report, an assignment, a correction, a re-import (an item gone, the report's date
 * moved) — and after a change of day, on both databases. Each case: a write (or none), the day after it, and the
 * item whose status it changes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addProgress,
  assign,
  createUnit,
  createUser,
  getCommitment,
  importReport,
  keepStatuses,
  listCommitments,
  setLedgerClock,
  setReviewState,
  statusesDue,
  updateSettings,
  type Commitment,
  type Ledger,
} from '../../src/ledger/index.js';
import { statusOf, type StatusResult } from '../../src/loop/index.js';
import { keepStatusesUpTo } from '../../src/app/kept-status.js';
import { loopData } from '../../src/app/loop-data.js';
import { analyzeText, smallReport, testDialects } from '../ledger/dialects.js';

const TASKS = ['（一）抓项目。6月底前建成青岭物流园。9月底前完成城区供水管网改造。新增公共停车泊位800个。（牵头单位：县发改局）'];
const report = (tasks: string[], date = '2025年1月10日') => analyzeText(smallReport(tasks).replace('2025年1月10日', date), 'report.txt');
const DAY = '2025-05-15';

interface Seeded {
  ledger: Ledger;
  userId: number;
  unitId: number;
  /** Items by the start of their text. */
  item(text: string): Commitment;
}

/**
 * The report imported and assigned (writes stamped 2025-03-01): the logistics park confirmed and reported on in
 * May, the water mains proposed only, the parking target confirmed, due at the year's end, a fourth done in May.
 */
async function seed(ledger: Ledger): Promise<Seeded> {
  setLedgerClock(ledger, () => new Date('2025-03-01T08:00:00Z'));
  await importReport(ledger, null, { analysis: report(TASKS) });
  const unit = await createUnit(ledger, null, { name: '县发改局' });
  const user = await createUser(ledger, null, { username: 'supervisor', passwordHash: 'scrypt$x', role: 'supervisor' });
  const items = (await listCommitments(ledger, { limit: 500 })).items;
  const item = (text: string) => items.find((c) => c.text.startsWith(text))!;
  await assign(ledger, user.id, { commitmentId: item('6月底前').id, leadUnitId: unit.id, confirmed: true });
  await assign(ledger, user.id, { commitmentId: item('9月底前').id, leadUnitId: unit.id, confirmed: false });
  await assign(ledger, user.id, { commitmentId: item('新增公共停车泊位').id, leadUnitId: unit.id, confirmed: true, deadline: '2025-12-31' });
  await addProgress(ledger, user.id, { commitmentId: item('6月底前').id, unitId: unit.id, reportedOn: '2025-05-10', state: 'in_progress' });
  // 序时进度 on DAY: 125 of 355 days (35.2%), 200 of 800 done (25%): 10.2 points behind, amber by default
  await addProgress(ledger, user.id, { commitmentId: item('新增公共停车泊位').id, unitId: unit.id, reportedOn: '2025-05-10', value: 200 });
  return { ledger, userId: user.id, unitId: unit.id, item };
}

/** Every item's status computed from scratch, as the snapshot computes it. */
async function fromScratch(ledger: Ledger, today: string): Promise<Map<number, StatusResult>> {
  const { items } = await loopData(ledger);
  return new Map(items.map((item) => [item.commitment.id, statusOf({ ...item, today })]));
}

/** Every item's kept status: all it says, its code checked against the column lists filter by. */
async function kept(ledger: Ledger): Promise<Map<number, StatusResult | null>> {
  const rows = await ledger.db.selectFrom('commitments').select(['id', 'status', 'statusResult']).execute();
  return new Map(
    rows.map((r) => {
      const result = r.statusResult === null ? null : (JSON.parse(r.statusResult) as StatusResult);
      assert.equal(result?.status ?? null, r.status, `item ${r.id}: the code kept beside it`);
      return [r.id, result];
    }),
  );
}

interface Case {
  name: string;
  write?: (s: Seeded) => Promise<unknown>;
  /** The day the statuses are read after the write. */
  day: string;
  /** The item whose status the write changes, and what it becomes. */
  changes: [string, string];
}

const cases: Case[] = [
  {
    name: 'a progress report',
    write: (s) => addProgress(s.ledger, s.userId, { commitmentId: s.item('6月底前').id, unitId: s.unitId, reportedOn: DAY, state: 'done' }),
    day: DAY,
    changes: ['6月底前', 'done'],
  },
  {
    name: 'an assignment (confirmed: reports owed from then)',
    write: (s) => assign(s.ledger, s.userId, { commitmentId: s.item('9月底前').id, confirmed: true, confirmedOn: '2025-05-10' }),
    day: DAY,
    changes: ['9月底前', 'on_track'],
  },
  {
    name: 'a correction (rejected in review)',
    write: async (s) => setReviewState(s.ledger, s.userId, s.item('新增公共停车泊位').id, (await getCommitment(s.ledger, s.item('新增公共停车泊位').id))!.version, 'rejected'),
    day: DAY,
    changes: ['新增公共停车泊位', 'not_tracked'],
  },
  {
    name: 'a re-import without an item (kept, stale)',
    write: (s) => importReport(s.ledger, null, { analysis: report(['（一）抓项目。6月底前建成青岭物流园。新增公共停车泊位800个。（牵头单位：县发改局）']) }),
    day: DAY,
    changes: ['9月底前', 'not_tracked'],
  },
  {
    name: 'a re-import moving the report’s date (where reporting starts)',
    write: (s) => importReport(s.ledger, null, { analysis: report(TASKS, '2025年4月20日') }),
    day: DAY,
    changes: ['9月底前', 'on_track'],
  },
  {
    name: "the office's 序时进度 thresholds",
    write: (s) => updateSettings(s.ledger, s.userId, { paceLag: { atRisk: 15, behind: 40 } }),
    day: DAY,
    changes: ['新增公共停车泊位', 'on_track'],
  },
  {
    name: 'a change of day (a deadline passed)',
    day: '2025-07-01',
    changes: ['6月底前', 'overdue'],
  },
];

for (const dialect of await testDialects()) {
  describe(`the kept status (${dialect.name})`, { skip: dialect.skip }, () => {
    for (const c of cases) {
      it(`equals the status computed from scratch after ${c.name}`, () =>
        dialect.withLedger(async (ledger) => {
          const s = await seed(ledger);
          await keepStatusesUpTo(ledger, DAY);
          assert.deepEqual(await kept(ledger), await fromScratch(ledger, DAY), 'before the write');
          const [text, after] = c.changes;
          assert.notEqual((await kept(ledger)).get(s.item(text).id)?.status, after, 'the case changes a status');
          await c.write?.(s);
          await keepStatusesUpTo(ledger, c.day);
          assert.deepEqual(await kept(ledger), await fromScratch(ledger, c.day));
          assert.equal((await kept(ledger)).get(s.item(text).id)?.status, after);
          assert.deepEqual(await statusesDue(ledger, c.day), []);
        }));
    }

    it('keeps no status computed from inputs a write changed meanwhile', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        const id = s.item('6月底前').id;
        const due = await statusesDue(ledger, DAY);
        assert.ok(due.some((d) => d.id === id));
        // computed from what was read as due; a progress report lands before it is written
        await addProgress(ledger, s.userId, { commitmentId: id, unitId: s.unitId, reportedOn: DAY, state: 'done' });
        const kept = await keepStatuses(ledger, DAY, due.map((d) => ({ ...d, status: 'on_track', result: { status: 'on_track' } })));
        assert.equal(kept, due.length - 1);
        assert.deepEqual((await statusesDue(ledger, DAY)).map((d) => d.id), [id]);
      }));
  });
}
