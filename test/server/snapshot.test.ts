import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, closeLedger, importReport } from '../../src/ledger/index.js';
import { snapshot } from '../../src/app/loop-data.js';
import { analyzeText } from '../ledger/dialects.js';

const fixture = readFileSync(new URL('../fixtures/clean/county-report.txt', import.meta.url), 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a report imported by another process shows in the server’s statuses without a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-snapshot-'));
  const file = join(dir, 'ledger.db');
  const server = await openLedger({ file });
  const cli = await openLedger({ file });
  try {
    const before = await snapshot(server, '2024-09-16');
    assert.equal(before.items.length, 0);
    // unchanged ledger: the same snapshot is served again
    assert.equal(await snapshot(server, '2024-09-16'), before);
    await importReport(cli, null, { analysis: analyzeText(fixture, 'county.txt') });
    // the server sees the other handle's write through the audit log within the poll interval
    let after = before;
    for (let i = 0; i < 30 && after.items.length === 0; i++) {
      await sleep(100);
      after = await snapshot(server, '2024-09-16');
    }
    assert.ok(after.items.length > 30, `items seen: ${after.items.length}`);
  } finally {
    await closeLedger(server);
    await closeLedger(cli);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a small table kept between writes is read again after one', async () => {
  const { keptWhileUnchanged } = await import('../../src/app/ledger-state.js');
  const { createUnit, listUnits } = await import('../../src/ledger/index.js');
  const ledger = await openLedger({ file: ':memory:' });
  try {
    let loads = 0;
    const units = () => keptWhileUnchanged(ledger, 'units', () => (loads++, listUnits(ledger)));
    assert.deepEqual(await units(), []);
    assert.deepEqual(await units(), []);
    assert.equal(loads, 1);
    await createUnit(ledger, null, { name: '县发改局' });
    assert.deepEqual((await units()).map((u) => u.name), ['县发改局']);
    assert.equal(loads, 2);
  } finally {
    await closeLedger(ledger);
  }
});
