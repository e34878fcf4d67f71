/**
 * A page of the ledger table is found in parts (services/ledger-table.ts): each part of a filter — a search, one
 * status, one kind — read in no order and kept, the parts met in the order of every item, kept per sort. Each page
 * of many drawn queries (kinds, statuses, roles, review states, a search, a deadline, alone and together; every sort,
 * both ways, any offset) holds the items listCommitments gives, in its order, with its total, on both databases —
 * also after a write, and for an item written where this process does not see it (the kept order does not know it:
 * the page is read in order from the database instead of leaving it out).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import {
  createUser,
  importReport,
  listCommitments,
  setReviewState,
  updateCommitment,
  type CommitmentQuery,
  type CommitmentSort,
  type Ledger,
} from '../../src/ledger/index.js';
import { ledgerTablePage } from '../../src/app/ledger-table.js';
import { analyzeText, smallReport, testDialects } from '../ledger/dialects.js';
import { random } from '../helpers/random.js';

const TODAY = '2025-07-15';

const TASKS = [
  '（一）抓项目扩投资。全年实施重点项目120个。3月底前建成青岭物流园。6月底前完成城北污水处理厂提标改造。年底前建成综合客运枢纽。',
  '',
  '（二）推动产业升级。新增规模以上工业企业25家以上。培育省级“专精特新”企业6家。9月底前建成数字经济产业园。推进工业园区供水管网改造。',
  '',
  '（三）办好民生实事。新建城区公办幼儿园4所。改造老旧小区36个。新增公共停车泊位1200个。5月底前建成全民健身中心。国庆前建成城市书房3个。',
  '',
  '（四）改善城乡面貌。新建改造农村公路180公里。实施背街小巷改造22条。完成植树造林8000亩。加快南湖片区排水防涝设施建设。',
];

const KINDS = ['target', 'milestone', 'task', 'achievement'] as const;
const STATUSES = ['on_track', 'at_risk', 'behind', 'done', 'overdue', 'missed', 'no_data', 'not_tracked'];
const SEARCHES = ['改造', '建成', '园', '老旧小区', '月底前', 'gdp', '物流园', '增长'];
const SORTS: { sort?: CommitmentSort; order?: 'asc' | 'desc' }[] = [{}, { sort: 'deadline' }, { sort: 'deadline', order: 'desc' }, { sort: 'updated', order: 'desc' }, { sort: 'id', order: 'desc' }, { sort: 'position', order: 'desc' }];

/** A query drawn at random: one to three filters (some of several values), a sort, a page. */
function drawQuery(r: () => number): CommitmentQuery {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[]): T[] => [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(xs)))];
  const filters: (() => CommitmentQuery)[] = [
    () => ({ kind: some(KINDS) }),
    () => ({ status: some(STATUSES) }),
    () => ({ text: pick(SEARCHES) }),
    () => ({ role: some(['annual_tasks', 'livelihood', 'annual_indicators', 'review_last_year'] as const) }),
    () => ({ reviewState: some(['extracted', 'confirmed', 'rejected'] as const) }),
    () => ({ deadlineTo: '2025-06-30' }),
    () => ({ kind: pick(KINDS) }),
  ];
  const query: CommitmentQuery = { ...pick(SORTS), limit: 1 + Math.floor(r() * 8), offset: Math.floor(r() * 12) };
  for (let n = Math.floor(r() * 4); n > 0; n--) Object.assign(query, pick(filters)());
  return query;
}

/** The page as sent: its items' ids and its total. */
async function page(ledger: Ledger, query: CommitmentQuery): Promise<{ ids: number[]; total: number }> {
  const body = JSON.parse(await ledgerTablePage(ledger, TODAY, query)) as { items: { id: number }[]; total: number };
  return { ids: body.items.map((i) => i.id), total: body.total };
}

/** What listCommitments gives for the same query: the plain computation. */
async function plain(ledger: Ledger, query: CommitmentQuery): Promise<{ ids: number[]; total: number }> {
  const { items, total } = await listCommitments(ledger, query);
  return { ids: items.map((c) => c.id), total };
}

async function world(ledger: Ledger): Promise<void> {
  await importReport(ledger, null, { analysis: analyzeText(smallReport(TASKS)) });
  const admin = await createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$x', role: 'admin' });
  const { items } = await listCommitments(ledger, { limit: 500 });
  for (const [i, c] of items.entries()) if (i % 3 === 0) await setReviewState(ledger, admin.id, c.id, c.version, i % 2 ? 'rejected' : 'confirmed');
}

for (const dialect of await testDialects()) {
  describe(`the ledger table found in parts (${dialect.name})`, { skip: dialect.skip }, () => {
    it('gives every page listCommitments gives, in its order, with its total', () =>
      dialect.withLedger(async (ledger) => {
        await world(ledger);
        const r = random(7);
        let nonEmpty = 0;
        for (let i = 0; i < 300; i++) {
          const query = drawQuery(r);
          const found = await page(ledger, query);
          assert.deepEqual(found, await plain(ledger, query), JSON.stringify(query));
          if (found.ids.length) nonEmpty++;
        }
        // the draws reach items, not only empty pages
        assert.ok(nonEmpty > 100, `${nonEmpty} pages with items`);
      }));

    it('follows a write', () =>
      dialect.withLedger(async (ledger) => {
        await world(ledger);
        const query: CommitmentQuery = { text: '物流园', kind: ['milestone', 'task'], sort: 'updated', order: 'desc' };
        const before = await page(ledger, query);
        assert.equal(before.total, 1);
        const admin = await createUser(ledger, null, { username: 'office', passwordHash: 'scrypt$x', role: 'admin' });
        const other = (await listCommitments(ledger, { text: '全民健身中心' })).items[0]!;
        await updateCommitment(ledger, admin.id, other.id, other.version, { text: '5月底前建成青岭物流园二期' });
        const after = await page(ledger, query);
        assert.deepEqual(after, await plain(ledger, query));
        assert.deepEqual(after.ids, [other.id, ...before.ids]);
      }));

    it('finds an item the kept order does not know, in its place', () =>
      dialect.withLedger(async (ledger) => {
        await world(ledger);
        // the order of every item by deadline kept
        assert.equal((await page(ledger, { text: '客运枢纽', sort: 'deadline' })).total, 1);
        // an item written where this process does not see it (no write through this handle, no audit entry)
        await sql`insert into commitments (report_id, key, kind, text, span_start, span_end, role, named_lead_units, named_units, review_state, stale, version, created_at, updated_at, status, status_result)
          select report_id, ${'copy'}, kind, ${'年底前建成城南综合客运枢纽'}, span_start, span_end, role, named_lead_units, named_units, review_state, stale, version, created_at, updated_at, status, status_result
          from commitments where text like ${'%客运枢纽%'}`.execute(ledger.db);
        const query: CommitmentQuery = { text: '综合客运', sort: 'deadline' };
        const found = await page(ledger, query);
        assert.equal(found.total, 2);
        assert.deepEqual(found, await plain(ledger, query));
      }));
  });
}
