/**
 * A new password ends the sessions opened with the old one: an administrator's reset ends all of the account's
 * sessions; changing one's own keeps only the session that made the change. Both databases.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testDialects } from '../ledger/dialects.js';
import { Client, errorCode, PASSWORD, seed } from './helpers.js';

const NEW_PASSWORD = 'a new long password';

for (const dialect of await testDialects()) {
  describe(`sessions after a password change (${dialect.name})`, { skip: dialect.skip }, () => {
    it('a reset by an administrator ends every session of the account, for reading and for writing', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        try {
          const admin = await s.client('admin');
          const laptop = new Client(s.app);
          const phone = new Client(s.app);
          for (const c of [laptop, phone]) assert.equal((await c.login('supervisor')).statusCode, 200);
          const changed = await admin.request('PATCH', `/api/users/${s.userIds.supervisor}`, { password: NEW_PASSWORD });
          assert.equal(changed.statusCode, 200, changed.body);
          for (const c of [laptop, phone]) {
            assert.equal((await c.request('GET', '/api/commitments')).statusCode, 401);
            const write = await c.request('PUT', `/api/commitments/${s.target.id}/assignment`, { leader: '王副县长' });
            assert.equal(write.statusCode, 401);
            assert.equal(errorCode(write), 'UNAUTHENTICATED');
          }
          assert.equal((await new Client(s.app).login('supervisor', PASSWORD)).statusCode, 401, 'the old password');
          assert.equal((await new Client(s.app).login('supervisor', NEW_PASSWORD)).statusCode, 200, 'the new one');
          assert.equal((await admin.request('GET', '/api/users')).statusCode, 200, "the administrator's own session goes on");
        } finally {
          await s.app.close();
        }
      }));

    it("changing one's own password keeps the session that changed it and ends the others; other changes end none", () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        try {
          const here = await s.client('admin');
          const there = new Client(s.app);
          assert.equal((await there.login('admin')).statusCode, 200);
          const viewer = await s.client('viewer');
          assert.equal((await here.request('PATCH', `/api/users/${s.userIds.viewer}`, { role: 'supervisor' })).statusCode, 200);
          assert.equal((await viewer.request('GET', '/api/commitments')).statusCode, 200, 'a role change ends no session');
          assert.equal((await here.request('PATCH', `/api/users/${s.userIds.admin}`, { password: NEW_PASSWORD })).statusCode, 200);
          assert.equal((await there.request('GET', '/api/users')).statusCode, 401, 'the other session ended');
          assert.equal((await here.request('GET', '/api/users')).statusCode, 200, 'this one goes on');
          assert.equal((await here.request('POST', '/api/units', { name: '县财政局' })).statusCode, 201, 'and may write');
        } finally {
          await s.app.close();
        }
      }));
  });
}
