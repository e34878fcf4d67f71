/**
 * GET /api/dashboard: its counts agree with the ledger list's status filter (overall, and summed by section and by
 * unit), it follows writes (the server's cached statuses are dropped on every write), it names the lead unit of
 * the list's items, and a progress report entered on the server's day counts as timely in the scorecards.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closeLedger, openLedger, type Ledger } from '../../src/ledger/index.js';
import { errorCode, seed, type Seeded } from './helpers.js';

const STATUSES = ['on_track', 'at_risk', 'behind', 'done', 'pending_closure', 'overdue', 'missed', 'no_data'] as const;
type Counts = Record<(typeof STATUSES)[number], number>;
interface Tally {
  total: number;
  statuses: Counts;
  rag: { green: number; amber: number; red: number; none: number };
}
interface Dashboard {
  today: string;
  pendingRequests: number;
  notTracked: number;
  overall: Tally;
  bySection: (Tally & { section: string | null })[];
  byUnit: (Tally & { unitId?: number; unitName: string })[];
  due30: { count: number; items: { id: number; due?: string }[] };
  due90: { count: number; items: { id: number; due?: string }[] };
  overdue: { count: number; items: { id: number }[] };
  year: number;
  scorecards: { unitName: string; reportsTimely: number; reportsOwed: number; score?: number; grade?: string; rank?: number }[];
}

let ledger: Ledger;
let s: Seeded;
const clock = new Date('2025-04-15T02:00:00Z');

before(async () => {
  ledger = await openLedger({ file: ':memory:' });
  s = await seed(ledger, { now: () => clock });
});
after(async () => {
  await s.app.close();
  await closeLedger(ledger);
});

async function agreesWithLedger(d: Dashboard): Promise<void> {
  const sup = await s.client('supervisor');
  for (const status of STATUSES) {
    const page = (await sup.request('GET', `/api/commitments?report=${s.reportId}&status=${status}&limit=1`)).json() as { total: number };
    assert.equal(d.overall.statuses[status], page.total, `${status}: dashboard ${d.overall.statuses[status]}, ledger ${page.total}`);
  }
  const all = (await sup.request('GET', `/api/commitments?report=${s.reportId}&limit=1`)).json() as { total: number };
  assert.equal(d.overall.total + d.notTracked, all.total);
  assert.equal(d.overall.total, STATUSES.reduce((n, k) => n + d.overall.statuses[k], 0));
  assert.equal(d.overall.total, d.overall.rag.green + d.overall.rag.amber + d.overall.rag.red + d.overall.rag.none);
  for (const groups of [d.bySection, d.byUnit]) {
    for (const status of STATUSES) assert.equal(groups.reduce((n, g) => n + g.statuses[status], 0), d.overall.statuses[status], status);
  }
}

describe('GET /api/dashboard', () => {
  it('counts as the ledger does, overall, by section and by lead unit', async () => {
    const sup = await s.client('supervisor');
    const res = await sup.request('GET', `/api/dashboard?report=${s.reportId}`);
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json() as Dashboard;
    assert.equal(d.today, '2025-04-15');
    assert.ok(d.overall.total > 0);
    await agreesWithLedger(d);
    assert.ok(d.byUnit.some((u) => u.unitName === '县发改局' && u.total === 1));
    assert.ok(d.byUnit.some((u) => u.unitId === undefined && u.unitName === '未分工'));
    // the milestone is due 2025-06-30: within 90 days, not within 30
    assert.ok(d.due90.items.some((e) => e.id === s.milestone.id));
    assert.ok(!d.due30.items.some((e) => e.id === s.milestone.id));
    assert.equal(d.due30.count, d.due30.items.length);
    assert.equal(d.year, 2025);
    // the whole ledger gives the same picture here (one report)
    const whole = (await sup.request('GET', '/api/dashboard')).json() as Dashboard;
    assert.deepEqual(whole.overall, d.overall);
  });

  it('follows writes', async () => {
    const sup = await s.client('supervisor');
    const before = ((await sup.request('GET', `/api/dashboard?report=${s.reportId}`)).json() as Dashboard).overall;
    const editor = await s.client('editorOwn');
    const posted = await editor.request('POST', `/api/commitments/${s.milestone.id}/progress`, { reportedOn: '2025-04-15', state: 'done', note: '已开工' });
    assert.equal(posted.statusCode, 201, posted.body);
    // the unit's 已完成 is a request: 待审核办结 until the office approves it
    const asked = (await sup.request('GET', `/api/dashboard?report=${s.reportId}`)).json() as Dashboard;
    assert.deepEqual([asked.overall.statuses.pending_closure, asked.overall.statuses.done, asked.pendingRequests], [before.statuses.pending_closure + 1, before.statuses.done, 1]);
    await agreesWithLedger(asked);
    const [request] = ((await sup.request('GET', '/api/requests?state=pending')).json() as { requests: { id: number }[] }).requests;
    assert.equal((await sup.request('POST', `/api/requests/${request!.id}/decision`, { decision: 'approve' })).statusCode, 200);
    const d = (await sup.request('GET', `/api/dashboard?report=${s.reportId}`)).json() as Dashboard;
    assert.deepEqual([d.overall.statuses.done, d.pendingRequests], [before.statuses.done + 1, 0]);
    await agreesWithLedger(d);
  });

  it('refuses the anonymous, and an unknown report', async () => {
    assert.equal((await (await s.client('anonymous')).request('GET', '/api/dashboard')).statusCode, 401);
    const res = await (await s.client('viewer')).request('GET', '/api/dashboard?report=9999');
    assert.equal(res.statusCode, 404);
    assert.equal(errorCode(res), 'NOT_FOUND');
  });

  it('is in the OpenAPI description', async () => {
    const doc = (await (await s.client('anonymous')).request('GET', '/api/openapi.json')).json() as { paths: Record<string, unknown> };
    assert.ok(doc.paths['/api/dashboard']);
  });
});

describe('the ledger list', () => {
  it("carries each item's assignment summary (lead unit, confirmed, deadline)", async () => {
    const sup = await s.client('supervisor');
    const page = (await sup.request('GET', `/api/commitments?report=${s.reportId}&limit=500`)).json() as {
      items: { id: number; assignment?: { leadUnitId?: number; leadUnitName?: string; confirmed: boolean } }[];
    };
    const milestone = page.items.find((i) => i.id === s.milestone.id)!;
    assert.deepEqual(milestone.assignment, { leadUnitId: s.units.own, leadUnitName: '县发改局', confirmed: true });
    assert.ok(page.items.some((i) => i.assignment === undefined), 'an unassigned item has none');
    const filtered = (await sup.request('GET', `/api/commitments?report=${s.reportId}&status=done`)).json() as typeof page;
    assert.equal(filtered.items.find((i) => i.id === s.milestone.id)?.assignment?.leadUnitName, '县发改局');
  });
});

describe('scorecards mid-year', () => {
  it("count a report entered on the server's day (its clock) as timely", async () => {
    // the milestone's report above was entered on 2025-04-15 by the server's clock, for April
    const sup = await s.client('supervisor');
    const detail = (await sup.request('GET', `/api/commitments/${s.milestone.id}`)).json() as { progress: { createdAt: string }[] };
    assert.equal(detail.progress.at(-1)!.createdAt.slice(0, 10), '2025-04-15');
    const d = (await sup.request('GET', `/api/dashboard?report=${s.reportId}`)).json() as Dashboard;
    const own = d.scorecards.find((c) => c.unitName === '县发改局')!;
    assert.ok(own.reportsTimely >= 1, JSON.stringify(own));
    const other = d.scorecards.find((c) => c.unitName === '县商务局');
    // a unit with a report and one without do not share rank and score
    if (other) assert.notEqual(own.score, other.score, JSON.stringify(d.scorecards));
    const cards = (await sup.request('GET', '/api/scorecards?report=' + s.reportId)).json() as { scorecards: Dashboard['scorecards'] };
    assert.deepEqual(cards.scorecards, d.scorecards);
  });
});
