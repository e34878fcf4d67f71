import { open, rename, unlink } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { closeLedger } from '../ledger/index.js';
import { datasetCsv, datasetJsonl, ledgerCsv, ledgerJson, taskSheet } from '../exchange/index.js';
import { isLuoshiError, LuoshiError } from '../errors.js';
import { exchangeRows } from '../app/exchange.js';
import { datasetRows } from '../app/dataset.js';
import { dayIn } from '../calendar/index.js';
import { OFFICE_TIME_ZONE } from '../config.js';
import type { Io } from './output.js';
import { openCliLedger } from './ledger.js';
import { emit } from './output.js';

/** Bytes to a file through a temp file renamed at the end (never half a file). */
async function writeAtomic(path: string, bytes: Buffer): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.write(bytes);
    await handle.close();
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/** What `--dataset --format` takes: CSV for Excel, JSON Lines for pandas and R (Parquet would need a writer we lack). */
const DATASET_FORMATS = ['csv', 'jsonl'] as const;

/**
 * `luoshi export --xlsx|--csv|--json [--report ID] [--out PATH]`: the 任务分解表 (.xlsx; needs --out), or the
 * ledger as CSV or JSON, of one report or all, with each item's status as of today.
 * `luoshi export --dataset [--format csv|jsonl] [--out PATH]`: the researchers' dataset, one row per target.
 */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      xlsx: { type: 'boolean' },
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
      dataset: { type: 'boolean' },
      format: { type: 'string' },
      report: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length) throw new LuoshiError('USAGE', `export ${positionals[0]}`, 'export takes no file; use --out PATH');
  if (values.dataset) {
    const other = (['xlsx', 'csv', 'json', 'report'] as const).find((o) => values[o] !== undefined);
    if (other) throw new LuoshiError('USAGE', `export --dataset --${other}`, 'the dataset is the whole ledger, one row per target; choose its format with --format csv|jsonl');
    const format = values.format ?? 'csv';
    if (!(DATASET_FORMATS as readonly string[]).includes(format)) throw new LuoshiError('USAGE', `--format ${format}`, `the dataset is written as ${DATASET_FORMATS.join(' or ')}`);
    return exportDataset(format as (typeof DATASET_FORMATS)[number], values.out, io);
  }
  if (values.format !== undefined) throw new LuoshiError('USAGE', `--format ${values.format}`, '--format is for --dataset; the ledger is exported with --xlsx, --csv or --json');
  const formats = (['xlsx', 'csv', 'json'] as const).filter((f) => values[f]);
  if (formats.length !== 1) throw new LuoshiError('USAGE', 'export', 'give exactly one of --xlsx, --csv, --json');
  const format = formats[0];
  if (format === 'xlsx' && !values.out) throw new LuoshiError('USAGE', 'export --xlsx', 'an Excel file needs --out PATH');
  const reportId = values.report === undefined ? undefined : Number(values.report);
  if (reportId !== undefined && !(Number.isInteger(reportId) && reportId > 0)) throw new LuoshiError('USAGE', `--report ${values.report}`, 'a report id');
  const ledger = await openCliLedger();
  try {
    const today = dayIn(OFFICE_TIME_ZONE)(new Date());
    let data;
    try {
      data = await exchangeRows(ledger, today, { reportId, tasksOnly: format === 'xlsx' });
    } catch (e) {
      if (isLuoshiError(e) && e.code === 'NO_SUCH_REPORT') throw new LuoshiError('USAGE', `--report ${reportId}`, 'no such report in the ledger');
      throw e;
    }
    if (format === 'xlsx') {
      await writeAtomic(values.out!, await taskSheet(data.rows, { title: data.title, ...(data.report ? { year: data.report.year } : {}) }));
    } else {
      await emit(io, format === 'csv' ? ledgerCsv(data.rows) : ledgerJson(data.rows) + '\n', values.out);
    }
    if (values.out) io.stderr(`luoshi export: ${data.rows.length} items to ${values.out}\n`);
    return 0;
  } finally {
    await closeLedger(ledger);
  }
}

async function exportDataset(format: (typeof DATASET_FORMATS)[number], out: string | undefined, io: Io): Promise<number> {
  const ledger = await openCliLedger();
  try {
    const rows = await datasetRows(ledger, dayIn(OFFICE_TIME_ZONE)(new Date()));
    await emit(io, format === 'csv' ? datasetCsv(rows) : datasetJsonl(rows), out);
    if (out) io.stderr(`luoshi export: ${rows.length} targets to ${out}\n`);
    return 0;
  } finally {
    await closeLedger(ledger);
  }
}
