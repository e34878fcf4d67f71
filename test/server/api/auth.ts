/**
 * Signing in and out (routes/auth.ts, and an account disabled through routes/users.ts): writes and logins need the
 * CSRF token, the session cookie is HttpOnly and SameSite=Strict, a disabled account cannot log in, and failed
 * logins are limited.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Client, errorCode, SEEDED_NOW, seededWorld } from '../helpers.js';

// the login limit's test moves it on
let clock = SEEDED_NOW;
const world = seededWorld({ now: () => clock });

describe('CSRF', () => {
  it('a write without the token, or with a wrong one, is refused naming CSRF; logging in needs it too', async () => {
    const sup = await world.s.client('supervisor');
    const url = `/api/commitments/${world.s.target.id}/assignment`;
    for (const res of [
      await sup.request('PUT', url, { leader: '甲' }, { csrf: false }),
      await sup.request('PUT', url, { leader: '甲' }, { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(43) } }),
    ]) {
      assert.equal(res.statusCode, 403);
      assert.equal(errorCode(res), 'CSRF');
      assert.match(res.body, /CSRF/);
    }
    const fresh = new Client(world.s.app);
    const login = await fresh.request('POST', '/api/auth/login', { username: 'viewer', password: 'correct horse battery' }, { csrf: false });
    assert.equal(login.statusCode, 403);
    assert.equal(errorCode(login), 'CSRF');
  });

  it('cookies: the session is HttpOnly and SameSite=Strict, the CSRF token readable; logout ends the session', async () => {
    const c = new Client(world.s.app);
    const res = await c.login('viewer');
    const session = res.cookies.find((k) => k.name === 'luoshi_session') as { httpOnly?: boolean; sameSite?: string; path?: string };
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(session.path, '/');
    const csrf = res.cookies.find((k) => k.name === 'luoshi_csrf') as { httpOnly?: boolean; value: string };
    assert.ok(!csrf.httpOnly);
    assert.equal((res.json() as { csrfToken: string }).csrfToken, csrf.value);
    assert.equal((await c.request('POST', '/api/auth/logout')).statusCode, 204);
    assert.equal((await c.request('GET', '/api/commitments')).statusCode, 401);
  });
});

describe('accounts', () => {
  it('a disabled account cannot log in, its open sessions end, and it can be enabled again', async () => {
    const admin = await world.s.client('admin');
    const someone = new Client(world.s.app);
    assert.equal((await someone.login('editorOther')).statusCode, 200);
    const off = await admin.request('PATCH', `/api/users/${world.s.userIds.editorOther}`, { disabled: true });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal((off.json() as { user: { disabled?: boolean } }).user.disabled, true);
    assert.equal((await someone.request('GET', '/api/commitments')).statusCode, 401, 'the session ended');
    const refused = await new Client(world.s.app).login('editorOther');
    assert.equal(refused.statusCode, 403);
    assert.equal(errorCode(refused), 'ACCOUNT_DISABLED');
    // a wrong password says no more than that
    assert.equal(errorCode(await new Client(world.s.app).login('editorOther', 'not the password')), 'BAD_CREDENTIALS');
    assert.equal((await admin.request('PATCH', `/api/users/${world.s.userIds.admin}`, { disabled: true })).statusCode, 400, 'not one’s own account');
    assert.equal((await admin.request('PATCH', `/api/users/${world.s.userIds.editorOther}`, { disabled: false })).statusCode, 200);
    assert.equal((await new Client(world.s.app).login('editorOther')).statusCode, 200);
  });
});

describe('login rate limit', () => {
  it('5 failures on an account → 429 with Retry-After, even with the right password; later allowed', async () => {
    const c = new Client(world.s.app);
    for (let i = 0; i < 5; i++) {
      const res = await c.login('admin', 'wrong password');
      assert.equal(res.statusCode, 401);
      assert.equal(errorCode(res), 'BAD_CREDENTIALS');
    }
    const blocked = await c.login('admin');
    assert.equal(blocked.statusCode, 429);
    assert.ok(Number(blocked.headers['retry-after']) > 0);
    // unknown usernames say the same as wrong passwords
    assert.equal(errorCode(await c.login('nobody', 'x')), 'BAD_CREDENTIALS');
    clock = new Date(clock.getTime() + 16 * 60 * 1000);
    assert.equal((await c.login('admin')).statusCode, 200);
  });
});
