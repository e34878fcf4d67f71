/**
 * A ledger holding the split fixtures' report (test/fixtures/split/report.txt, 青岭县 2025) and the county's units,
 * and the fixtures' splits read as an upload would be: for the storage, route and command-line tests of importing a
 * 分工方案 against a report.
 */
import { readFileSync } from 'node:fs';
import { createUnit, unitNamed, type Ledger } from '../../src/ledger/index.js';
import { readBytes } from '../../src/read/index.js';
import { importBytes } from '../../src/app/import.js';
import { splitRead, type SplitRead } from '../../src/app/split.js';

export const SPLIT_FIXTURES = new URL('../fixtures/split/', import.meta.url);
export const splitFixture = (name: string): Buffer => readFileSync(new URL(name, SPLIT_FIXTURES));

/** The county's units as the ledger names them: full names, where the splits write short forms too. */
export const COUNTY_UNITS = [
  '县发展和改革局', '县财政局', '县自然资源局', '县商务局', '县住房和城乡建设局', '县公安局', '县农业农村局', '县生态环境局',
  '县人力资源和社会保障局', '县交通运输局', '县教育局', '县卫生健康局', '县文化和旅游局', '县行政审批局', '县统计局', '县税务局',
];

/** Imports the fixtures' report (its region, level and year given: 青岭县 is no real county) and the units not there yet. */
export async function withSplitReport(ledger: Ledger): Promise<number> {
  for (const name of COUNTY_UNITS) if (!(await unitNamed(ledger, name))) await createUnit(ledger, null, { name });
  const imported = await importBytes(ledger, null, { bytes: splitFixture('report.txt'), name: 'report.txt', region: '青岭县', level: 'county', year: 2025 });
  return imported.reportId;
}

/** A fixture split as an upload is read: its bytes, source and tasks (with the report's year). */
export async function readSplitFixture(name: string): Promise<{ bytes: Buffer; read: SplitRead }> {
  const bytes = splitFixture(name);
  return { bytes, read: splitRead(await readBytes(bytes, name), 2025) };
}
