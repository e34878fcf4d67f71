/** Progress reports (routes/progress.ts): with text, link and file evidence, by the item's unit only. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorCode, multipart, SEEDED_NOW, seededWorld } from '../helpers.js';

const world = seededWorld({ now: () => SEEDED_NOW });

describe('progress', () => {
  it('progress with text, link and file evidence (JSON base64 and multipart); the file downloads', async () => {
    const editor = await world.s.client('editorOwn');
    const res = await editor.request('POST', `/api/commitments/${world.s.milestone.id}/progress`, {
      reportedOn: '2025-04-10',
      state: 'in_progress',
      note: '已完成用地报批',
      evidence: [
        { kind: 'text', value: '县自然资源局批复' },
        { kind: 'link', value: 'https://example.org/pifu' },
        { kind: 'file', name: '批复.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4 fake').toString('base64') },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const evidence = (res.json() as { progress: { evidence: { kind: string; value: string }[] } }).progress.evidence;
    const file = await editor.request('GET', evidence[2].value);
    assert.equal(file.statusCode, 200);
    assert.equal(file.body, '%PDF-1.4 fake');
    const bad = await editor.request('POST', `/api/commitments/${world.s.milestone.id}/progress`, { reportedOn: '2025-04-10', evidence: [{ kind: 'link', value: 'javascript:alert(1)' }] });
    assert.equal(bad.statusCode, 400);
    const { payload, headers } = multipart({ field: 'photo', name: '现场.jpg', type: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 1, 2]) }, { reportedOn: '2025-04-12', state: 'in_progress' });
    const multi = await editor.request('POST', `/api/commitments/${world.s.milestone.id}/progress`, payload, { headers });
    assert.equal(multi.statusCode, 201, multi.body);
    const other = await world.s.client('editorOther');
    assert.equal(errorCode(await other.request('POST', `/api/commitments/${world.s.milestone.id}/progress`, { reportedOn: '2025-04-12', state: 'done' })), 'NOT_YOUR_UNIT');
    const detail = (await editor.request('GET', `/api/commitments/${world.s.milestone.id}`)).json() as {
      progress: unknown[];
      status: { reason: string };
      history: { entity: string; userName?: string }[];
    };
    assert.equal(detail.progress.length, 2);
    assert.ok(detail.status.reason.length > 0);
    // the history has the progress reported, each entry by the name of who made it
    assert.equal(detail.history.filter((h) => h.entity === 'progress').length, 2);
    assert.ok(detail.history.filter((h) => h.entity === 'progress').every((h) => h.userName === 'editorOwn'), JSON.stringify(detail.history));
  });
});
