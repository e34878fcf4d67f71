/**
 * Splitting and merging items over the API: the office merges two items into one and splits it again; each item's
 * page names what it became or came from; a unit is refused, an older version gets 409 with the item as it is, and
 * bodies out of bounds get 400 naming the field.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode, seededWorld } from './helpers.js';

const world = seededWorld();

async function office() {
  const client = await world.s.client('supervisor');
  const original = (await client.request('GET', `/api/reports/${world.s.reportId}`)).json().original as string;
  const items = (await client.request('GET', `/api/commitments?report=${world.s.reportId}&limit=500`)).json().items as { id: number; version: number; text: string }[];
  const item = (words: string) => items.find((i) => i.text.includes(words))!;
  const span = (words: string) => ({ start: original.indexOf(words), end: original.indexOf(words) + words.length });
  return { client, item, span };
}

describe('splitting and merging over the API', () => {
  it('merged, then split again; each page links the items both ways', async () => {
    const { client, item, span } = await office();
    const schools = item('幼儿园');
    const parking = item('停车泊位');
    const merged = await client.request('POST', '/api/commitments/merge', { items: [schools, parking].map(({ id, version }) => ({ id, version })), kind: 'task' });
    assert.equal(merged.statusCode, 201, merged.body);
    const whole = merged.json();
    assert.ok(whole.text.startsWith('新建城区公办幼儿园3所') && whole.text.endsWith('新增公共停车泊位800个'), whole.text);
    const split = await client.request('POST', `/api/commitments/${whole.id}/split`, {
      version: whole.version,
      parts: [
        { span: span('新建城区公办幼儿园3所'), kind: 'target', low: 3, unit: '所', op: 'exact' },
        { span: span('新增公共停车泊位800个'), kind: 'target', low: 800, unit: '个', op: 'exact' },
      ],
    });
    assert.equal(split.statusCode, 201, split.body);
    const parts = split.json().items as { id: number; low: number }[];
    assert.deepEqual(parts.map((p) => p.low), [3, 800]);
    const page = (await client.request('GET', `/api/commitments/${whole.id}`)).json();
    assert.deepEqual(page.replaces.map((r: { kind: string; id: number }) => [r.kind, r.id]), [['merge', schools.id], ['merge', parking.id]]);
    assert.deepEqual(page.replacedBy.map((r: { kind: string; id: number }) => [r.kind, r.id]), parts.map((p) => ['split', p.id]));
    assert.equal(page.status.status, 'not_tracked');
    const was = (await client.request('GET', `/api/commitments/${schools.id}`)).json();
    assert.deepEqual([was.commitment.reviewState, was.replacedBy[0].id], ['rejected', whole.id]);
  });

  it('refused to a unit; an older version is 409 with the item as it is; bad bodies are 400', async () => {
    const { client, item, span } = await office();
    const milestone = item('物流园');
    const parts = [
      { span: span('上半年开工建设'), kind: 'task' },
      { span: span('青岭物流园'), kind: 'task' },
    ];
    const unit = await world.s.client('editorOwn');
    assert.equal((await unit.request('POST', `/api/commitments/${milestone.id}/split`, { version: milestone.version, parts })).statusCode, 403);
    const stale = await client.request('POST', `/api/commitments/${milestone.id}/split`, { version: milestone.version + 5, parts });
    assert.deepEqual([stale.statusCode, errorCode(stale), stale.json().error.current?.id], [409, 'VERSION_CONFLICT', milestone.id]);
    const rows: [string, string, unknown, number, string][] = [
      ['one part', `/api/commitments/${milestone.id}/split`, { version: milestone.version, parts: parts.slice(0, 1) }, 400, 'VALIDATION'],
      ['an unknown field', `/api/commitments/${milestone.id}/split`, { version: milestone.version, parts, note: 'x' }, 400, 'VALIDATION'],
      ['no such item', '/api/commitments/99999/split', { version: 1, parts }, 404, 'NOT_FOUND'],
      ['one item merged', '/api/commitments/merge', { items: [{ id: milestone.id, version: milestone.version }], kind: 'task' }, 400, 'VALIDATION'],
      ['an id not a number', '/api/commitments/merge', { items: [{ id: '0x1F', version: 1 }, { id: milestone.id, version: 1 }], kind: 'task' }, 400, 'VALIDATION'],
    ];
    for (const [name, url, body, status, code] of rows) {
      const res = await client.request('POST', url, body);
      assert.deepEqual([res.statusCode, errorCode(res)], [status, code], name);
    }
    assert.equal((await client.request('GET', `/api/commitments/${milestone.id}`)).json().commitment.reviewState, 'extracted');
  });
});
