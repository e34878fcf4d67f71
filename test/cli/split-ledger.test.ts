/**
 * `luoshi split FILE --report ID`: a 分工方案 imported against a report in the ledger named by LUOSHI_DATABASE_URL,
 * on both databases: the tasks with their matched items and scores printed, assignments proposed (unconfirmed),
 * unknown units listed and not created; bad usage and a file that is no split exit 2 with one line.
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type Io } from '../../src/cli/index.js';
import { closeLedger, listAssignments, listUnits, openLedger } from '../../src/ledger/index.js';
import { dropSchema, POSTGRES_URL, testDialects } from '../ledger/dialects.js';
import { COUNTY_UNITS, SPLIT_FIXTURES, withSplitReport } from '../helpers/split-ledger.js';

const fixture = (name: string) => fileURLToPath(new URL(name, SPLIT_FIXTURES));
const saved = process.env.LUOSHI_DATABASE_URL;
let dir: string;

function io(): Io & { out: string; err: string } {
  const r = { out: '', err: '', stdout: (s: string) => void (r.out += s), stderr: (s: string) => void (r.err += s) };
  return r;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-split-cli-'));
});
after(() => {
  if (saved === undefined) delete process.env.LUOSHI_DATABASE_URL;
  else process.env.LUOSHI_DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

for (const dialect of await testDialects()) {
  describe(`luoshi split --report (${dialect.name})`, { skip: dialect.skip }, () => {
    const schema = `cli_split_${randomBytes(6).toString('hex')}`;
    let reportId = 0;
    before(async () => {
      if (dialect.name === 'sqlite') process.env.LUOSHI_DATABASE_URL = `sqlite:${join(dir, 'ledger.db')}`;
      else {
        const url = new URL(POSTGRES_URL);
        url.searchParams.set('schema', schema);
        process.env.LUOSHI_DATABASE_URL = url.toString();
      }
      const ledger = await openLedger({ url: process.env.LUOSHI_DATABASE_URL });
      reportId = await withSplitReport(ledger);
      await closeLedger(ledger);
    });
    after(async () => {
      if (dialect.name === 'postgres') await dropSchema(schema);
    });

    it('proposes each task’s units on the items it matches, lists unknown units, creates none', async () => {
      const r = io();
      assert.equal(await run(['split', fixture('notes.txt'), '--report', String(reportId), '--format', 'md'], r), 0, r.err);
      assert.match(r.out, /\| 全年实施重点项目130个，完成投资160亿元以上 \| 全年实施重点项目130个（1\.00）；完成投资160亿元以上（1\.00） \| 县发改局 \| 县财政局、县自然资源局 \|/);
      assert.match(r.out, /\| 建设县域数字化应急指挥平台 \| （新增事项） \|/);
      assert.match(r.err, /7 items assigned \(proposed\), 0 confirmed kept, 1 new items/);
      assert.match(r.err, /units not in the ledger \(create or map them, then import again\): 县应急管理局、县数据局\n$/);
      const ledger = await openLedger({ url: process.env.LUOSHI_DATABASE_URL });
      try {
        const assignments = await listAssignments(ledger);
        assert.equal(assignments.length, 7);
        assert.ok(assignments.every((a) => !a.confirmed));
        assert.equal((await listUnits(ledger)).length, COUNTY_UNITS.length, 'no unit created');
      } finally {
        await closeLedger(ledger);
      }
    });

    it('bad usage and a file that is no split: exit 2, one line', async () => {
      const cases: [string[], RegExp][] = [
        [['split', fixture('notes.txt'), '--report', 'x'], /^luoshi split: --report x: wrong usage \(a report id/],
        [['split', fixture('notes.txt'), '--report', '999'], /^luoshi split: report 999: no such record\n$/],
        [['split', fixture('report.txt'), '--report', String(reportId)], /^luoshi split: \S*report\.txt: .*not a 分工方案\n$/],
        [['split', fixture('notes.txt'), '--report', String(reportId), '--year', '2024'], /^luoshi split: --year: wrong usage/],
      ];
      for (const [argv, message] of cases) {
        const r = io();
        assert.equal(await run(argv, r), 2, argv.join(' '));
        assert.match(r.err, message);
      }
    });
  });
}
