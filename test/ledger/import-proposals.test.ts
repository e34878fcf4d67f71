/**
 * An import and the assignments it proposes are one transaction (app/import.ts): a failure (a crash, a kill)
 * between them leaves neither, and a re-import of a report whose proposals are missing completes them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { smallReport, testDialects } from './dialects.js';
import { analyze } from '../../src/analyze.js';
import { readBytes } from '../../src/read/index.js';
import { importReport } from '../../src/ledger/import.js';
import { listAssignments } from '../../src/ledger/assignments.js';
import { listCommitments } from '../../src/ledger/commitments.js';
import { listReports } from '../../src/ledger/reports.js';
import { latestAuditId } from '../../src/ledger/audit.js';
import { createUnit } from '../../src/ledger/units.js';
import type { Ledger } from '../../src/ledger/store.js';
import { importBytes } from '../../src/app/import.js';

const NAME = 'small-report.txt';
const BYTES = Buffer.from(smallReport());

/** The units the small report names (牵头单位：县发改局；责任单位：县商务局). */
async function units(ledger: Ledger): Promise<void> {
  await createUnit(ledger, null, { name: '县发改局' });
  await createUnit(ledger, null, { name: '县商务局' });
}

/** What the ledger holds: reports, items, assignments and audit entries. */
async function contents(ledger: Ledger) {
  return {
    reports: (await listReports(ledger)).length,
    items: (await listCommitments(ledger, { limit: 1 })).total,
    assignments: (await listAssignments(ledger)).length,
    audit: await latestAuditId(ledger),
  };
}

for (const dialect of await testDialects()) {
  describe(`an import and its proposed assignments (${dialect.name})`, { skip: dialect.skip }, () => {
    it('a failure while proposing leaves nothing of the import', () =>
      dialect.withLedger(async (ledger) => {
        await units(ledger);
        const before = await contents(ledger);
        // the proposal step fails after the report and its items were written (as a kill there would end it)
        const failing =
          dialect.name === 'sqlite'
            ? [sql`create trigger crash before insert on assignments begin select raise(abort, 'crash'); end`]
            : [
                sql`create function crash() returns trigger language plpgsql as $$ begin raise exception 'crash'; end $$`,
                sql`create trigger crash before insert on assignments for each row execute function crash()`,
              ];
        for (const statement of failing) await statement.execute(ledger.db);
        await assert.rejects(importBytes(ledger, null, { bytes: BYTES, name: NAME }));
        assert.deepEqual(await contents(ledger), before);

        await sql`drop trigger crash${sql.raw(dialect.name === 'sqlite' ? '' : ' on assignments')}`.execute(ledger.db);
        const imported = await importBytes(ledger, null, { bytes: BYTES, name: NAME });
        assert.equal(imported.report, 'created');
        assert.ok(imported.proposed > 0);
        assert.equal((await contents(ledger)).assignments, imported.proposed);
      }));

    it('a re-import of a report whose proposals are missing proposes them, and then nothing more', () =>
      dialect.withLedger(async (ledger) => {
        await units(ledger);
        // stored as the import did before its proposals were part of it, and then killed
        const source = await readBytes(BYTES, NAME);
        const { reportId } = await importReport(ledger, null, { analysis: analyze(source), bytes: BYTES, name: NAME });
        assert.equal((await contents(ledger)).assignments, 0);

        const healed = await importBytes(ledger, null, { bytes: BYTES, name: NAME });
        assert.equal(healed.report, 'unchanged');
        assert.equal(healed.created, 0);
        const proposed = await listAssignments(ledger);
        assert.ok(proposed.length > 0);
        assert.equal(healed.proposed, proposed.length);
        assert.ok(proposed.every((a) => !a.confirmed && a.leadUnitId !== undefined));
        const named = (await listCommitments(ledger, { reportId, limit: 500 })).items.filter((c) => c.namedLeadUnits.length + c.namedUnits.length > 0);
        assert.deepEqual(proposed.map((a) => a.commitmentId).sort(), named.map((c) => c.id).sort());

        const after = await contents(ledger);
        const again = await importBytes(ledger, null, { bytes: BYTES, name: NAME });
        assert.equal(again.proposed, 0);
        assert.deepEqual(await contents(ledger), after, 'the same file again writes nothing');
      }));
  });
}
