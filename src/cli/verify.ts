import { parseArgs } from 'node:util';
import { readReport } from '../read/index.js';
import { analyze } from '../analyze.js';
import { verify } from '../loop/verify.js';
import { VERDICT_LABELS } from '../loop/tables/status-words.js';
import { LuoshiError } from '../errors.js';
import type { Io } from './index.js';
import { emit } from './output.js';
import { oneOf, readOptionSpec, readOptionsFrom } from './options.js';


/**
 * `luoshi verify TARGETS_FILE RESULTS_FILE [--format json|md]`: every target of year N against what the
 * government's report of year N+1 says about it (extraction-contract.md).
 */
export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...readOptionSpec, format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length !== 2) throw new LuoshiError('USAGE', 'verify', 'give TARGETS_FILE (year N) and RESULTS_FILE (year N+1)');
  const format = oneOf('format', values.format, ['json', 'md'] as const, 'json');
  const options = readOptionsFrom(values);
  const targets = analyze(await readReport(positionals[0], options));
  const results = analyze(await readReport(positionals[1], options));
  const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
  const content =
    format === 'json'
      ? JSON.stringify({ targets: targets.extraction.report, results: results.extraction.report, verdicts }, null, 1) + '\n'
      : '| 目标 | 结果 | 结论 |\n|---|---|---|\n' +
        verdicts.map((v) => `| ${v.target.text} | ${v.result?.text ?? '—'} | ${VERDICT_LABELS[v.verdict]} |\n`).join('');
  await emit(io, content, values.out);
  return 0;
}
