/**
 * The office's settings (序时进度 thresholds, the default reporting cycle): read by everyone logged in, set by the
 * office only, refused when amber is not below red or a cycle's due day is out of range, audited, kept on both
 * databases, and in force at once for every status.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getSettings, listAudit, updateSettings } from '../../src/ledger/index.js';
import { testDialects } from '../ledger/dialects.js';
import { errorCode, seededWorld } from './helpers.js';

const world = seededWorld();
const DEFAULTS = { paceLag: { atRisk: 10, behind: 30 }, reportingCycle: { kind: 'monthly', dueDay: 0 } };

describe('settings over the API', () => {
  it('the defaults until the office sets its own; a unit reads them', async () => {
    const unit = await world.s.client('editorOwn');
    const res = await unit.request('GET', '/api/settings');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { settings: DEFAULTS, defaults: DEFAULTS });
  });

  it('only the office sets them; bad thresholds are refused naming the field', async () => {
    const rows: [who: 'editorOwn' | 'supervisor', body: unknown, status: number, code?: string][] = [
      ['editorOwn', { paceLag: { atRisk: 5, behind: 20 } }, 403, 'FORBIDDEN'],
      ['supervisor', { paceLag: { atRisk: 20, behind: 20 } }, 400, 'VALIDATION'],
      ['supervisor', { paceLag: { atRisk: -1, behind: 20 } }, 400, 'VALIDATION'],
      ['supervisor', { paceLag: { atRisk: 5, behind: 120 } }, 400, 'VALIDATION'],
      ['supervisor', { paceLag: { atRisk: 5 } }, 400, 'VALIDATION'],
      ['supervisor', { reminders: true }, 400, 'VALIDATION'],
      ['supervisor', { reportingCycle: { kind: 'monthly', dueDay: 29 } }, 400, 'VALIDATION'],
      ['supervisor', { reportingCycle: { kind: 'quarterly', dueDay: 61 } }, 400, 'VALIDATION'],
      ['supervisor', { reportingCycle: { kind: 'monthly', dueDay: 2.5 } }, 400, 'VALIDATION'],
      ['supervisor', { reportingCycle: { kind: 'once', dueOn: '2025-02-30' } }, 400, 'VALIDATION'],
      ['supervisor', { reportingCycle: { kind: 'weekly', dueDay: 0 } }, 400, 'VALIDATION'],
      ['supervisor', { reportingCycle: { kind: 'once', dueDay: 5 } }, 400, 'VALIDATION'],
      ['supervisor', { paceLag: { atRisk: 5, behind: 20 } }, 200],
      ['supervisor', { reportingCycle: { kind: 'quarterly', dueDay: 10 } }, 200],
    ];
    for (const [who, body, status, code] of rows) {
      const res = await (await world.s.client(who)).request('PUT', '/api/settings', body);
      assert.equal(res.statusCode, status, `${who} ${JSON.stringify(body)}: ${res.body}`);
      if (code) assert.equal(errorCode(res), code, JSON.stringify(body));
    }
    const read = await (await world.s.client('viewer')).request('GET', '/api/settings');
    assert.deepEqual(read.json(), { settings: { paceLag: { atRisk: 5, behind: 20 }, reportingCycle: { kind: 'quarterly', dueDay: 10 } }, defaults: DEFAULTS });
  });
});

for (const dialect of await testDialects()) {
  describe(`settings in the ledger (${dialect.name})`, { skip: dialect.skip }, () => {
    it('kept, audited with before and after, and seen by another handle', () =>
      dialect.withLedger(async (ledger, openAgain) => {
        assert.deepEqual(await getSettings(ledger), {});
        await updateSettings(ledger, null, { paceLag: { atRisk: 12, behind: 25 } });
        await updateSettings(ledger, null, { paceLag: { atRisk: 12, behind: 25 } }); // unchanged: no second entry
        await assert.rejects(updateSettings(ledger, null, { paceLag: { atRisk: 25, behind: 12 } }), /atRisk < behind/);
        await assert.rejects(updateSettings(ledger, null, { reportingCycle: { kind: 'monthly', dueDay: 31 } }), /due 0 to 28 days/);
        const other = await openAgain();
        assert.deepEqual(await getSettings(other), { paceLag: { atRisk: 12, behind: 25 } });
        const entries = (await listAudit(ledger, { entity: 'settings' })).map((e) => [e.action, e.before, e.after]);
        assert.deepEqual(entries, [['update', {}, { paceLag: { atRisk: 12, behind: 25 } }]]);
      }));
  });
}
