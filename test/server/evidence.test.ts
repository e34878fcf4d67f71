/**
 * Evidence files download as attachments with a type that cannot run: whatever type the uploader claimed, only a
 * few inert ones (PDF, PNG, JPEG, GIF, WebP) are named, everything else is application/octet-stream, always with
 * nosniff, so an uploaded script or page is never run or shown under the app's origin. The name is kept, encoded.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { seededWorld } from './helpers.js';

const world = seededWorld();

const OCTETS = 'application/octet-stream';

/** The name and type uploaded → the type served and the Content-Disposition sent. */
const CASES: [name: string, uploaded: string, served: string, disposition: string][] = [
  ['app.js', 'text/javascript', OCTETS, `attachment; filename="app.js"; filename*=UTF-8''app.js`],
  ['page.html', 'text/html', OCTETS, `attachment; filename="page.html"; filename*=UTF-8''page.html`],
  ['logo.svg', 'image/svg+xml', OCTETS, `attachment; filename="logo.svg"; filename*=UTF-8''logo.svg`],
  ['feed.xml', 'application/xml', OCTETS, `attachment; filename="feed.xml"; filename*=UTF-8''feed.xml`],
  ['notes.txt', 'text/plain', OCTETS, `attachment; filename="notes.txt"; filename*=UTF-8''notes.txt`],
  ['批复.pdf', 'application/pdf', 'application/pdf', `attachment; filename="__.pdf"; filename*=UTF-8''%E6%89%B9%E5%A4%8D.pdf`],
  ['现场.png', 'IMAGE/PNG', 'image/png', `attachment; filename="__.png"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA.png`],
  ['photo.jpg', 'image/jpeg', 'image/jpeg', `attachment; filename="photo.jpg"; filename*=UTF-8''photo.jpg`],
  ["it's (1)*.gif", 'image/gif', 'image/gif', `attachment; filename="it's (1)*.gif"; filename*=UTF-8''it%27s%20%281%29%2A.gif`],
  ['a"b\\c\r\nSet-Cookie: x=1.webp', 'image/webp', 'image/webp', `attachment; filename="a_b_c__Set-Cookie: x=1.webp"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1.webp`],
];

describe('evidence downloads', () => {
  it('are attachments of an inert type with nosniff, whatever the uploader said', async () => {
    const editor = await world.s.client('editorOwn');
    const res = await editor.request('POST', `/api/commitments/${world.s.milestone.id}/progress`, {
      reportedOn: '2025-04-10',
      state: 'in_progress',
      evidence: CASES.map(([name, contentType]) => ({ kind: 'file', name, contentType, data: Buffer.from(`alert('${name}')`).toString('base64') })),
    });
    assert.equal(res.statusCode, 201, res.body);
    const stored = (res.json() as { progress: { evidence: { value: string }[] } }).progress.evidence;
    for (const [i, [name, , served, disposition]] of CASES.entries()) {
      const file = await editor.request('GET', stored[i].value);
      assert.equal(file.statusCode, 200, name);
      assert.equal(file.headers['content-type'], served, name);
      assert.equal(file.headers['content-disposition'], disposition, name);
      assert.equal(file.headers['x-content-type-options'], 'nosniff', name);
      assert.match(String(file.headers['content-security-policy']), /sandbox/, name);
      assert.equal(file.body, `alert('${name}')`, name);
    }
  });
});
