/**
 * `node --import tsx scripts/measure-split-match.ts`: how the matching of a 分工方案's tasks to a report's items
 * (src/exchange/split-match.ts) does on the split documents of ../shared/corpus/split. The corpus has none of their
 * reports, so two measurements stand in, neither tuned to:
 *
 * - within a split: the document read as a report gives items (its targets, milestones, tasks) whose spans lie inside
 *   its tasks' spans, cut otherwise (a clause against a paragraph, a table row). The task whose span holds an item is
 *   the item's true match: precision and recall of the matches against that.
 * - against another government's report of the same year (the national report): every match there is taken to be
 *   false, though a city's split echoes the year's national tasks; each is printed to be judged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeSplit } from '../src/analyze.js';
import { readReport } from '../src/read/index.js';
import { matchTasks, MATCH_THRESHOLD } from '../src/exchange/split-match.js';
import { hasShared, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`skipped: no shared evaluation material at ${sharedRoot}`);
  process.exit(0);
}
const dir = join(sharedRoot, 'corpus', 'split');
const pooled = { truth: 0, matched: 0, right: 0, found: 0, tasks: 0, falseTasks: 0 };
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  const source = await readReport(join(dir, file));
  const year = Number(/(\d{4})/.exec(file)![1]);
  const { tasks } = analyzeSplit(source, { year });
  if (tasks.length === 0) {
    console.log(`${file}: no tasks read`);
    continue;
  }
  // within: the split's own items, each true to the task whose span holds it
  const items = analyze(source, { year })
    .extraction.commitments.filter((c) => c.kind !== 'achievement')
    .map((c, i) => ({ id: i, text: c.text, span: c.span }));
  const owner = (s: { start: number; end: number }) => tasks.findIndex((t) => t.span.start <= s.start && s.end <= t.span.end);
  const inside = items.filter((c) => owner(c.span) >= 0).map((c, id) => ({ ...c, id, task: owner(c.span) }));
  const matches = matchTasks(tasks, inside).flatMap((m, t) => m.matches.map((x) => ({ t, item: inside[x.commitmentId]! })));
  const right = matches.filter((m) => m.item.task === m.t).length;
  const count = matches.length;
  const found = right;
  // against another government's report of the same year
  const national = join(sharedRoot, 'corpus', 'national', `national-${year}.txt`);
  let againstWords = 'no national report of that year';
  try {
    readFileSync(national);
    const other = analyze(await readReport(national)).extraction.commitments.filter((c) => c.kind !== 'achievement').map((c, i) => ({ id: i, text: c.text }));
    const against = matchTasks(tasks, other);
    const falseMatches = against.flatMap((m, t) => m.matches.map((x) => ({ t, x })));
    const best = against.map((m) => m.candidates[0]?.score ?? 0).sort((a, b) => b - a);
    const falseTasks = new Set(falseMatches.map((f) => f.t)).size;
    pooled.falseTasks += falseTasks;
    againstWords = `national ${year}: ${falseTasks} of ${tasks.length} tasks matched an item (${falseMatches.length} matches); best candidates ${best.slice(0, 3).join(', ')}`;
    for (const { t, x } of falseMatches) console.log(`    ${x.score.toFixed(2)}  ${tasks[t]!.text.slice(0, 40)}  ⇄  ${other[x.commitmentId]!.text.slice(0, 40)}`);
  } catch {
    // no report of that year in the corpus
  }
  pooled.tasks += tasks.length;
  pooled.truth += inside.length;
  pooled.matched += count;
  pooled.right += right;
  pooled.found += found;
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
  console.log(`${file}: ${tasks.length} tasks; within: ${inside.length} items, P=${pct(right, count)} R=${pct(found, inside.length)}; ${againstWords}`);
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
console.log(
  `pooled (threshold ${MATCH_THRESHOLD}): within P=${pct(pooled.right, pooled.matched)} R=${pct(pooled.found, pooled.truth)} (${pooled.truth} items); ` +
    `against the national report: ${pooled.falseTasks} of ${pooled.tasks} tasks matched`,
);
