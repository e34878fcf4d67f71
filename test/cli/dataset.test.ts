/**
 * `luoshi export --dataset` on a ledger named by LUOSHI_DATABASE_URL (SQLite in a temporary folder, PostgreSQL in a
 * schema of its own): CSV and JSON Lines with the same rows, one per target, the preliminary and final results of a
 * verified target; bad options refused with exit code 2 before the ledger is opened, nothing written.
 */
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Io } from '../../src/cli/index.js';
import { closeLedger, createUser, importReport, listCommitments, openLedger } from '../../src/ledger/index.js';
import { DATASET_COLUMNS } from '../../src/exchange/index.js';
import { verifyReports } from '../../src/app/verification.js';
import { analyzeText, dropSchema, POSTGRES_URL, testDialects } from '../ledger/dialects.js';
import { parseCsv } from '../helpers/csv.js';

/** Documents we wrote in the style of a county's: its 2023 targets (one with a comma in its words), its 2024 report, its 2023 bulletin. */
const documents = [
  ['溪口县2023.txt', '——2023年1月12日在溪口县第十八届人民代表大会第三次会议上\n\n二、2023年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅控制在3%左右。\n'],
  ['溪口县2024.txt', '——2024年1月16日在溪口县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.3%（预计数）。\n'],
  ['溪口县2023年统计公报.txt', '溪口县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。\n'],
] as const;

const io = (): Io & { out: string; err: string } => {
  const r = { out: '', err: '', stdout: (s: string) => void (r.out += s), stderr: (s: string) => void (r.err += s) };
  return r;
};

let dir: string;
const saved = process.env.LUOSHI_DATABASE_URL;
before(() => void (dir = mkdtempSync(join(tmpdir(), 'luoshi-dataset-'))));
after(() => {
  if (saved === undefined) delete process.env.LUOSHI_DATABASE_URL;
  else process.env.LUOSHI_DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('luoshi export --dataset: bad options', () => {
  const refused: [string[], RegExp][] = [
    [['--dataset', '--format', 'parquet'], /--format parquet: wrong usage \(the dataset is written as csv or jsonl\)/],
    [['--dataset', '--format'], /--format/],
    [['--dataset', '--csv'], /the dataset is the whole ledger/],
    [['--dataset', '--report', '3'], /the dataset is the whole ledger/],
    [['--csv', '--format', 'jsonl'], /--format is for --dataset/],
    [['--dataset', '--bogus'], /bogus/],
  ];
  for (const [args, message] of refused) {
    it(args.join(' '), async () => {
      // a ledger that would be created on opening: it must not be
      process.env.LUOSHI_DATABASE_URL = `sqlite:${join(dir, 'never.db')}`;
      const out = join(dir, 'never.csv');
      const r = io();
      assert.equal(await run(['export', ...args, '--out', out], r), 2);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.equal(existsSync(out), false);
      assert.equal(existsSync(join(dir, 'never.db')), false);
    });
  }
});

for (const dialect of await testDialects()) {
  describe(`luoshi export --dataset (${dialect.name})`, { skip: dialect.skip }, () => {
    const schema = `dataset_${randomBytes(6).toString('hex')}`;
    let url: string;
    before(async () => {
      if (dialect.name === 'sqlite') url = `sqlite:${join(dir, 'ledger.db')}`;
      else {
        const u = new URL(POSTGRES_URL);
        u.searchParams.set('schema', schema);
        url = u.toString();
      }
      const ledger = await openLedger({ url });
      try {
        const ids = [];
        for (const [name, text] of documents) ids.push((await importReport(ledger, null, { analysis: analyzeText(text, name) })).reportId);
        const office = await createUser(ledger, null, { username: 'office', role: 'supervisor', passwordHash: 'x' });
        await verifyReports(ledger, office.id, { targetsReportId: ids[0]!, resultsReportIds: [ids[1]!, ids[2]!] });
      } finally {
        await closeLedger(ledger);
      }
    });
    after(async () => {
      if (dialect.name === 'postgres') await dropSchema(schema);
    });

    it('CSV and JSON Lines: the same rows, one per target, read back', async () => {
      process.env.LUOSHI_DATABASE_URL = url;
      const out = join(dir, `dataset-${dialect.name}.csv`);
      const csvRun = io();
      assert.equal(await run(['export', '--dataset', '--out', out], csvRun), 0, csvRun.err);
      assert.match(csvRun.err, /2 targets to /);
      const csv = readFileSync(out, 'utf8');
      assert.ok(csv.startsWith('\uFEFF'));
      const [header, ...lines] = parseCsv(csv.slice(1));
      assert.deepEqual(header, [...DATASET_COLUMNS]);

      const jsonlRun = io();
      assert.equal(await run(['export', '--dataset', '--format', 'jsonl'], jsonlRun), 0, jsonlRun.err);
      const records = jsonlRun.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(records.length, 2);
      assert.deepEqual(lines, records.map((r) => DATASET_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))), 'the CSV says what the JSON Lines say');
      assert.deepEqual(
        records.map((r) => [r.government, r.year, r.indicator, r.low, r.op, r.preliminary_value, r.final_value, r.results_differ, r.verdict]),
        [
          ['溪口县', 2023, 'gdp_growth', 5.5, 'about', 5.3, 4.9, true, 'missed'],
          ['溪口县', 2023, 'cpi', 3, 'about', null, 0.4, null, 'achieved'],
        ],
      );
      const ledger = await openLedger({ url });
      try {
        const targets = (await listCommitments(ledger, { kind: 'target', limit: 10 })).items;
        assert.deepEqual(records.map((r) => r.commitment_id), targets.map((t) => t.id));
      } finally {
        await closeLedger(ledger);
      }
    });
  });
}
