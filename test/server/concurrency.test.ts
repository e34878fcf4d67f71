/** Two people edit the same item: the second writer gets 409 with the current state; nothing is lost. Both databases. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getCommitment } from '../../src/ledger/index.js';
import { testDialects } from '../ledger/dialects.js';
import { errorCode, seed } from './helpers.js';

for (const dialect of await testDialects()) {
  describe(`concurrent updates through the API (${dialect.name})`, { skip: dialect.skip }, () => {
    it('same version twice: one 200, one 409 carrying the stored item; a stale assignment version is 409 too', () =>
      dialect.withLedger(async (ledger) => {
        const s = await seed(ledger);
        try {
          const a = await s.client('supervisor');
          const b = await s.client('admin');
          const seen = s.milestone.version;
          const [ra, rb] = await Promise.all([
            a.request('PATCH', `/api/commitments/${s.milestone.id}`, { version: seen, text: '甲：上半年开工建设青岭物流园' }),
            b.request('PATCH', `/api/commitments/${s.milestone.id}`, { version: seen, text: '乙：上半年开工建设青岭物流园' }),
          ]);
          const statuses = [ra.statusCode, rb.statusCode].sort();
          assert.deepEqual(statuses, [200, 409]);
          const winner = ra.statusCode === 200 ? ra : rb;
          const loser = ra.statusCode === 409 ? ra : rb;
          assert.equal(errorCode(loser), 'VERSION_CONFLICT');
          const current = (loser.json() as { error: { current: { version: number; text: string } } }).error.current;
          assert.equal(current.version, seen + 1);
          assert.equal(current.text, (winner.json() as { text: string }).text);
          assert.equal((await getCommitment(ledger, s.milestone.id))?.text, current.text);

          // the loser retries on the current state and wins
          const retry = await (ra.statusCode === 409 ? a : b).request('PATCH', `/api/commitments/${s.milestone.id}`, { version: current.version, deadline: '2025-06-30' });
          assert.equal(retry.statusCode, 200, retry.body);
          const stored = await getCommitment(ledger, s.milestone.id);
          assert.equal(stored?.text, current.text);
          assert.equal(stored?.deadline, '2025-06-30');

          const first = await a.request('PUT', `/api/commitments/${s.target.id}/assignment`, { leader: '王副县长' });
          const version = (first.json() as { assignment: { version: number } }).assignment.version;
          assert.equal((await b.request('PUT', `/api/commitments/${s.target.id}/assignment`, { leader: '李副县长', version })).statusCode, 200);
          const stale = await a.request('PUT', `/api/commitments/${s.target.id}/assignment`, { leader: '赵副县长', version });
          assert.equal(stale.statusCode, 409);
          assert.equal((stale.json() as { error: { current: { leader: string } } }).error.current.leader, '李副县长');
        } finally {
          await s.app.close();
        }
      }));
  });
}
