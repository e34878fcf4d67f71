/**
 * The commitments' endpoints at their edges (routes/commitments.ts and the routes under an item): malformed input is
 * 400 naming the fields, unknown ids 404, and text with SQL and HTML is stored and returned verbatim.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode, SEEDED_NOW, seededWorld } from '../helpers.js';

const world = seededWorld({ now: () => SEEDED_NOW });

describe('bad input', () => {
  it('malformed JSON and wrong types → 400 naming the fields', async () => {
    const sup = await world.s.client('supervisor');
    const url = `/api/commitments/${world.s.target.id}`;
    const broken = await sup.request('PATCH', url, '{"version": 1,', { headers: { 'content-type': 'application/json' } });
    assert.equal(broken.statusCode, 400);
    assert.equal(errorCode(broken), 'BAD_REQUEST');
    const wrong = await sup.request('PATCH', url, { version: 'one', low: 'high', deadline: '2025-13-01', colour: 'red' });
    assert.equal(wrong.statusCode, 400);
    const fields = (wrong.json() as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field);
    for (const f of ['body.version', 'body.low', 'body.deadline']) assert.ok(fields.includes(f), `${f} in ${fields}`);
    assert.match(wrong.body, /colour/);
    const query = await sup.request('GET', '/api/commitments?limit=many&kind=promise');
    assert.equal(query.statusCode, 400);
    assert.match(query.body, /querystring\.limit/);
    assert.match(query.body, /querystring\.kind/);
    const unit = await sup.request('PUT', `/api/commitments/${world.s.target.id}/assignment`, { leadUnitId: 9999 });
    assert.equal(unit.statusCode, 400);
    assert.match(unit.body, /body\.leadUnitId/);
  });

  it('unknown ids and routes → 404', async () => {
    const sup = await world.s.client('supervisor');
    for (const url of ['/api/commitments/99999', '/api/reports/99999', '/api/no-such-thing']) {
      assert.equal((await sup.request('GET', url)).statusCode, 404, url);
    }
    assert.equal((await sup.request('PATCH', '/api/commitments/99999', { version: 1, text: 'x' })).statusCode, 404);
    assert.equal((await sup.request('PUT', '/api/commitments/99999/assignment', { leader: 'x' })).statusCode, 404);
    assert.equal((await sup.request('POST', '/api/commitments/99999/progress', { reportedOn: '2025-04-01', state: 'done' })).statusCode, 404);
  });

  it('text with SQL and HTML is stored and returned verbatim', async () => {
    const sup = await world.s.client('supervisor');
    const text = `<script>alert("x")</script>'); DROP TABLE commitments;-- 100% _x_ \\`;
    const current = (await sup.request('GET', `/api/commitments/${world.s.target.id}`)).json() as { commitment: { version: number } };
    const res = await sup.request('PATCH', `/api/commitments/${world.s.target.id}`, { version: current.commitment.version, text, section: '<b>章节</b>' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(res.headers['content-type'] as string, /application\/json/);
    const back = (await sup.request('GET', `/api/commitments/${world.s.target.id}`)).json() as { commitment: { text: string; section: string } };
    assert.equal(back.commitment.text, text);
    assert.equal(back.commitment.section, '<b>章节</b>');
    const found = (await sup.request('GET', `/api/commitments?q=${encodeURIComponent('DROP TABLE')}`)).json() as { total: number };
    assert.equal(found.total, 1);
    const unit = await (await world.s.client('admin')).request('POST', '/api/units', { name: `<img src=x onerror=alert(1)>'--` });
    assert.equal((unit.json() as { unit: { name: string } }).unit.name, `<img src=x onerror=alert(1)>'--`);
  });
});
