/**
 * `node --import tsx scripts/measure-dataset.ts`: the researchers' dataset on real reports. The national reports
 * 2004– of ../shared/corpus/national and the province pair of ../shared/corpus/pairs are imported into a fresh SQLite
 * ledger, each year's targets verified against the next year's report, and the dataset written as CSV and JSON Lines:
 * how many rows, verdicts and results, how long each step takes, and whether the CSV read back says what the JSON
 * Lines say (the round trip).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { readReport } from '../src/read/index.js';
import { closeLedger, createUser, importReport, listReports, openLedger } from '../src/ledger/index.js';
import { datasetCsv, datasetJsonl, DATASET_COLUMNS, selfAssessmentSheet } from '../src/exchange/index.js';
import { datasetRows } from '../src/app/dataset.js';
import { selfAssessmentOf } from '../src/app/self-assessment.js';
import { verifyReports } from '../src/app/verification.js';
import { parseCsv } from '../test/helpers/csv.js';
import { hasShared, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`skipped: no shared evaluation material at ${sharedRoot}`);
  process.exit(0);
}
const files = [
  ...readdirSync(join(sharedRoot, 'corpus', 'national')).filter((f) => Number(/(\d{4})/.exec(f)?.[1]) >= 2004).map((f) => join(sharedRoot, 'corpus', 'national', f)),
  ...readdirSync(join(sharedRoot, 'corpus', 'pairs')).filter((f) => f.endsWith('.txt')).map((f) => join(sharedRoot, 'corpus', 'pairs', f)),
];
const dir = mkdtempSync(join(tmpdir(), 'luoshi-dataset-'));
const ledger = await openLedger({ file: join(dir, 'ledger.db') });
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
try {
  let t = performance.now();
  for (const file of files) await importReport(ledger, null, { analysis: analyze(await readReport(file)) });
  console.log(`imported ${files.length} reports in ${ms(t)}`);
  const office = await createUser(ledger, null, { username: 'office', role: 'supervisor', passwordHash: 'x' });
  const reports = await listReports(ledger);
  t = performance.now();
  let pairs = 0;
  for (const r of reports) {
    const next = reports.find((n) => n.governmentId === r.governmentId && n.year === r.year + 1 && n.kind === 'report');
    if (!next || r.kind !== 'report') continue;
    await verifyReports(ledger, office.id, { targetsReportId: r.id, resultsReportIds: [next.id] });
    pairs++;
  }
  console.log(`verified ${pairs} pairs of consecutive years in ${ms(t)}`);
  const today = '2026-01-01';
  t = performance.now();
  const rows = await datasetRows(ledger, today);
  const [csv, jsonl] = [datasetCsv(rows), datasetJsonl(rows)];
  console.log(`dataset: ${rows.length} targets in ${ms(t)}; CSV ${(csv.length / 1024).toFixed(0)} KiB, JSON Lines ${(jsonl.length / 1024).toFixed(0)} KiB`);
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  console.log(`  verdicts: ${count((r) => r.verdict === 'achieved')} achieved, ${count((r) => r.verdict === 'missed')} missed, ${count((r) => r.verdict === 'not_mentioned')} not mentioned, ${count((r) => r.verdict === null)} never verified (the last year's)`);
  console.log(`  with a preliminary result: ${count((r) => r.preliminary !== null)}; with a headline indicator: ${count((r) => r.indicator !== null)}`);
  console.log(`  governments: ${[...new Set(rows.map((r) => `${r.government} (${r.level}, ${r.divisionCode ?? 'no code'})`))].join('; ')}`);
  const [header, ...lines] = parseCsv(csv.slice(1));
  const records = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const same = header!.join() === DATASET_COLUMNS.join() && lines.length === records.length && lines.every((l, i) => l.every((cell, j) => {
    const v = records[i]![DATASET_COLUMNS[j]!];
    return cell === (v === null ? '' : String(v)) || cell === `'${String(v)}`; // a formula-looking text defused
  }));
  console.log(`round trip: the CSV read back ${same ? 'says what the JSON Lines say' : 'DIFFERS from the JSON Lines'} (${lines.length} rows)`);
  const gdp = rows.filter((r) => r.indicator === 'gdp_growth' && r.government === rows[0]!.government);
  console.log(`  gdp_growth across years: ${gdp.map((r) => `${r.year} ${r.low}${r.high !== null && r.high !== r.low ? `-${r.high}` : ''}→${r.preliminary?.value ?? '—'} ${r.verdict ?? ''}`).join(', ')}`);
  // the year-end self-assessment of each report verified
  for (const r of reports.filter((r) => rows.some((row) => row.reportId === r.id && row.verdict !== null)).sort((a, b) => a.year - b.year)) {
    t = performance.now();
    const assessment = await selfAssessmentOf(ledger, today, r.id);
    const sheet = await selfAssessmentSheet(assessment.rows, assessment.title);
    const tally = (v: string) => assessment.rows.filter((x) => x.verdict === v).length;
    console.log(
      `self-assessment ${assessment.title}: ${assessment.rows.length} targets, ${assessment.rows.filter((x) => x.share !== undefined).length} with a share, ` +
        `${tally('achieved')} achieved, ${tally('missed')} missed; .xlsx ${(sheet.length / 1024).toFixed(0)} KiB in ${ms(t)}`,
    );
  }
} finally {
  await closeLedger(ledger);
  rmSync(dir, { recursive: true, force: true });
}
