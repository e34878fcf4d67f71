/**
 * The dispatcher a server runs: each round plans the day's reminders when the ledger or the day has changed since the
 * last plan, and sends what is due — so a contact set during the day is reached in the next round.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUnitContact } from '../../src/ledger/index.js';
import type { Outgoing } from '../../src/server/reminders/channels.js';
import { startReminderDispatch } from '../../src/server/reminders/dispatch.js';
import { seededWorld } from './helpers.js';

const NOW = new Date('2025-06-20T01:00:00Z');
const world = seededWorld({ now: () => NOW });

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(check(), 'not reached in time');
}

describe('the reminder dispatcher', () => {
  it('sends the day’s reminders, and those of a contact set later in the day, each once', async () => {
    const sent: Outgoing[] = [];
    await setUnitContact(world.ledger, null, { unitId: world.s.units.own, email: 'fgj@example.cn' });
    const stop = startReminderDispatch(world.ledger, { now: () => NOW, today: () => '2025-06-20' }, async (m) => void sent.push(m), { intervalMs: 10, log: (e) => assert.fail(String(e)) });
    try {
      await until(() => sent.length === 1);
      await setUnitContact(world.ledger, null, { unitId: world.s.units.own, email: 'fgj@example.cn', webhook: { kind: 'wecom', url: 'http://127.0.0.1:9/send' } });
      await until(() => sent.length === 2);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(sent.map((m) => m.channel).sort(), ['email', 'wecom']);
    } finally {
      await stop();
    }
  });
});
