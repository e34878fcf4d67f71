/** The demo's content: what `luoshi serve --demo` seeds is what an office would have done with the sample. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { closeLedger, getAssignment, getUnit, openLedger } from '../../src/ledger/index.js';
import { seedDemo } from '../../src/server/demo.js';
import { allCommitments } from '../../src/server/services/loop-data.js';

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
