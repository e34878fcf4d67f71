/**
 * The ledger commands through `run(argv, io)`: import (idempotent), export csv/json/xlsx, user add (password from
 * stdin), backup (a copy that opens as a ledger on SQLite, a JSON export on PostgreSQL). The ledger is named by
 * LUOSHI_DATABASE_URL as a deployment would name it: sqlite:PATH in a temporary folder, or postgres://…?schema=NAME
 * in a schema of its own (dropped afterwards; skipped when no PostgreSQL answers).
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { run, type Io } from '../../src/cli/index.js';
import { closeLedger, findCredentials, listReports, openLedger, listUnits } from '../../src/ledger/index.js';
import { verifyPassword } from '../../src/app/passwords.js';
import { dropSchema, POSTGRES_URL, testDialects } from '../ledger/dialects.js';

const SAMPLE = new URL('../../samples/county-report-dirty.txt', import.meta.url).pathname;

/** Another county's report (written for this test): the sample and it are two reports of two governments. */
const OTHER = [
  '政府工作报告',
  '——2024年1月12日在石桥县第九届人民代表大会第四次会议上',
  '各位代表：',
  '一、2023年工作回顾',
  '过去一年，地区生产总值增长5.1%。',
  '二、2024年重点工作',
  '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。三季度建成石桥大桥。',
].join('\n');

let dir: string;
let other: string;
const saved = process.env.LUOSHI_DATABASE_URL;

function io(stdin?: string): Io & { out: string; err: string } {
  const r = {
    out: '',
    err: '',
    stdout: (s: string) => void (r.out += s),
    stderr: (s: string) => void (r.err += s),
    ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
  };
  return r;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-cli-'));
  other = join(dir, 'shiqiao-2024.txt');
  writeFileSync(other, OTHER);
});
after(() => {
  if (saved === undefined) delete process.env.LUOSHI_DATABASE_URL;
  else process.env.LUOSHI_DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

for (const dialect of await testDialects()) {
  describe(`luoshi import / export / user / backup (${dialect.name})`, { skip: dialect.skip }, () => {
    const schema = `cli_${randomBytes(6).toString('hex')}`;
    before(() => {
      if (dialect.name === 'sqlite') process.env.LUOSHI_DATABASE_URL = `sqlite:${join(dir, 'ledger.db')}`;
      else {
        const url = new URL(POSTGRES_URL);
        url.searchParams.set('schema', schema);
        process.env.LUOSHI_DATABASE_URL = url.toString();
      }
    });
    after(async () => {
      if (dialect.name === 'postgres') await dropSchema(schema);
    });

    it('import: reports into the ledger with a summary; the same files again change nothing', async () => {
      const first = io();
      assert.equal(await run(['import', SAMPLE, other], first), 0, first.err);
      assert.match(first.out, /county-report-dirty\.txt: report \d+ created/);
      assert.match(first.err, /2 reports/);
      const again = io();
      assert.equal(await run(['import', SAMPLE, other], again), 0, again.err);
      assert.equal(again.out.match(/unchanged; items 0 new, 0 changed/g)?.length, 2, again.out);
      const missing = io();
      assert.equal(await run(['import', join(dir, 'nope.txt')], missing), 2);
      assert.match(missing.err, /^luoshi import: [^\n]*nope\.txt: no such file\n$/);
      const oneMissing = io();
      assert.equal(await run(['import', SAMPLE, join(dir, 'nope.txt')], oneMissing), 1);
      assert.match(oneMissing.err, /skipped .*nope\.txt/);
    });

    it('export: CSV and JSON to stdout or --out, the task sheet as .xlsx; bad usage → exit 2', async () => {
      const csv = io();
      assert.equal(await run(['export', '--csv'], csv), 0, csv.err);
      assert.ok(csv.out.startsWith('\uFEFF序号,任务内容'));
      const out = join(dir, 'ledger.json');
      const json = io();
      assert.equal(await run(['export', '--json', '--report', '1', '--out', out], json), 0, json.err);
      const records = JSON.parse(readFileSync(out, 'utf8')) as { id: number; text: string }[];
      assert.ok(records.length > 10);
      const xlsx = join(dir, 'tasks.xlsx');
      assert.equal(await run(['export', '--xlsx', '--report', '1', '--out', xlsx], io()), 0);
      assert.equal(readFileSync(xlsx).readUInt32LE(0), 0x04034b50);
      assert.equal(await run(['export', '--xlsx'], io()), 2);
      assert.equal(await run(['export', '--csv', '--json'], io()), 2);
      assert.equal(await run(['export', '--csv', '--report', '999'], io()), 2);
    });

    it('user add: hashed password from --password or stdin; a unit by name; a taken name or a bad role → exit 2', async () => {
      const ledger = await openLedger({ url: process.env.LUOSHI_DATABASE_URL });
      const { createUnit } = await import('../../src/ledger/index.js');
      await createUnit(ledger, null, { name: '县发改局' });
      await closeLedger(ledger);
      const a = io('secret from stdin\n');
      assert.equal(await run(['user', 'add', 'zhang', '--role', 'unit_editor', '--unit', '县发改局'], a), 0, a.err);
      assert.equal(await run(['user', 'add', 'li', '--role', 'admin', '--password', 'another secret'], io()), 0);
      assert.equal(await run(['user', 'add', 'li', '--role', 'admin', '--password', 'another secret'], io()), 2);
      assert.equal(await run(['user', 'add', 'wang', '--role', 'king', '--password', 'another secret'], io()), 2);
      assert.equal(await run(['user', 'add', 'wang', '--role', 'unit_editor', '--password', 'another secret'], io()), 2);
      const check = await openLedger({ url: process.env.LUOSHI_DATABASE_URL });
      try {
        const zhang = await findCredentials(check, 'zhang');
        assert.equal(zhang?.user.role, 'unit_editor');
        assert.equal(zhang?.user.unitId, (await listUnits(check))[0].id);
        assert.match(zhang!.passwordHash, /^scrypt\$/);
        assert.ok(await verifyPassword('secret from stdin', zhang!.passwordHash));
        assert.ok(!(await verifyPassword('wrong', zhang!.passwordHash)));
      } finally {
        await closeLedger(check);
      }
    });

    it('backup: a consistent copy (SQLite: opens as a ledger; PostgreSQL: every table as JSON)', async () => {
      const path = join(dir, 'backup', `copy-${dialect.name}`);
      const r = io();
      assert.equal(await run(['backup', path], r), 0, r.err);
      assert.ok(statSync(path).size > 0);
      if (dialect.name === 'postgres') {
        const exported = JSON.parse(readFileSync(path, 'utf8')) as { format: string; tables: Record<string, unknown[]> };
        assert.equal(exported.format, 'luoshi-ledger-export');
        assert.equal(exported.tables.reports.length, 2);
        assert.ok(exported.tables.commitments.length > 10);
        return;
      }
      const copy = await openLedger({ file: path });
      try {
        assert.equal((await listReports(copy)).length, 2);
      } finally {
        await closeLedger(copy);
      }
    });
  });
}
