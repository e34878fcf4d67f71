/**
 * `npm run eval`: scores luoshi against the shared gold files with the shared scorer, and measures
 * false character repairs on clean text. Skips with a message where ../shared is absent.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readReport } from '../src/read/index.js';
import { clean } from '../src/clean/index.js';
import { cleanJson } from '../src/cli/clean.js';
import { analyze } from '../src/analyze.js';
import { verify } from '../src/loop/verify.js';
import { hasShared, projectRoot, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`eval skipped: no shared evaluation material at ${sharedRoot} (set LUOSHI_SHARED to its path)`);
  process.exit(0);
}

const scorer = join(sharedRoot, 'tools', 'score.mjs');
const work = mkdtempSync(join(tmpdir(), 'luoshi-eval-'));
const score = (mode: string, gold: string, pred: unknown) => {
  const file = join(work, `${basename(gold)}.pred.json`);
  writeFileSync(file, JSON.stringify(pred));
  return execFileSync(process.execPath, [scorer, mode, gold, file, ...(process.argv.includes('--verbose') ? ['--verbose'] : [])], {
    encoding: 'utf8',
  }).trimEnd();
};

/** Finds the corpus document a gold file labels (corpus/ or a subfolder of it). */
function corpusPath(doc: string): string | undefined {
  for (const dir of ['', 'national', 'pairs']) {
    const path = join(sharedRoot, 'corpus', dir, doc);
    try {
      readFileSync(path);
      return path;
    } catch {
      continue;
    }
  }
  return undefined;
}

// 1. Character repair and body bounds on every dirty report with a repair gold file.
for (const goldFile of readdirSync(join(sharedRoot, 'gold')).filter((f) => f.endsWith('.repair.json'))) {
  const gold = JSON.parse(readFileSync(join(sharedRoot, 'gold', goldFile), 'utf8')) as { doc: string };
  const path = corpusPath(gold.doc);
  if (!path) continue;
  const source = await readReport(path);
  console.log(`${gold.doc}:`);
  console.log(score('repair', join(sharedRoot, 'gold', goldFile), cleanJson(source, clean(source))));
}

// 2. Extraction on every report with an extraction gold file (the development report, the national ones, pairs).
const goldDirs = [join(sharedRoot, 'gold'), join(sharedRoot, 'gold', 'national'), join(sharedRoot, 'corpus', 'pairs')];
const headline: string[] = [];
for (const dir of goldDirs) {
  for (const goldFile of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as { doc: string; scope?: string };
    const path = corpusPath(gold.doc);
    if (!path) continue;
    const { extraction } = analyze(await readReport(path));
    const lines = score('extract', join(dir, goldFile), extraction).split('\n');
    if (gold.scope === 'headline' && !process.argv.includes('--verbose')) {
      headline.push(`${gold.doc}: ${lines.at(-1)} ${lines.find((l) => l.startsWith('report fields')) ?? ''}`);
    } else {
      console.log(`${gold.doc}:`);
      console.log(lines.join('\n'));
    }
  }
}
if (headline.length) {
  console.log('national reports (headline scope):');
  for (const line of headline) console.log(`  ${line}`);
  const f1s = headline.map((l) => Number(/ F1=([\d.]+)/.exec(l)?.[1] ?? 0));
  console.log(`extract(headline) national mean F1=${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(1)} over ${f1s.length} reports`);
}

// 3. Verification pairs: year N's targets against year N+1's review.
const verifyDirs = [join(sharedRoot, 'gold'), join(sharedRoot, 'gold', 'national'), join(sharedRoot, 'corpus', 'pairs')];
let pairs = 0;
let right = 0;
let total = 0;
for (const dir of verifyDirs) {
  for (const goldFile of readdirSync(dir).filter((f) => f.endsWith('.verify.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as { targets_doc: string; results_doc: string };
    const targetsPath = corpusPath(gold.targets_doc);
    const resultsPath = corpusPath(gold.results_doc);
    if (!targetsPath || !resultsPath) continue;
    const targets = analyze(await readReport(targetsPath));
    const results = analyze(await readReport(resultsPath));
    const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
    const line = score('verify', join(dir, goldFile), { verdicts });
    const m = /right (\d+), predicted/.exec(line);
    const n = /gold (\d+)/.exec(line);
    pairs++;
    right += Number(m?.[1] ?? 0);
    total += Number(n?.[1] ?? 0);
    if (process.argv.includes('--verbose') || !line.includes('accuracy=100.0')) console.log(`${gold.targets_doc} → ${gold.results_doc}: ${line}`);
  }
}
if (pairs) console.log(`verify pairs=${pairs} accuracy=${((100 * right) / Math.max(1, total)).toFixed(1)} (right ${right} of ${total})`);

// 4. Clean text stays clean: homophone/lookalike edits per 20,000 characters.
const cleanSets: [string, string[]][] = [
  ['gold clean texts', readdirSync(join(sharedRoot, 'gold')).filter((f) => f.endsWith('.clean.txt')).map((f) => join(sharedRoot, 'gold', f))],
  ['national reports', readdirSync(join(sharedRoot, 'corpus', 'national')).filter((f) => f.endsWith('.txt')).map((f) => join(sharedRoot, 'corpus', 'national', f))],
  ['own fixtures', readdirSync(join(projectRoot, 'test', 'fixtures', 'clean')).map((f) => join(projectRoot, 'test', 'fixtures', 'clean', f))],
];
for (const [label, files] of cleanSets) {
  let chars = 0;
  const falseEdits: string[] = [];
  for (const file of files) {
    const source = await readReport(file);
    const cleaned = clean(source);
    chars += cleaned.body.end - cleaned.body.start;
    for (const e of cleaned.edits) {
      if (e.type !== 'homophone' && e.type !== 'lookalike') continue;
      falseEdits.push(`${basename(file)}@${e.start} ${source.text.slice(e.start - 4, e.start)}[${e.from}→${e.to}]${source.text.slice(e.end, e.end + 4)}`);
    }
  }
  const per20k = chars ? (falseEdits.length / chars) * 20000 : 0;
  console.log(`repair clean-text ${label}: ${per20k.toFixed(2)} false edits per 20,000 chars (${falseEdits.length} in ${chars} chars, target ≤ 1)`);
  if (process.argv.includes('--verbose')) for (const line of falseEdits) console.log('  FALSE', line);
}
