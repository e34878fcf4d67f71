/**
 * The ledger table (GET /api/commitments) is sent as the database writes it: each case a query, whose answer must
 * be what its schema says (CommitmentPage, nothing more) and hold, item by item, what the ledger holds — the item's
 * fields, its status as computed from scratch, its lead unit and deadline — in the order and with the total that
 * listCommitments gives, on both databases. An item whose status is not kept yet is listed with it all the same.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addProgress, assign, getCommitment, listCommitments, listUnits, setReviewState, type CommitmentQuery, type Ledger } from '../../src/ledger/index.js';
import { statusOf } from '../../src/loop/index.js';
import { CommitmentPage } from '../../src/server/schemas/commitments.js';
import { loopData } from '../../src/app/loop-data.js';
import { testDialects } from '../ledger/dialects.js';
import { seed, type Seeded } from './helpers.js';

const TODAY = '2025-05-15';
const now = () => new Date(`${TODAY}T09:00:00+08:00`);

/** Each query, and the same filter as listCommitments reads it. */
const cases: { url: string; query: CommitmentQuery }[] = [
  { url: '', query: {} },
  { url: 'kind=target&kind=task', query: { kind: ['target', 'task'] } },
  { url: 'status=on_track&status=no_data&status=not_tracked', query: { status: ['on_track', 'no_data', 'not_tracked'] } },
  { url: `q=${encodeURIComponent('停车')}`, query: { text: '停车' } },
  { url: `q=${encodeURIComponent('幼儿园')}&sort=deadline&order=desc`, query: { text: '幼儿园', sort: 'deadline', order: 'desc' } },
  { url: 'sort=deadline&limit=2&offset=1', query: { sort: 'deadline', limit: 2, offset: 1 } },
  { url: 'sort=updated&order=desc&limit=3', query: { sort: 'updated', order: 'desc', limit: 3 } },
  { url: 'offset=400', query: { offset: 400 } },
];

/** The seeded world, and more that the table shows: progress, an assignment's own deadline, one unconfirmed without a lead unit, an item rejected. */
async function world(ledger: Ledger): Promise<Seeded> {
  const s = await seed(ledger, { now });
  const items = (await listCommitments(ledger, { limit: 500 })).items;
  await addProgress(ledger, s.userIds.supervisor, { commitmentId: s.milestone.id, unitId: s.units.own, reportedOn: '2025-05-10', state: 'in_progress' });
  const others = items.filter((c) => c.id !== s.milestone.id && c.id !== s.target.id && c.kind !== 'achievement');
  await assign(ledger, s.userIds.supervisor, { commitmentId: others[0]!.id, leadUnitId: s.units.own, confirmed: true, deadline: '2025-09-30' });
  await assign(ledger, s.userIds.supervisor, { commitmentId: others[1]!.id, confirmed: false });
  await setReviewState(ledger, s.userIds.supervisor, others[2]!.id, others[2]!.version, 'rejected');
  return s;
}

/** What a row of the table must hold, from the ledger's own reads and the loop. */
async function expected(ledger: Ledger): Promise<Map<number, unknown>> {
  const [{ items }, units] = await Promise.all([loopData(ledger), listUnits(ledger)]);
  return new Map(
    items.map(({ commitment, assignment, ...item }) => {
      const lead = units.find((u) => u.id === assignment?.leadUnitId);
      const row = { ...commitment, status: statusOf({ commitment, assignment, ...item, today: TODAY }) };
      if (!assignment) return [commitment.id, row];
      const listed = {
        ...(assignment.leadUnitId !== undefined ? { leadUnitId: assignment.leadUnitId } : {}),
        ...(lead ? { leadUnitName: lead.name } : {}),
        confirmed: assignment.confirmed,
        ...(assignment.deadline !== undefined ? { deadline: assignment.deadline } : {}),
      };
      return [commitment.id, { ...row, assignment: listed }];
    }),
  );
}

for (const dialect of await testDialects()) {
  describe(`the ledger table as sent (${dialect.name})`, { skip: dialect.skip }, () => {
    it('is its schema’s, nothing more, and holds what the ledger holds, in order', () =>
      dialect.withLedger(async (ledger) => {
        const s = await world(ledger);
        try {
          const viewer = await s.client('viewer');
          const rows = await expected(ledger);
          for (const { url, query } of cases) {
            const res = await viewer.request('GET', `/api/commitments?${url}`);
            assert.equal(res.statusCode, 200, url);
            assert.match(String(res.headers['content-type']), /^application\/json/);
            const body = res.json() as { items: { id: number }[]; total: number; limit: number; offset: number };
            assert.deepEqual(CommitmentPage.parse(body), body, `${url}: the schema's, nothing more`);
            const page = await listCommitments(ledger, query);
            assert.deepEqual([body.total, body.limit, body.offset], [page.total, query.limit ?? 50, query.offset ?? 0], url);
            assert.deepEqual(body.items.map((i) => i.id), page.items.map((c) => c.id), `${url}: the same items in the same order`);
            for (const item of body.items) assert.deepEqual(item, rows.get(item.id), `${url}: item ${item.id}`);
          }
        } finally {
          await s.app.close();
        }
      }));

    it('lists an item whose status is not kept yet with its status computed', () =>
      dialect.withLedger(async (ledger) => {
        const s = await world(ledger);
        try {
          const viewer = await s.client('viewer');
          assert.equal((await viewer.request('GET', '/api/commitments')).statusCode, 200);
          // as if it were written after the statuses were brought up to date (no write the server would see)
          await ledger.db.updateTable('commitments').set({ statusResult: null }).where('id', '=', s.milestone.id).execute();
          const body = (await viewer.request('GET', '/api/commitments?limit=500')).json() as { items: { id: number }[] };
          const item = body.items.find((i) => i.id === s.milestone.id);
          assert.deepEqual(item, (await expected(ledger)).get(s.milestone.id));
          assert.ok(await getCommitment(ledger, s.milestone.id));
        } finally {
          await s.app.close();
        }
      }));
  });
}
