import { closeLedger } from '../ledger/index.js';
import { LuoshiError } from '../errors.js';
import { readFileBytes } from '../read/input.js';
import { readBytes, STDIN, type ReadOptions } from '../read/index.js';
import { DEFAULT_MAX_BYTES } from '../read/source.js';
import { choicesOf, commitSplit, requireSplitReport, splitPlanFor, splitRead } from '../app/split.js';
import type { Io } from './output.js';
import { ledgerName, openCliLedger } from './ledger.js';
import { emit } from './output.js';

/**
 * `luoshi split FILE --report ID`: imports the 分工方案 against a report in the ledger. Each task takes the items it
 * matches (their units, leaders and time proposed, unconfirmed: a confirmed assignment is kept), a task matching
 * none becomes an item of its own, and unit names the ledger does not know are listed, never created: the office
 * creates or maps them (the web app, or `luoshi` units as an administrator keeps them) and imports again.
 */
export async function splitIntoLedger(file: string, report: string, options: ReadOptions, format: 'json' | 'md', io: Io, out?: string): Promise<number> {
  if (!/^[1-9]\d{0,9}$/.test(report)) throw new LuoshiError('USAGE', `--report ${report}`, 'a report id (a positive whole number)');
  const reportId = Number(report);
  const bytes = await readFileBytes(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const source = await readBytes(bytes, file === STDIN ? 'stdin' : file, options);
  const ledger = await openCliLedger();
  try {
    const { year } = await requireSplitReport(ledger, reportId);
    const read = splitRead(source, year);
    const { plan, commitments } = await splitPlanFor(ledger, reportId, read.tasks);
    const result = await commitSplit(ledger, null, { reportId, read, bytes, choices: choicesOf(plan), units: [], confirmed: false });
    const texts = new Map(commitments.map((c) => [c.id, c.text]));
    const tasks = plan.tasks.map((t) => ({
      text: t.text,
      lead: t.lead,
      cooperating: t.cooperating,
      leaders: t.leaders,
      deadline: t.deadline,
      matches: t.matches.map((m) => ({ ...m, text: texts.get(m.commitmentId) ?? '' })),
    }));
    const content =
      format === 'json'
        ? JSON.stringify({ reportId, ...result, tasks }, null, 1) + '\n'
        : '| 任务 | 对应事项（相似度） | 牵头单位 | 配合单位 |\n|---|---|---|---|\n' +
          tasks
            .map((t) => `| ${t.text} | ${t.matches.map((m) => `${m.text}（${m.score.toFixed(2)}）`).join('；') || '（新增事项）'} | ${t.lead.join('、')} | ${t.cooperating.join('、')} |\n`)
            .join('');
    await emit(io, content, out);
    io.stderr(
      `luoshi split: split ${result.splitId} of report ${reportId} in ${ledgerName()}; ${result.assigned} items assigned (proposed), ${result.kept} confirmed kept, ${result.created} new items\n`,
    );
    if (result.unknownUnits.length) io.stderr(`luoshi split: units not in the ledger (create or map them, then import again): ${result.unknownUnits.join('、')}\n`);
    return 0;
  } finally {
    await closeLedger(ledger);
  }
}
