import { parseArgs } from 'node:util';
import { readReport } from '../read/index.js';
import { analyze, type Analysis } from '../analyze.js';
import { verifyAgainst, type TargetVerdict } from '../loop/verify.js';
import { VERDICT_LABELS } from '../loop/tables/status-words.js';
import { formatValue } from '../loop/format.js';
import { LuoshiError } from '../errors.js';
import type { Io } from './output.js';
import { emit } from './output.js';
import { readOptionSpec, oneOf, readOptionsFrom } from './options.js';

/** A results document's kind and year as the command names it. */
const described = (a: Analysis) => (a.extraction.report.kind === 'bulletin' ? `${a.extraction.report.covers ?? '?'}年的统计公报` : `${a.extraction.report.year ?? '?'}年的报告`);

/**
 * The results documents, one of each kind at most: year N+1's report and year N's bulletin. One whose year is known
 * and is not the one after the targets' (a bulletin: not the targets' own) is named on stderr: its figures are of
 * another year, and every target will be found not mentioned in it.
 */
function checkedResults(files: readonly string[], results: readonly Analysis[], year: number | undefined, io: Io): void {
  const kinds = results.map((r) => r.extraction.report.kind);
  const twice = kinds.findIndex((kind, i) => kinds.indexOf(kind) !== i);
  if (twice >= 0) throw new LuoshiError('USAGE', files[twice]!, `a second ${kinds[twice]}: give at most one report of year N+1 and one statistical bulletin of year N`);
  if (year === undefined) return;
  results.forEach((r, i) => {
    const { kind, year: stands } = r.extraction.report;
    if (stands !== undefined && stands !== year + 1) {
      io.stderr(`luoshi verify: ${files[i]} is ${described(r)}, not ${kind === 'bulletin' ? `${year}年的统计公报` : `${year + 1}年的报告`}: its figures are of another year\n`);
    }
  });
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const figure = (r: TargetVerdict['result'] | undefined) => (r ? `${cell(r.text)}${r.low !== undefined ? `（${formatValue(r.low, r.unit)}）` : ''}` : '—');

/** Markdown: target, result and verdict; with a report and a bulletin, the preliminary and the final side by side. */
function markdown(verdicts: readonly TargetVerdict[], both: boolean): string {
  if (!both) return '| 目标 | 结果 | 结论 |\n|---|---|---|\n' + verdicts.map((v) => `| ${cell(v.target.text)} | ${v.result ? cell(v.result.text) : '—'} | ${VERDICT_LABELS[v.verdict]} |\n`).join('');
  return (
    '| 目标 | 次年报告（预计） | 统计公报（最终） | 结论 | 两者不同 |\n|---|---|---|---|---|\n' +
    verdicts.map((v) => `| ${cell(v.target.text)} | ${figure(v.preliminary)} | ${figure(v.final)} | ${VERDICT_LABELS[v.verdict]} | ${v.differ ? '是' : ''} |\n`).join('')
  );
}

/**
 * `luoshi verify TARGETS_FILE RESULTS_FILE… [--format json|md]`: every target of year N against what the
 * government's report of year N+1 and its statistical bulletin of year N say about it — either or both, each told
 * from the document itself (extraction-contract.md).
 */
export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...readOptionSpec, format: { type: 'string' }, out: { type: 'string' } },
  });
  if (positionals.length < 2 || positionals.length > 3) {
    throw new LuoshiError('USAGE', 'verify', 'give TARGETS_FILE (year N), then year N+1\'s report, year N\'s statistical bulletin, or both');
  }
  const format = oneOf('format', values.format, ['json', 'md'] as const, 'json');
  const options = readOptionsFrom(values);
  const [targetsFile, ...resultFiles] = positionals as [string, ...string[]];
  const targets = analyze(await readReport(targetsFile, options));
  const results: Analysis[] = [];
  for (const file of resultFiles) results.push(analyze(await readReport(file, options)));
  checkedResults(resultFiles, results, targets.extraction.report.year, io);
  const verdicts = verifyAgainst(targets.extraction, results.map((r) => ({ extraction: r.extraction, doc: r.structured })));
  const sources = results.map((r, i) => ({ file: resultFiles[i], kind: r.extraction.report.kind, year: r.extraction.report.year, covers: r.extraction.report.covers }));
  const content =
    format === 'json'
      ? JSON.stringify({ targets: targets.extraction.report, results: results[0]!.extraction.report, sources, verdicts }, null, 1) + '\n'
      : markdown(verdicts, results.length === 2);
  await emit(io, content, values.out);
  return 0;
}
