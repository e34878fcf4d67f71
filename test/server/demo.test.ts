/** The demo's content: what `luoshi serve --demo` seeds is what an office would have done with the sample. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { closeLedger, getAssignment, getUnit, listProgress, openLedger } from '../../src/ledger/index.js';
import { buildApp } from '../../src/server/index.js';
import { Client } from './helpers.js';
import { seedDemo } from '../../src/server/demo.js';
import { allCommitments } from '../../src/app/loop-data.js';

it('the units the text names lead and cooperate, over any topic rule; a second start changes nothing', async () => {
  const ledger = await openLedger({ file: ':memory:' });
  try {
    const { reportId } = await seedDemo(ledger);
    const commitments = await allCommitments(ledger, { reportId });
    const named = commitments.filter((c) => c.kind !== 'achievement' && c.namedLeadUnits.length > 0);
    assert.ok(named.length > 0, 'the sample names lead units');
    for (const c of named) {
      const a = await getAssignment(ledger, c.id);
      assert.ok(a?.confirmed, `${c.text}: assigned and confirmed`);
      assert.equal((await getUnit(ledger, a.leadUnitId!))?.name, c.namedLeadUnits[0], `${c.text}: the lead the text names`);
    }
    const before = await Promise.all(named.map((c) => getAssignment(ledger, c.id)));
    await seedDemo(ledger);
    assert.deepEqual(await Promise.all(named.map((c) => getAssignment(ledger, c.id))), before);
  } finally {
    await closeLedger(ledger);
  }
});

it('a fresh demo shows a year in progress: as of a day in its report’s year, every colour on the dashboard', async () => {
  const ledger = await openLedger({ file: ':memory:' });
  const app = await buildApp({ ledger, demo: true });
  try {
    const demo = app.demo!;
    assert.match(demo.today, /^2024-09-16$/);
    const supervisor = demo.accounts.find((a) => a.role === 'supervisor')!;
    const client = new Client(app);
    assert.equal((await client.login(supervisor.username, supervisor.password)).statusCode, 200);
    const d = (await client.request('GET', `/api/dashboard?report=${demo.reportId}`)).json() as { today: string; overall: { rag: Record<string, number> } };
    assert.equal(d.today, demo.today, 'the demo runs as of its day');
    for (const colour of ['green', 'amber', 'red', 'none']) assert.ok(d.overall.rag[colour]! > 0, `${colour}: ${JSON.stringify(d.overall.rag)}`);
    // the progress was entered by the units' own editors, on time, with evidence
    const history = await listProgress(ledger, {});
    assert.ok(history.length >= 10 && history.every((p) => p.evidence.length > 0 && p.createdAt.slice(0, 10) > p.reportedOn));
  } finally {
    await app.close();
    await closeLedger(ledger);
  }
});
