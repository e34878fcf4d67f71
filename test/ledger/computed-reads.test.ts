/**
 * Computed reads of the ledger table — a text search (of fewer than three characters too), a status filter, a page
 * of a kind or status in any sort, and each of them in no order (the items of a filter's part) —
 * are answered from indexes made for them, on both databases: each case a query, whose every statement must
 * search an index rather than scan the items (PostgreSQL asked with sequential scans discouraged: its tables here
 * are too small for it to prefer an index by itself). And the search finds what it found before the index: the
 * text searched for anywhere in an item's text or section heading, ASCII case ignored, % _ and quotes taken as
 * they are, in fewer than three characters too, and after a correction.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type CompiledQuery, type KyselyPlugin, type QueryResult, type UnknownRow } from 'kysely';
import { analyzeText, smallReport, testDialects } from './dialects.js';
import { createUser, importReport, listCommitments, matchingCommitmentIds, statusesDue, updateCommitment, type CommitmentQuery, type Ledger } from '../../src/ledger/index.js';

interface SearchCase {
  text: string;
  /** The items found, by the start of their text. */
  finds: string[];
}

const TASKS = [
  '（一）抓项目。6月底前建成青岭物流园。完成城区ABC智慧停车平台建设。',
  '',
  '（二）办实事。新增公共停车泊位800个。建设"数字乡村"示范点5个。城镇登记失业率控制在5.5%以内。改造50_60户老旧住房。',
];

const searches: SearchCase[] = [
  { text: '物流园', finds: ['6月底前建成青岭物流园'] },
  { text: '物流', finds: ['6月底前建成青岭物流园'] },
  { text: '园', finds: ['6月底前建成青岭物流园'] },
  { text: '流园', finds: ['6月底前建成青岭物流园'] },
  { text: 'Ab', finds: ['完成城区ABC智慧停车平台建设'] },
  { text: 'abc智慧', finds: ['完成城区ABC智慧停车平台建设'] },
  { text: ' 停车 ', finds: ['完成城区ABC智慧停车平台建设', '新增公共停车泊位800个'] },
  { text: '"数字', finds: ['建设"数字乡村"示范点5个'] },
  { text: '5.5%', finds: ['城镇登记失业率控制在5.5%以内'] },
  { text: '0_6', finds: ['改造50_60户老旧住房'] },
  { text: '0%6', finds: [] },
  { text: '办实事', finds: ['新增公共停车泊位800个', '建设"数字乡村"示范点5个', '城镇登记失业率控制在5.5%以内', '改造50_60户老旧住房'] },
  { text: '物流园区', finds: [] },
];

/** Runs `fn` with a handle on the ledger that records every statement it runs, compiled. */
async function statementsOf(ledger: Ledger, fn: (spy: Ledger) => Promise<unknown>): Promise<CompiledQuery[]> {
  const seen: CompiledQuery[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => (seen.push(ledger.db.getExecutor().compileQuery(node, queryId)), node),
    transformResult: async ({ result }): Promise<QueryResult<UnknownRow>> => result,
  };
  await fn({ ...ledger, db: ledger.db.withPlugin(recorder) });
  return seen;
}

/** How each statement reads the items: the plan lines that go through every row of commitments (none: indexes only). */
async function scansOf(ledger: Ledger, statement: CompiledQuery): Promise<string[]> {
  if (ledger.dialect === 'sqlite') {
    const plan = await ledger.db.executeQuery<{ detail: string }>({ ...statement, sql: `explain query plan ${statement.sql}` });
    return plan.rows.map((r) => r.detail).filter((d) => /^SCAN commitments(?![_\w])/.test(d));
  }
  return ledger.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...statement, sql: `explain ${statement.sql}` });
    const lines = plan.rows.map((r) => r['QUERY PLAN']);
    // a scan of commitments, or of one of its indexes from end to end (no condition on the line after it)
    return lines.filter((line, i) => / on commitments\b/.test(line) && (/Seq Scan/.test(line) || !/(Index|Recheck) Cond/.test(lines[i + 1] ?? '')));
  });
}

const computedReads: { name: string; query: CommitmentQuery }[] = [
  { name: 'a search of three characters', query: { text: '物流园', limit: 50 } },
  { name: 'a search of two characters', query: { text: '物流', limit: 50 } },
  { name: 'a search of one character', query: { text: '园', limit: 50 } },
  { name: 'a status', query: { status: ['no_data'], limit: 50, offset: 50 } },
  { name: 'statuses, by deadline', query: { status: ['on_track', 'at_risk'], sort: 'deadline', limit: 50 } },
  { name: 'a status, latest changes first', query: { status: ['done'], sort: 'updated', order: 'desc', limit: 50 } },
  { name: 'a kind, in the report’s order', query: { kind: 'task', limit: 50, offset: 100 } },
  { name: 'a kind, by deadline, latest first', query: { kind: 'target', sort: 'deadline', order: 'desc', limit: 50 } },
  { name: 'a kind, by last change', query: { kind: 'milestone', sort: 'updated', limit: 50 } },
];

for (const dialect of await testDialects()) {
  describe(`computed reads of the ledger table (${dialect.name})`, { skip: dialect.skip }, () => {
    it('finds the text searched for as before the index', () =>
      dialect.withLedger(async (ledger) => {
        await importReport(ledger, null, { analysis: analyzeText(smallReport(TASKS)) });
        for (const { text, finds } of searches) {
          const page = await listCommitments(ledger, { text });
          assert.deepEqual(page.items.map((c) => finds.find((f) => c.text.startsWith(f)) ?? c.text), finds, text);
          assert.equal(page.total, finds.length, text);
        }
        // counted also past the last page, and with the page when it has items
        assert.deepEqual(await listCommitments(ledger, { text: '停车泊位', offset: 5 }), { items: [], total: 1 });
        assert.equal((await listCommitments(ledger, { text: '办实事', limit: 1, offset: 1 })).total, 4);
        // the index follows a correction
        const admin = await createUser(ledger, null, { username: 'admin', passwordHash: 'scrypt$x', role: 'admin' });
        const park = (await listCommitments(ledger, { text: '物流园' })).items[0];
        await updateCommitment(ledger, admin.id, park.id, park.version, { text: '6月底前建成青岭冷链中心' });
        assert.equal((await listCommitments(ledger, { text: '物流园' })).total, 0);
        assert.equal((await listCommitments(ledger, { text: '冷链中心' })).total, 1);
      }));

    it('answers each computed read from an index', () =>
      dialect.withLedger(async (ledger) => {
        await importReport(ledger, null, { analysis: analyzeText(smallReport(TASKS)) });
        for (const { name, query } of computedReads) {
          const statements = await statementsOf(ledger, (spy) => listCommitments(spy, query));
          assert.ok(statements.length >= 2, name);
          for (const statement of statements) assert.deepEqual(await scansOf(ledger, statement), [], `${name}: ${statement.sql}`);
          // its items in no order, as the server's ledger table reads a filter's parts
          const [unordered] = await statementsOf(ledger, (spy) => matchingCommitmentIds(spy, query));
          assert.deepEqual(await scansOf(ledger, unordered!), [], `${name}, in no order: ${unordered!.sql}`);
        }
        const due = await statementsOf(ledger, (spy) => statusesDue(spy, '2025-05-15'));
        assert.deepEqual(await scansOf(ledger, due[0]), [], `statuses due: ${due[0].sql}`);
      }));
  });
}
