/** The supervision lists and reminders (routes/lists.ts) and the units' scorecards (routes/scorecards.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEEDED_NOW, seededWorld } from '../helpers.js';

const world = seededWorld({ now: () => SEEDED_NOW });

describe('lists and scorecards', () => {
  it('lists, reminders (JSON, CSV, print page), scorecards (JSON, CSV)', async () => {
    const sup = await world.s.client('supervisor');
    const late = (await sup.request('GET', '/api/lists/late?today=2025-12-20')).json() as { items: { commitmentId: number; unitName: string }[] };
    assert.ok(late.items.some((i) => i.commitmentId === world.s.milestone.id && i.unitName === '县发改局'));
    assert.equal((await sup.request('GET', '/api/lists/due')).statusCode, 200);
    assert.equal((await sup.request('GET', '/api/lists/not-reported?today=2025-06-15')).statusCode, 200);
    const reminders = await sup.request('GET', '/api/lists/reminders?today=2025-12-20');
    assert.ok((reminders.json() as { reminders: unknown[] }).reminders.length > 0);
    const csv = await sup.request('GET', '/api/lists/reminders?today=2025-12-20&format=csv');
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.match(csv.body, /县发改局/);
    const html = await sup.request('GET', '/api/lists/reminders?today=2025-12-20&format=html');
    assert.match(html.headers['content-type'] as string, /text\/html/);
    assert.match(html.body, /督办提醒单/);
    // the sheets of one government's report are that government's office's
    const own = await sup.request('GET', `/api/lists/reminders?today=2025-12-20&format=html&report=${world.s.reportId}`);
    assert.match(own.body, /青岭县人民政府督查室　督办〔2025〕第122001号/);
    const cards = (await sup.request('GET', '/api/scorecards?year=2025&today=2025-12-20')).json() as { scorecards: { unitName: string }[] };
    assert.ok(cards.scorecards.some((c) => c.unitName === '县发改局'));
    const evaluation = await sup.request('GET', '/api/scorecards?year=2025&today=2025-12-20&format=csv');
    assert.match(evaluation.body, /县发改局/);
  });
});
