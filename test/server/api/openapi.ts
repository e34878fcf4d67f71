/** The API's description (routes/openapi.ts) covers every route; every response carries the security headers. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, SEEDED_NOW, seededWorld } from '../helpers.js';

const world = seededWorld({ now: () => SEEDED_NOW });

describe('OpenAPI and headers', () => {
  it('GET /api/openapi.json describes every route the app serves', async () => {
    const res = await new Client(world.s.app).request('GET', '/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { responses?: unknown }>> };
    assert.match(doc.openapi, /^3\./);
    const api = world.s.app.routeList.filter((r) => r.url.startsWith('/api/'));
    assert.ok(api.length >= 30, `${api.length} routes`);
    for (const { method, url } of api) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      assert.ok(doc.paths[path]?.[method.toLowerCase()], `${method} ${url} is not in the OpenAPI description`);
    }
    assert.ok(doc.paths['/api/commitments/{id}'].patch.responses);
  });

  it('security headers on every response, errors included', async () => {
    const c = new Client(world.s.app);
    for (const res of [await c.request('GET', '/api/auth/me'), await c.request('GET', '/api/commitments'), await c.request('GET', '/nowhere'), await c.request('GET', '/')]) {
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['referrer-policy']);
    }
  });
});
