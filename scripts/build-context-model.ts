/**
 * `node --import tsx scripts/build-context-model.ts [--half]`: counts the character n-grams of the national
 * reports' bodies, cleaned (the 52 reports issue 9 names as the training material for models), and writes the
 * counts that reach a threshold to src/clean/tables/context-counts.txt, the data of the character judge's context
 * model (src/clean/indexes/context-model.ts). Counts only, thresholded: no stretch of text is kept. Every run of
 * characters that are not Han is one mark: `0` where it ends in a digit, else `|`. Needs ../shared. (Cleaning uses
 * the counts in place, which change next to nothing in these reports: they are clean, but for the 1950s' traditional
 * characters, which the traditional pass converts.)
 *
 * `--half` counts every other report only (the first, third, …), so that the synthetic repair measure can be read
 * on the reports left out (`npm run eval -- --only repair-synthetic`, line `national held out`).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../src/read/index.js';
import { clean } from '../src/clean/index.js';
import { isHanCode } from '../src/clean/han.js';
import { BOUNDARY, CONTEXT_ORDER, formatCounts, HALF_MARK, markOfRun } from '../src/clean/tables/context-counts.js';
import { hasShared, projectRoot, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`skipped: no shared evaluation material at ${sharedRoot}`);
  process.exit(0);
}

/** The least count kept, by order: a pair or three seen once may be a name or a figure, and no evidence of usage. */
const KEEP_FROM = [0, 1, 2, 3];

const half = process.argv.includes('--half');
const dir = join(sharedRoot, 'corpus', 'national');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const counts: Map<string, number>[] = Array.from({ length: CONTEXT_ORDER + 1 }, () => new Map());
let documents = 0;
for (const [n, file] of files.entries()) {
  if (half && n % 2 === 1) continue;
  const { text } = clean(await readReport(join(dir, file)));
  const codes = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  let marks = BOUNDARY;
  for (let i = 0; i < text.length; ) {
    if (isHanCode(text.charCodeAt(i))) {
      marks += text[i++];
      continue;
    }
    const start = i;
    while (i < text.length && !isHanCode(text.charCodeAt(i))) i++;
    marks += String.fromCharCode(markOfRun(codes, start, i));
  }
  if (!marks.endsWith(BOUNDARY)) marks += BOUNDARY;
  for (let order = 1; order <= CONTEXT_ORDER; order++) {
    const table = counts[order]!;
    for (let i = 0; i + order <= marks.length; i++) {
      const gram = marks.slice(i, i + order);
      table.set(gram, (table.get(gram) ?? 0) + 1);
    }
  }
  documents++;
}
const kept = counts.map((table, order) => new Map([...table].filter(([, count]) => count >= (KEEP_FROM[order] ?? Infinity))));
const out = join(projectRoot, 'src', 'clean', 'tables', 'context-counts.txt');
writeFileSync(out, formatCounts(kept, `${documents} national reports${half ? ` (${HALF_MARK})` : ''}`));
console.log(`${out}: ${kept.map((t) => t.size).join(' / ')} n-grams of order 0…${CONTEXT_ORDER} from ${documents} reports`);
