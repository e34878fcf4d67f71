/**
 * Writes need the CSRF token of the session they are made in (not any cookie and header that match), and a
 * browser's cross-origin writes are refused by their Origin or Sec-Fetch-Site, saying which. Clients that are not
 * browsers (no Origin, no Sec-Fetch-Site: the command line, scripts) still write with the token.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, errorCode, PASSWORD, seededWorld } from './helpers.js';

const world = seededWorld();

const FORGED = 'f'.repeat(43);

/** A supervisor's write with these cookies and headers. */
const write = (cookies: Record<string, string>, headers: Record<string, string>) =>
  world.s.app.inject({ method: 'PUT', url: `/api/commitments/${world.s.target.id}/assignment`, cookies, headers, payload: { leader: '王副县长' } });

describe('the CSRF token belongs to the session', () => {
  it('a write passes with its own session’s token only', async () => {
    const mine = new Client(world.s.app);
    const again = new Client(world.s.app);
    const viewer = new Client(world.s.app);
    for (const [c, who] of [[mine, 'supervisor'], [again, 'supervisor'], [viewer, 'viewer']] as const) assert.equal((await c.login(who)).statusCode, 200);
    const session = mine.cookies.luoshi_session;
    assert.notEqual(mine.csrf, again.csrf, 'each session has a token of its own');
    const cases: [string, Record<string, string>, string | undefined, number][] = [
      ['its own token', { luoshi_session: session, luoshi_csrf: mine.csrf }, mine.csrf, 200],
      ['its own token, without the cookie', { luoshi_session: session }, mine.csrf, 200],
      ['no token', { luoshi_session: session, luoshi_csrf: mine.csrf }, undefined, 403],
      ['a cookie and header of its own making', { luoshi_session: session, luoshi_csrf: FORGED }, FORGED, 403],
      ['the token of another session of the same user', { luoshi_session: session, luoshi_csrf: again.csrf }, again.csrf, 403],
      ["the token of another user's session", { luoshi_session: session, luoshi_csrf: viewer.csrf }, viewer.csrf, 403],
    ];
    for (const [name, cookies, token, status] of cases) {
      const res = await write(cookies, token ? { 'x-csrf-token': token } : {});
      assert.equal(res.statusCode, status, `${name}: ${res.body}`);
      if (status === 403) assert.equal(errorCode(res), 'CSRF', name);
    }
  });

  it('the token the API hands out is the session’s, in the body and in the readable cookie', async () => {
    const c = new Client(world.s.app);
    const login = await c.login('supervisor');
    const token = (login.json() as { csrfToken: string }).csrfToken;
    assert.equal(c.csrf, token);
    const me = await c.request('GET', '/api/auth/me');
    assert.equal((me.json() as { csrfToken: string }).csrfToken, token);
    assert.equal((await c.request('POST', '/api/auth/logout')).statusCode, 204);
    // the token of an ended session writes nothing in the next one
    const next = await c.login('supervisor');
    assert.notEqual((next.json() as { csrfToken: string }).csrfToken, token);
    const stale = await write({ luoshi_session: c.cookies.luoshi_session, luoshi_csrf: token }, { 'x-csrf-token': token });
    assert.equal(stale.statusCode, 403);
  });
});

describe('cross-origin writes', () => {
  it('are refused by Origin or Sec-Fetch-Site, naming why; same-origin ones and those of non-browsers pass', async () => {
    const c = await world.s.client('supervisor');
    const own = { luoshi_session: c.cookies.luoshi_session, luoshi_csrf: c.csrf };
    const cases: [string, Record<string, string>, number, RegExp?][] = [
      ['no Origin (not a browser)', {}, 200],
      ['Origin: this server', { origin: 'http://localhost' }, 200],
      ['Origin: this server, port given', { origin: 'http://localhost:80' }, 200],
      ['Origin: another site', { origin: 'https://evil.example' }, 403, /evil\.example/],
      ['Origin: a look-alike host', { origin: 'http://localhost.evil.example' }, 403, /localhost\.evil\.example/],
      ['Origin: another port', { origin: 'http://localhost:8081' }, 403, /localhost:8081/],
      ['Origin: null (a sandboxed page)', { origin: 'null' }, 403, /null/],
      ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, 403, /cross-site/],
      ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }, 403, /same-site/],
      ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }, 200],
      ['Sec-Fetch-Site: same-origin, Origin: this server', { 'sec-fetch-site': 'same-origin', origin: 'http://localhost' }, 200],
    ];
    for (const [name, headers, status, why] of cases) {
      const res = await write(own, { 'x-csrf-token': c.csrf, ...headers });
      assert.equal(res.statusCode, status, `${name}: ${res.body}`);
      if (why) {
        assert.equal(errorCode(res), 'CROSS_ORIGIN', name);
        assert.match((res.json() as { error: { detail: string } }).error.detail, why, name);
      }
    }
  });

  it('logging in from another site is refused too', async () => {
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await new Client(world.s.app).request('POST', '/api/auth/login', { username: 'viewer', password: PASSWORD }, { headers });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(errorCode(res), 'CROSS_ORIGIN');
    }
    assert.equal((await new Client(world.s.app).request('POST', '/api/auth/login', { username: 'viewer', password: PASSWORD }, { headers: { origin: 'http://localhost' } })).statusCode, 200);
  });
});
