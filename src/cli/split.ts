import { parseArgs } from 'node:util';
import { readReport } from '../read/index.js';
import { analyzeSplit } from '../analyze.js';
import { LuoshiError } from '../errors.js';
import type { Io } from './output.js';
import { emit } from './output.js';
import { splitIntoLedger } from './split-ledger.js';
import { oneOf, readOptionSpec, readOptionsFrom, reportFieldsFrom, reportFieldSpec } from './options.js';

/**
 * `luoshi split FILE [--format json|md] [--year N]`: the tasks a 分工方案 assigns, each with its lead and
 * cooperating units, leaders and deadline (extraction-contract.md). With `--report ID`, imported against that report
 * in the ledger (split-ledger.ts).
 */
export async function splitCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...readOptionSpec, ...reportFieldSpec, format: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new LuoshiError('USAGE', 'split', 'give exactly one FILE, or - for standard input');
  const format = oneOf('format', values.format, ['json', 'md'] as const, 'json');
  if (values.report !== undefined) {
    if (values.year !== undefined) throw new LuoshiError('USAGE', '--year', 'with --report the report\'s year reads the split');
    return splitIntoLedger(positionals[0]!, values.report, readOptionsFrom(values), format, io, values.out);
  }
  const known = await reportFieldsFrom(values);
  const source = await readReport(positionals[0]!, readOptionsFrom(values));
  const { year, tasks } = analyzeSplit(source, known);
  const content =
    format === 'json'
      ? JSON.stringify({ year, tasks }, null, 1) + '\n'
      : '| 任务 | 牵头单位 | 配合单位 | 责任领导 | 完成时限 |\n|---|---|---|---|---|\n' +
        tasks
          .map((t) => `| ${t.text} | ${t.lead.join('、')} | ${t.cooperating.join('、')} | ${t.leaders.join('、')} | ${t.deadline ?? ''} |\n`)
          .join('');
  await emit(io, content, values.out);
  return 0;
}
