/**
 * 办结 and changes through the API: the own unit's editor asks 办结 on its milestone, the item shows 待审核办结, the
 * office sees it among 待审批 (and counted on the dashboard) and approves it: done. Another unit's editor cannot ask
 * about it, an editor cannot decide, a request is decided once, and bad input is a 4xx naming the problem.
 * The office's today is 2025-04-15.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode, seededWorld } from './helpers.js';

const clock = new Date('2025-04-15T02:00:00Z');
const world = seededWorld({ now: () => clock });

type Req = { id: number; kind: string; state: string; note?: string; title: string; unitName: string; requestedByName?: string; proposal: Record<string, unknown> };
const statusOf = async (id: number) => ((await (await world.s.client('viewer')).request('GET', `/api/commitments/${id}`)).json() as { status: { status: string; reason: string } }).status;

describe('办结 through the API', () => {
  it('a unit asks 办结, the item waits as 待审核办结, the office approves, the item is done', async () => {
    const unit = await world.s.client('editorOwn');
    const office = await world.s.client('supervisor');
    const asked = await unit.request('POST', `/api/commitments/${world.s.milestone.id}/requests`, { kind: 'completion', completedOn: '2025-04-10', reason: '物流园已开工' });
    assert.equal(asked.statusCode, 201, asked.body);
    const request = (asked.json() as { request: Req }).request;
    assert.deepEqual([request.kind, request.state, request.unitName, request.requestedByName], ['completion', 'pending', '县发改局', 'editorOwn']);
    assert.equal((await statusOf(world.s.milestone.id)).status, 'pending_closure');
    const progress = (await unit.request('GET', `/api/commitments/${world.s.milestone.id}/progress`)).json() as { progress: { state?: string; note: string }[] };
    assert.deepEqual(progress.progress.map((p) => [p.state, p.note]), [['done', '物流园已开工']]);

    const waiting = (await office.request('GET', '/api/requests?state=pending')).json() as { requests: Req[] };
    assert.deepEqual(waiting.requests.map((r) => r.id), [request.id]);
    assert.equal(((await office.request('GET', '/api/dashboard')).json() as { pendingRequests: number }).pendingRequests, 1);
    // the other unit's editor sees none of it
    assert.deepEqual(((await (await world.s.client('editorOther')).request('GET', '/api/requests')).json() as { requests: Req[] }).requests, []);

    const byEditor = await unit.request('POST', `/api/requests/${request.id}/decision`, { decision: 'approve' });
    assert.equal(byEditor.statusCode, 403);
    const approved = await office.request('POST', `/api/requests/${request.id}/decision`, { decision: 'approve', note: '同意办结' });
    assert.equal(approved.statusCode, 200, approved.body);
    const status = await statusOf(world.s.milestone.id);
    assert.equal(status.status, 'done');
    assert.match(status.reason, /2025-04-10报告已完成，2025-04-15经督查室审核办结/);
    const twice = await office.request('POST', `/api/requests/${request.id}/decision`, { decision: 'return', note: '再议' });
    assert.deepEqual([twice.statusCode, errorCode(twice)], [409, 'REQUEST_CONFLICT']);
    assert.equal(((await office.request('GET', '/api/dashboard')).json() as { pendingRequests: number }).pendingRequests, 0);
  });

  it('refuses another unit, a bad day, a deadline not later, a return without a note', async () => {
    // the other unit's editor: on the milestone the own unit leads, and on the target its own unit leads
    const other = await world.s.client('editorOther');
    const cases: ['milestone' | 'target', unknown, number, string, RegExp?][] = [
      ['milestone', { kind: 'completion', completedOn: '2025-04-10' }, 403, 'NOT_YOUR_UNIT'],
      ['target', { kind: 'extension', deadline: '2025-02-30', reason: '延期' }, 400, 'VALIDATION', /2025-02-30/],
      ['target', { kind: 'extension', deadline: '2025-09-30' }, 400, 'VALIDATION', /reason/],
      ['target', { kind: 'extension', deadline: '2025-01-31', reason: '延期' }, 400, 'INVALID_VALUE', /not later than the deadline in force/],
      ['target', { kind: 'adjustment', changes: {}, reason: '调整' }, 400, 'VALIDATION', /change at least one field/],
      ['target', { kind: 'nonsense' }, 400, 'VALIDATION'],
    ];
    for (const [item, body, status, code, detail] of cases) {
      const res = await other.request('POST', `/api/commitments/${world.s[item].id}/requests`, body);
      assert.deepEqual([res.statusCode, errorCode(res)], [status, code], `${JSON.stringify(body)}: ${res.body}`);
      if (detail) assert.match(res.body, detail);
    }
  });

  it('an extension approved moves the deadline, keeps the one it replaced, and counts in the scorecard', async () => {
    const unit = await world.s.client('editorOther');
    const office = await world.s.client('supervisor');
    const before = (await office.request('GET', `/api/commitments/${world.s.target.id}`)).json() as { status: { deadline?: string } };
    const asked = await unit.request('POST', `/api/commitments/${world.s.target.id}/requests`, { kind: 'extension', deadline: '2026-06-30', reason: '资金未到位' });
    assert.equal(asked.statusCode, 201, asked.body);
    const id = (asked.json() as { request: Req }).request.id;
    const noNote = await office.request('POST', `/api/requests/${id}/decision`, { decision: 'return' });
    assert.deepEqual([noNote.statusCode, errorCode(noNote)], [400, 'INVALID_VALUE']);
    const approved = (await office.request('POST', `/api/requests/${id}/decision`, { decision: 'approve' })).json() as { request: Req };
    assert.deepEqual(approved.request.proposal, { kind: 'extension', deadline: '2026-06-30', previousDeadline: before.status.deadline });
    assert.equal(((await statusOf(world.s.target.id)) as { deadline?: string }).deadline, '2026-06-30');
    const cards = (await office.request('GET', '/api/scorecards')).json() as { scorecards: { unitName: string; extensions: number }[] };
    assert.deepEqual(cards.scorecards.map((c) => [c.unitName, c.extensions]).sort(), [['县发改局', 0], ['县商务局', 1]]);
    const csv = (await office.request('GET', '/api/scorecards?format=csv')).body;
    assert.match(csv, /延期次数/);
  });
});
