/**
 * `--year`, `--region`, `--level` on `luoshi extract` and `luoshi import`: what the office knows replaces what the
 * text says (the items' kinds follow the year, in every file of a batch; the ledger keeps the fields as given), and
 * a bad value is one line on stderr and exit 2 with nothing written.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Io } from '../../src/cli/index.js';
import { closeLedger, listReports, openLedger } from '../../src/ledger/index.js';

/** A saved news page read as the 2024 report by weak evidence only; its figures are of 2023 either way. */
const NEWS = new URL('../fixtures/import/year-unclear-news.html', import.meta.url).pathname;

let dir: string;
const saved = process.env.LUOSHI_DATABASE_URL;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-fields-'));
  process.env.LUOSHI_DATABASE_URL = `sqlite:${join(dir, 'ledger.db')}`;
});
after(() => {
  if (saved === undefined) delete process.env.LUOSHI_DATABASE_URL;
  else process.env.LUOSHI_DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

function io(): Io & { out: string; err: string } {
  const r = { out: '', err: '', stdout: (s: string) => void (r.out += s), stderr: (s: string) => void (r.err += s) };
  return r;
}

type Extracted = { report: { year?: number; region?: string; confidence: { year?: string } }; commitments: { kind: string; deadline?: string }[] };
const kinds = (e: Extracted) => new Set(e.commitments.map((c) => c.kind));

describe('luoshi extract with the fields given', () => {
  const rows: { args: string[]; year: number; confidence: string; has: string; lacks: string }[] = [
    { args: [], year: 2024, confidence: 'low', has: 'achievement', lacks: 'target' },
    { args: ['--year', '2023'], year: 2023, confidence: 'high', has: 'target', lacks: 'achievement' },
    { args: ['--year', '2024', '--region', '青岭市', '--level', 'city'], year: 2024, confidence: 'high', has: 'achievement', lacks: 'target' },
  ];
  for (const row of rows) {
    it(`${row.args.join(' ') || 'nothing given'}: year ${row.year}, ${row.has}s and no ${row.lacks}`, async () => {
      const r = io();
      assert.equal(await run(['extract', NEWS, ...row.args], r), 0, r.err);
      const e = JSON.parse(r.out) as Extracted;
      assert.equal(e.report.year, row.year);
      assert.equal(e.report.region, '青岭市', 'a field not given stays as the text says');
      assert.equal(e.report.confidence.year, row.confidence);
      assert.ok(kinds(e).has(row.has) && !kinds(e).has(row.lacks), JSON.stringify([...kinds(e)]));
    });
  }

  it('a batch: the year given applies to every file', async () => {
    const copy = join(dir, 'copy.html');
    copyFileSync(NEWS, copy);
    const r = io();
    assert.equal(await run(['extract', NEWS, copy, '--year', '2023'], r), 0, r.err);
    const all = JSON.parse(r.out) as Extracted[];
    assert.equal(all.length, 2);
    for (const e of all) assert.deepEqual([e.report.year, kinds(e).has('achievement')], [2023, false]);
  });
});

describe('bad values of the fields', () => {
  const bad: [string, string, RegExp][] = [
    ['--year', '3000', /--year 3000: .*a year from 1949 to \d{4}/],
    ['--year', 'abc', /--year abc: .*a year/],
    ['--year', '1800', /--year 1800: .*a year/],
    ['--level', 'village', /--level village: .*national, province, city, county/],
    ['--region', 'Qingling', /--region Qingling: .*Chinese/],
  ];
  for (const command of ['extract', 'import']) {
    it(`luoshi ${command}: exit 2, one line naming the option and value, nothing written`, async () => {
      for (const [option, value, says] of bad) {
        const out = join(dir, `${command}-${value}.json`);
        const r = io();
        const args = command === 'extract' ? ['extract', NEWS, option, value, '--out', out] : ['import', NEWS, option, value];
        assert.equal(await run(args, r), 2, `${option} ${value}`);
        assert.match(r.err, new RegExp(`^luoshi ${command}: [^\\n]+\\n$`), r.err);
        assert.match(r.err, says);
        assert.equal(r.out, '');
        assert.equal(existsSync(out), false);
      }
      assert.equal(existsSync(join(dir, 'ledger.db')), false, 'no ledger opened for a bad value');
    });
  }
});

describe('luoshi import with the fields given', () => {
  it('the year given is stored, marked as given, and the same file again keeps it', async () => {
    for (const args of [['--year', '2023'], []]) {
      const r = io();
      assert.equal(await run(['import', NEWS, ...args], r), 0, r.err);
      const ledger = await openLedger({ file: join(dir, 'ledger.db') });
      try {
        const [report] = await listReports(ledger);
        assert.deepEqual([report.year, report.given], [2023, ['year']], args.join(' '));
      } finally {
        await closeLedger(ledger);
      }
    }
  });
});
