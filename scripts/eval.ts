/**
 * `npm run eval`: scores luoshi against the shared gold files with the shared scorer, and measures
 * false character repairs on clean text. Skips with a message where ../shared is absent.
 *
 *   npm run eval                      everything
 *   npm run eval -- --only web        one part: repair, dev, national, web, heldout, orientation, verify, clean,
 *                                     body, repair-synthetic, meta, split, bulletins
 *   npm run eval -- --verbose         every miss and spurious item, every wrong verdict
 *   npm run eval -- --gold-year       the web corpus read with each document's year from its gold (a diagnostic:
 *                                     what the items would score were the year right)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readReport } from '../src/read/index.js';
import { clean, type Cleaned } from '../src/clean/index.js';
import { cleanJson } from '../src/cli/clean.js';
import { linesOf } from '../src/clean/lines.js';
import { isProse } from '../src/clean/page-lines.js';
import { analyze, type Analysis } from '../src/analyze.js';
import { structure, orientationOf, type Clause } from '../src/structure/index.js';
import { orient } from '../src/structure/orientation.js';
import { findQuantities } from '../src/extract/index.js';
import { verify } from '../src/loop/verify.js';
import { pairResults } from '../src/loop/results.js';
import { splitTasks } from '../src/extract/split-tasks.js';
import { hasShared, projectRoot, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`eval skipped: no shared evaluation material at ${sharedRoot} (set LUOSHI_SHARED to its path)`);
  process.exit(0);
}

const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const runs = (part: string) => onlyAt < 0 || process.argv[onlyAt + 1] === part;

const scorer = join(sharedRoot, 'tools', 'score.mjs');
const work = mkdtempSync(join(tmpdir(), 'luoshi-eval-'));
const score = (mode: string, gold: string, pred: unknown) => {
  const file = join(work, `${basename(gold)}.pred.json`);
  writeFileSync(file, JSON.stringify(pred));
  return execFileSync(process.execPath, [scorer, mode, gold, file, ...(verbose ? ['--verbose'] : [])], {
    encoding: 'utf8',
  }).trimEnd();
};
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const goldFiles = (dir: string, suffix: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => join(dir, f)) : [];

/** Finds the corpus document a gold file labels (corpus/ or a subfolder of it). */
function corpusPath(doc: string): string | undefined {
  return ['', 'national', 'pairs', 'web'].map((dir) => join(sharedRoot, 'corpus', dir, doc)).find((path) => existsSync(path));
}

const goldYear = process.argv.includes('--gold-year');
const analyses = new Map<string, Analysis>();
async function analyzed(path: string, year?: number): Promise<Analysis> {
  const known = analyses.get(path);
  if (known) return known;
  const analysis = analyze(await readReport(path), goldYear && year ? { year } : {});
  analyses.set(path, analysis);
  return analysis;
}

// 1. Character repair and body bounds on every dirty report with a repair gold file.
if (runs('repair')) {
  for (const goldFile of goldFiles(join(sharedRoot, 'gold'), '.repair.json')) {
    const path = corpusPath(readJson<{ doc: string }>(goldFile).doc);
    if (!path) continue;
    const source = await readReport(path);
    console.log(`${basename(path)}:`);
    console.log(score('repair', goldFile, cleanJson(source, clean(source))));
  }
}

// 2. Extraction on the development report and the pairs (in full), the national reports (headline scope).
if (runs('dev') || runs('national')) {
  const headline: string[] = [];
  const goldDirs = [join(sharedRoot, 'gold'), join(sharedRoot, 'gold', 'national'), join(sharedRoot, 'corpus', 'pairs')];
  for (const goldFile of goldDirs.flatMap((dir) => goldFiles(dir, '.gold.json'))) {
    const gold = readJson<{ doc: string; scope?: string }>(goldFile);
    if (runs(gold.scope === 'headline' ? 'national' : 'dev') === false) continue;
    const path = corpusPath(gold.doc);
    if (!path) continue;
    const lines = score('extract', goldFile, (await analyzed(path)).extraction).split('\n');
    if (gold.scope === 'headline' && !verbose) {
      headline.push(`${gold.doc}: ${lines.at(-1)} ${lines.find((l) => l.startsWith('report fields')) ?? ''}`);
    } else {
      console.log(`${gold.doc}:`);
      console.log(lines.join('\n'));
    }
  }
  if (headline.length) {
    console.log('national reports (headline scope):');
    for (const line of headline) console.log(`  ${line}`);
    const f1s = headline.map((l) => Number(/ F1=([\d.]+)/.exec(l)?.[1] ?? 0));
    console.log(`extract(headline) national mean F1=${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(1)} over ${f1s.length} reports`);
  }
}

// 3. The web corpus: reports as people find them, per document and pooled, with its verification pairs; and the
// project's own held-out sets (eval/heldout-*: documents of the same genres written for the project, with gold), on
// which no rule was fitted before they were measured.
async function scoreCorpus(label: string, goldDir: string, docDir: string): Promise<void> {
  const kinds = ['target', 'milestone', 'achievement'] as const;
  const pooled = Object.fromEntries(kinds.map((k) => [k, { gold: 0, predicted: 0, matched: 0 }]));
  const fieldsRight: Record<string, [number, number]> = {};
  let documents = 0;
  let yearsRight = 0;
  const reportFields: Record<string, [number, number]> = {};
  for (const goldFile of goldFiles(goldDir, '.gold.json')) {
    const gold = readJson<{ doc: string; report: Record<string, unknown> }>(goldFile);
    const path = join(docDir, gold.doc);
    if (!existsSync(path)) continue;
    const { extraction } = await analyzed(path, Number(gold.report.year));
    const out = score('extract', goldFile, extraction);
    documents++;
    for (const kind of kinds) {
      const m = new RegExp(`^${kind}\\s+gold\\s+(\\d+)\\s+predicted\\s+(\\d+)\\s+matched\\s+(\\d+)`, 'm').exec(out);
      if (!m) continue;
      pooled[kind]!.gold += Number(m[1]);
      pooled[kind]!.predicted += Number(m[2]);
      pooled[kind]!.matched += Number(m[3]);
    }
    for (const m of out.matchAll(/^field (\w+)\s+(\d+)\/(\d+)/gm)) {
      const [right, total] = (fieldsRight[m[1]!] ??= [0, 0]);
      fieldsRight[m[1]!] = [right + Number(m[2]), total + Number(m[3])];
    }
    const report = extraction.report as unknown as Record<string, unknown>;
    for (const field of ['region', 'level', 'year', 'date']) {
      if (gold.report[field] == null) continue;
      const [right, total] = (reportFields[field] ??= [0, 0]);
      reportFields[field] = [right + (String(report[field]) === String(gold.report[field]) ? 1 : 0), total + 1];
    }
    if (String(report.year) === String(gold.report.year)) yearsRight++;
    const summary = out.split('\n').at(-1)!;
    const year = String(report.year) === String(gold.report.year) ? '' : ` YEAR ${String(report.year)} (want ${String(gold.report.year)})`;
    console.log(`  ${gold.doc.padEnd(36)} ${summary.replace(/^extract /, '')}${year}`);
    if (verbose) console.log(out.split('\n').filter((l) => /^(MISSED|SPURIOUS)/.test(l)).map((l) => `      ${l}`).join('\n'));
  }
  if (documents === 0) return;
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`${label} pooled over ${documents} documents:`);
  let all = { gold: 0, predicted: 0, matched: 0 };
  for (const kind of kinds) {
    const { gold, predicted, matched } = pooled[kind]!;
    all = { gold: all.gold + gold, predicted: all.predicted + predicted, matched: all.matched + matched };
    const p = predicted ? matched / predicted : 0;
    const r = gold ? matched / gold : 0;
    console.log(`  ${kind.padEnd(12)} gold ${gold}  predicted ${predicted}  matched ${matched}  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1(p, r))}`);
  }
  for (const [field, [right, total]] of Object.entries(fieldsRight)) console.log(`  field ${field.padEnd(10)} ${right}/${total} = ${pct(right / total)}`);
  for (const [field, [right, total]] of Object.entries(reportFields)) console.log(`  report ${field.padEnd(9)} ${right}/${total} = ${pct(right / total)}`);
  const p = all.predicted ? all.matched / all.predicted : 0;
  const r = all.gold ? all.matched / all.gold : 0;
  console.log(
    `extract(${label}) P=${pct(p)} R=${pct(r)} F1=${pct(f1(p, r))} ` +
      kinds.map((k) => `${k}_F1=${pct(f1(pooled[k]!.matched / Math.max(1, pooled[k]!.predicted), pooled[k]!.matched / Math.max(1, pooled[k]!.gold)))}`).join(' ') +
      ` year=${yearsRight}/${documents}`,
  );
  await verifyPairs(label, [goldDir], (doc) => (existsSync(join(docDir, doc)) ? join(docDir, doc) : undefined));
}

/** Each verification pair of the gold directories: the verdicts against the gold ones. */
async function verifyPairs(label: string, dirs: readonly string[], docPath: (doc: string) => string | undefined): Promise<void> {
  let pairs = 0;
  let right = 0;
  let total = 0;
  for (const goldFile of dirs.flatMap((dir) => goldFiles(dir, '.verify.json'))) {
    const gold = readJson<{ targets_doc: string; results_doc: string }>(goldFile);
    const targetsPath = docPath(gold.targets_doc);
    const resultsPath = docPath(gold.results_doc);
    if (!targetsPath || !resultsPath) continue;
    const targets = await analyzed(targetsPath);
    const results = await analyzed(resultsPath);
    const verdicts = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
    const out = score('verify', goldFile, { verdicts });
    pairs++;
    right += Number(/right (\d+),/.exec(out)?.[1] ?? 0);
    total += Number(/gold (\d+)/.exec(out)?.[1] ?? 0);
    if (verbose || !out.includes('accuracy=100.0')) console.log(`${gold.targets_doc} → ${gold.results_doc}: ${out}`);
  }
  if (pairs) console.log(`verify(${label}) pairs=${pairs} accuracy=${((100 * right) / Math.max(1, total)).toFixed(1)} (right ${right} of ${total})`);
}

if (runs('web')) await scoreCorpus('web', join(sharedRoot, 'gold', 'web'), join(sharedRoot, 'corpus', 'web'));
if (runs('heldout')) {
  const root = join(projectRoot, 'eval');
  for (const set of existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('heldout')).sort() : []) {
    await scoreCorpus(set, join(root, set, 'gold'), join(root, set, 'docs'));
  }
}

// 4. Clause orientation without a report's sections, checked against them: each national report since 2000 read
// as a whole without its headings, and as excerpts of 2,000 characters cut from it, the way pages give reports.
if (runs('orientation')) {
  const excerpt = 2000;
  let whole = [0, 0];
  let cut = [0, 0];
  const confusion = new Map<string, number>();
  for (const file of goldFiles(join(sharedRoot, 'corpus', 'national'), '.txt').filter((f) => Number(/(\d{4})/.exec(basename(f))?.[1]) >= 2000)) {
    const doc = structure(clean(await readReport(file)));
    const { text } = doc.cleaned;
    const labelOf = (c: Clause) => orientationOf(doc.sentences[c.sentence]!.role);
    const figured = (c: Clause) => labelOf(c) !== 'neither' && findQuantities(text.slice(c.start, c.end)).length > 0;
    const read = orient(text, doc.paragraphs, doc.sentences, doc.clauses, doc.meta.year, false);
    read.clauses.forEach((c, i) => {
      if (!figured(doc.clauses[i]!)) return;
      const [want, got] = [labelOf(doc.clauses[i]!), orientationOf(c.role)];
      whole = [whole[0]! + (want === got ? 1 : 0), whole[1]! + 1];
      confusion.set(`${want}→${got}`, (confusion.get(`${want}→${got}`) ?? 0) + 1);
    });
    for (let from = 0; from + excerpt <= text.length; from += excerpt) {
      const inside = (c: { start: number; end: number }) => c.start >= from && c.end <= from + excerpt;
      const sentences = doc.sentences.filter(inside);
      const first = doc.sentences.indexOf(sentences[0]!);
      const clauses = doc.clauses.filter((c) => inside(doc.sentences[c.sentence]!)).map((c) => ({ ...c, sentence: c.sentence - first }));
      const paragraphs = doc.paragraphs;
      const readCut = orient(text, paragraphs, sentences, clauses, doc.meta.year, false);
      readCut.clauses.forEach((c) => {
        const original = doc.clauses.find((o) => o.start === c.start)!;
        if (!figured(original)) return;
        cut = [cut[0]! + (labelOf(original) === orientationOf(c.role) ? 1 : 0), cut[1]! + 1];
      });
    }
  }
  const pct = ([right, total]: number[]) => `${((100 * right!) / Math.max(1, total!)).toFixed(1)}% (${right} of ${total})`;
  console.log(`orientation of figure clauses without sections, national reports since 2000: whole ${pct(whole)}, excerpts of ${excerpt} chars ${pct(cut)}`);
  console.log(`  whole, section label → read: ${[...confusion].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

// 5. Verification pairs: year N's targets against year N+1's review (the web corpus's are scored with it, above).
if (runs('verify')) {
  await verifyPairs('reports', [join(sharedRoot, 'gold'), join(sharedRoot, 'gold', 'national'), join(sharedRoot, 'corpus', 'pairs')], corpusPath);
}

// 6. Clean text stays clean: homophone/lookalike edits per 20,000 characters (the gold clean texts, the national
// reports, the web pages that are no dirty copy, the own fixtures).
if (runs('clean')) {
  const cleanSets: [string, string[]][] = [
    ['gold clean texts', goldFiles(join(sharedRoot, 'gold'), '.clean.txt')],
    ['national reports', goldFiles(join(sharedRoot, 'corpus', 'national'), '.txt')],
    // the web pages that are no dirty copy: news, lists, excerpts as published
    ['web pages', goldFiles(join(sharedRoot, 'corpus', 'web'), '.txt').filter((file) => !basename(file).includes('dirty'))],
    ['own fixtures', goldFiles(join(projectRoot, 'test', 'fixtures', 'clean'), '')],
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
    if (verbose) for (const line of falseEdits) console.log('  FALSE', line);
  }
}

// 7. The report body on the web corpus: the share of each document's gold items whose quote lies inside the
// body (located in the whole input cleaned, which is what cleaning alone allows, then checked against the
// body's bounds), the items lost before its start and after its end, and the characters the body keeps
// beyond the items' lines on lines that are not prose (neither "，" nor "。": chrome, headlines).
if (runs('body')) {
  /** Text without white space or punctuation (NFKC, as the scorer compares quotes), with each char's offset. */
  const normalized = (text: string) => {
    let out = '';
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) {
      for (const ch of text[i]!.normalize('NFKC')) {
        if (/[\s，。、；：,.;:“”"'‘’（）()《》!！?？\-]/.test(ch)) continue;
        out += ch;
        at.push(i);
      }
    }
    return { text: out, at };
  };
  const bigrams = (s: string) => new Set(Array.from({ length: Math.max(1, s.length - 1) }, (_, i) => s.slice(i, i + 2)));
  /**
   * Where the quote lies in the original: every place the cleaned text has it exactly, else the window sharing
   * ≥ 70% of its bigrams.
   */
  const locate = (quote: string, cleaned: Cleaned, t: { text: string; at: number[] }) => {
    const q = normalized(quote).text;
    if (!q) return [];
    const found: number[] = [];
    for (let from = t.text.indexOf(q); from >= 0; from = t.text.indexOf(q, from + 1)) found.push(from);
    if (!found.length) {
      const want = bigrams(q);
      let [best, at] = [0.7, -1];
      for (let i = 0; i + q.length <= t.text.length; i++) {
        const got = bigrams(t.text.slice(i, i + q.length));
        let shared = 0;
        for (const g of want) if (got.has(g)) shared++;
        if (shared / want.size >= best) [best, at] = [shared / want.size + 1e-9, i];
      }
      if (at >= 0) found.push(at);
    }
    return found.map((from) => cleaned.toOriginal(t.at[from]!, t.at[from + q.length - 1]! + 1));
  };
  let located = 0;
  let inBody = 0;
  let [lostBefore, lostAfter] = [0, 0];
  let chromeKept = 0;
  let below = 0;
  for (const goldFile of goldFiles(join(sharedRoot, 'gold', 'web'), '.gold.json')) {
    const gold = readJson<{ doc: string; items: { quote: string }[] }>(goldFile);
    const path = corpusPath(gold.doc);
    if (!path) continue;
    const source = await readReport(path);
    const original = source.text;
    const { body } = clean(source);
    const whole = clean(source, { start: 0, end: original.length });
    const wholeText = normalized(whole.text);
    // an item is in the body when one of the places holding its quote is (a headline may repeat it before)
    const inside = (s: { start: number; end: number }) => s.start >= body.start && s.end <= body.end;
    const spans = gold.items.flatMap((item) => {
      const places = locate(item.quote, whole, wholeText);
      return places.length ? [places.find(inside) ?? places[0]!] : [];
    });
    const before = spans.filter((s) => s.start < body.start).length;
    const after = spans.filter((s) => s.start >= body.start && s.end > body.end).length;
    // non-prose kept: body lines beyond the first and last item's line with neither "，" nor "。"
    let chrome = 0;
    const first = Math.min(...spans.map((s) => s.start));
    const last = Math.max(...spans.map((s) => s.end));
    let at = 0;
    for (const line of original.split('\n')) {
      const end = at + line.length;
      const kept = Math.min(end, body.end) > Math.max(at, body.start);
      if (kept && (end <= first || at >= last) && !/[，。,]/.test(line)) chrome += line.trim().length;
      at = end + 1;
    }
    located += spans.length;
    inBody += spans.length - before - after;
    lostBefore += before;
    lostAfter += after;
    chromeKept += chrome;
    if (before + after > 0) below++;
    if (before + after > 0 || verbose) {
      console.log(
        `  ${gold.doc.padEnd(36)} ${spans.length - before - after}/${spans.length} items in the body` +
          ` (lost ${before} before, ${after} after; ${gold.items.length} gold)` +
          ` body ${body.start}–${body.end} of ${original.length}, non-prose kept ${chrome}`,
      );
    }
  }
  console.log(
    `body(web) coverage=${((100 * inBody) / Math.max(1, located)).toFixed(1)} (${inBody} of ${located} items located;` +
      ` lost ${lostBefore} before the start, ${lostAfter} after the end) documents below=${below} non-prose kept=${chromeKept} chars`,
  );
}

// 8. Character repair on text nobody tuned it to: clean reports and web pages with swaps made the way dirty copies
// make them (scripts/synthetic-swaps.ts, seeded), the project's own dirty fixtures (test/fixtures/repair, each the
// same length as its clean twin in test/fixtures/clean), and its own pages that are not a report (test/fixtures/articles). Recall by family; an edit where nothing was swapped
// (and cleaning the clean text makes none) counts against precision.
if (runs('repair-synthetic')) {
  const { swapCharacters, SWAP_FAMILIES } = await import('./synthetic-swaps.js');
  const { HALF_MARK } = await import('../src/clean/tables/context-counts.js');
  type Truth = { at: number; original: string; family: string };
  const tally = new Map<string, { swapped: number; found: number }>();
  let [predicted, right] = [0, 0];
  const bySet = new Map<string, { swapped: number; predicted: number; right: number }>();
  const misses: string[] = [];
  const measure = (label: string, truthText: string, dirtyText: string, truths: Truth[]) => {
    const baseline = new Set(clean({ text: truthText }).edits.map((e) => `${e.start}:${e.to}`));
    const edits = clean({ text: dirtyText }).edits.filter((e) => e.end - e.start === 1 && e.to.length === 1 && !baseline.has(`${e.start}:${e.to}`));
    const byStart = new Map(edits.map((e) => [e.start, e]));
    const context = (at: number, mark: string) => `${dirtyText.slice(Math.max(0, at - 6), at)}[${mark}]${dirtyText.slice(at + 1, at + 7)}`.replace(/\s/g, ' ');
    for (const truth of truths) {
      const counts = tally.get(`${label} ${truth.family}`) ?? { swapped: 0, found: 0 };
      tally.set(`${label} ${truth.family}`, counts);
      counts.swapped++;
      const edit = byStart.get(truth.at);
      if (edit?.to === truth.original) counts.found++;
      else misses.push(`${label} ${truth.family} ${edit ? 'WRONG' : 'MISSED'} ${context(truth.at, `${dirtyText[truth.at]}→${edit?.to ?? ''} want ${truth.original}`)}`);
    }
    const swappedAt = new Set(truths.map((t) => t.at));
    const correct = edits.filter((e) => swappedAt.has(e.start) && truths.find((t) => t.at === e.start)!.original === e.to).length;
    predicted += edits.length;
    right += correct;
    const set = bySet.get(label) ?? { swapped: 0, predicted: 0, right: 0 };
    bySet.set(label, { swapped: set.swapped + truths.length, predicted: set.predicted + edits.length, right: set.right + correct });
    for (const e of edits) if (!swappedAt.has(e.start)) misses.push(`${label} FALSE ${context(e.start, `${e.from}→${e.to}`)}`);
  };
  // (i) the national reports written in simplified characters (those of the 1950s, in traditional ones, left
  // out), one swap in about 80 characters of the body
  let reports = 0;
  // The context model's counts, as shipped, come from all these reports: this line then measures text the model was
  // counted on. Counts made from every other report (scripts/build-context-model.ts --half) read the others apart.
  const half = readFileSync(join(projectRoot, 'src', 'clean', 'tables', 'context-counts.txt'), 'utf8').includes(HALF_MARK);
  for (const [n, file] of goldFiles(join(sharedRoot, 'corpus', 'national'), '.txt').entries()) {
    const text = (await readReport(file)).text;
    const cleaned = clean({ text });
    if (cleaned.edits.some((e) => e.rule === 'traditional:document')) continue;
    const { body } = cleaned;
    const { text: dirty, swaps } = swapCharacters(text, 1000 + n, 80, (at) => at >= body.start && at < body.end);
    measure(half && n % 2 === 1 ? 'national held out' : 'national', text, dirty, swaps);
    reports++;
  }
  console.log(`  ${reports} national reports in simplified characters`);
  // (ii) the web corpus's pages in simplified characters (news, lists, excerpts, copies), one swap in about 40
  // characters of the body
  let pages = 0;
  for (const [n, file] of goldFiles(join(sharedRoot, 'corpus', 'web'), '.txt').entries()) {
    const text = (await readReport(file)).text;
    const cleaned = clean({ text });
    if (cleaned.edits.some((e) => e.type === 'traditional')) continue;
    const { body } = cleaned;
    const { text: dirty, swaps } = swapCharacters(text, 4000 + n, 40, (at) => at >= body.start && at < body.end);
    measure('web', text, dirty, swaps);
    pages++;
  }
  console.log(`  ${pages} web pages in simplified characters`);
  // (iii) the project's own fixtures: swapped by the generator, and swapped by hand
  const fixtures = join(projectRoot, 'test', 'fixtures');
  for (const [n, file] of goldFiles(join(fixtures, 'clean'), '.txt').entries()) {
    const text = readFileSync(file, 'utf8');
    const { text: dirty, swaps } = swapCharacters(text, 2000 + n, 20);
    measure('fixtures', text, dirty, swaps);
  }
  for (const file of goldFiles(join(fixtures, 'repair'), '.txt')) {
    const dirty = readFileSync(file, 'utf8');
    const text = readFileSync(join(fixtures, 'clean', basename(file)), 'utf8');
    const truths: Truth[] = [];
    for (let at = 0; at < text.length; at++) if (text[at] !== dirty[at]) truths.push({ at, original: text[at]!, family: 'by hand' });
    measure('fixtures', text, dirty, truths);
  }
  // (iv) pages that are not a report (an interview, questions and answers, a paper: test/fixtures/articles), swapped
  // on every line of prose in the page, so that a body ending early, or starting late, shows as misses
  for (const [n, file] of goldFiles(join(fixtures, 'articles'), '.txt').entries()) {
    const text = readFileSync(file, 'utf8');
    const prose = linesOf(text).filter(isProse);
    const { text: dirty, swaps } = swapCharacters(text, 3000 + n, 20, (at) => prose.some((l) => at >= l.start && at < l.start + l.text.length));
    measure('articles', text, dirty, swaps);
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0).toFixed(1);
  for (const family of [...SWAP_FAMILIES, 'by hand']) {
    for (const label of ['national', 'national held out', 'web', 'fixtures', 'articles']) {
      const counts = tally.get(`${label} ${family}`);
      if (counts) console.log(`  ${label.padEnd(9)} ${family.padEnd(12)} recall ${pct(counts.found, counts.swapped)} (${counts.found} of ${counts.swapped})`);
    }
  }
  for (const [label, set] of bySet) {
    console.log(`  ${label.padEnd(9)} precision ${pct(set.right, set.predicted)} recall ${pct(set.right, set.swapped)} (swapped ${set.swapped}, predicted ${set.predicted}, right ${set.right})`);
  }
  const swapped = [...tally.values()].reduce((sum, c) => sum + c.swapped, 0);
  const found = [...tally.values()].reduce((sum, c) => sum + c.found, 0);
  console.log(`repair(synthetic) precision=${pct(right, predicted)} recall=${pct(found, swapped)} (swapped ${swapped}, predicted ${predicted}, right ${right})`);
  if (verbose) for (const line of misses) console.log(`  ${line}`);
}

// 9. Report metadata beyond the web set: windows cut from the national reports and the development report (the
// opening with its title block removed, and stretches from inside), and how the confidence tracks correctness.
if (runs('meta')) {
  const WINDOW = 2000;
  const reports = [
    ...goldFiles(join(sharedRoot, 'corpus', 'national'), '.txt'),
    join(sharedRoot, 'corpus', 'taiyuan-2021-webcopy.txt'),
  ].filter((path) => existsSync(path));
  /** The year a report plans for: its gold file's, else the one in its name. */
  const truthOf = (path: string): number => {
    const name = basename(path, '.txt');
    const gold = [join(sharedRoot, 'gold', 'national'), join(sharedRoot, 'gold')].map((dir) => join(dir, `${name}.gold.json`)).find(existsSync);
    return gold ? Number(readJson<{ report: { year: number } }>(gold).report.year) : Number(/\d{4}/.exec(name)![0]);
  };
  /** The text from the first line of the report itself: the title block (title, date line, speaker) dropped. */
  const withoutTitleBlock = (text: string): string => {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => /^\s*各位代表/.test(line) || line.trim().length > 40);
    return lines.slice(Math.max(0, first)).join('\n');
  };
  /** About WINDOW characters from `at`, from a line start to a line end. */
  const windowAt = (text: string, at: number): string => {
    const start = at === 0 ? 0 : text.indexOf('\n', at) + 1;
    const cut = text.slice(start, start + WINDOW);
    const end = cut.lastIndexOf('\n');
    return end > WINDOW / 2 ? cut.slice(0, end) : cut;
  };
  type Tally = Record<string, { right: number; total: number }>;
  const tally = (t: Tally, key: string, right: boolean) => {
    t[key] ??= { right: 0, total: 0 };
    t[key].total++;
    if (right) t[key].right++;
  };
  const byWindow: Tally = {};
  const byConfidence: Tally = {};
  // the NPC met at any time of the year until 1982 (a summer report plans the year it is in, or the next); from
  // 1983 each spring, like the local congresses
  const REGULAR_FROM = 1983;
  for (const path of reports) {
    const truth = truthOf(path);
    const era = truth >= REGULAR_FROM ? 'regular' : 'early';
    const text = withoutTitleBlock((await readReport(path)).text);
    const windows: [string, string][] = [
      ['opening', windowAt(text, 0)],
      ...[0.25, 0.5, 0.75].map((share): [string, string] => ['inside', windowAt(text, Math.floor(text.length * share))]),
    ];
    for (const [kind, window] of windows) {
      const { meta } = structure(clean({ text: window }));
      const right = meta.year === truth;
      tally(byWindow, `${era} ${kind}`, right);
      if (era === 'regular') tally(byConfidence, meta.year === undefined ? 'none' : meta.confidence.year!, right);
      if (verbose && !right) console.log(`  ${basename(path)} ${kind}: ${String(meta.year)} (${meta.confidence.year ?? 'none'}) want ${truth}`);
    }
  }
  const show = (t: Tally, key: string) => (t[key] ? `${t[key].right}/${t[key].total}` : '0/0');
  console.log(`meta windows (${reports.length} reports, national and development, title block removed, ~${WINDOW} characters):`);
  for (const era of ['regular', 'early']) {
    console.log(`  ${era === 'regular' ? `since ${REGULAR_FROM}` : `before ${REGULAR_FROM}`}: year right in the opening ${show(byWindow, `${era} opening`)}, inside ${show(byWindow, `${era} inside`)}`);
  }
  console.log(
    `  since ${REGULAR_FROM}, year right by confidence: high ${show(byConfidence, 'high')}, medium ${show(byConfidence, 'medium')}, ` +
      `low ${show(byConfidence, 'low')}, no year ${byConfidence.none?.total ?? 0}`,
  );

  const web: Tally = {};
  const webConfidence: Tally = {};
  for (const goldFile of goldFiles(join(sharedRoot, 'gold', 'web'), '.gold.json')) {
    const gold = readJson<{ doc: string; report: Record<string, unknown> }>(goldFile);
    const path = corpusPath(gold.doc);
    if (!path) continue;
    const { meta } = structure(clean(await readReport(path)));
    for (const field of ['region', 'level', 'year', 'date'] as const) {
      if (gold.report[field] == null) continue;
      const right = String(meta[field]) === String(gold.report[field]);
      tally(web, field, right);
      if (field === 'year') tally(webConfidence, meta.year === undefined ? 'none' : meta.confidence.year!, right);
    }
  }
  console.log(`meta web: year ${show(web, 'year')}, region ${show(web, 'region')}, level ${show(web, 'level')}, date ${show(web, 'date')}`);
  console.log(`  year by confidence: high ${show(webConfidence, 'high')}, medium ${show(webConfidence, 'medium')}, low ${show(webConfidence, 'low')}, no year ${webConfidence.none?.total ?? 0}`);
}

// 10. Task-split documents (分工方案): each document's tasks against its gold (found, lead and cooperating units
// right, deadline), then pooled over the documents, as `luoshi split` reads them (the whole input).
if (runs('split')) {
  const goldDir = join(sharedRoot, 'gold', 'split');
  const docDir = join(sharedRoot, 'corpus', 'split');
  const pooled = { gold: 0, predicted: 0, found: 0, lead: 0, cooperating: 0 };
  for (const goldFile of goldFiles(goldDir, '.split.json')) {
    const { doc } = readJson<{ doc: string }>(goldFile);
    const path = join(docDir, doc);
    if (!existsSync(path)) continue;
    const source = await readReport(path);
    const tasks = splitTasks(structure(clean(source, { start: 0, end: source.text.length })));
    const out = score('split', goldFile, { tasks });
    const summary = out.split('\n').at(-1)!;
    console.log(`  ${doc.padEnd(44)} ${summary.replace(/^split /, '')}`);
    if (verbose) console.log(out.split('\n').slice(0, -1).map((l) => `      ${l}`).join('\n'));
    const count = (name: string) => Number(new RegExp(`${name} (\\d+)`).exec(summary)?.[1] ?? 0);
    pooled.gold += count('gold');
    pooled.predicted += count('predicted');
    pooled.found += count('found');
    pooled.lead += count('lead right');
    pooled.cooperating += count('cooperating right');
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
  const { gold, predicted, found, lead, cooperating } = pooled;
  console.log(
    `split(pooled) tasks P=${pct(found, predicted)} R=${pct(found, gold)} lead=${pct(lead, gold)} cooperating=${pct(cooperating, gold)}` +
      ` (gold ${gold}, predicted ${predicted}, found ${found}, lead right ${lead}, cooperating right ${cooperating})`,
  );
}

// 11. Statistical bulletins with the next year's report reviewing the same year (corpus/bulletins): headline items per
// document and pooled (bulletins, reports, all), the kind and covered year read; then each government's pairing of
// the report's preliminary figures with the bulletin's final ones (loop/results.ts) against its
// <region>-<year>-preliminary-vs-final.json: found (indicator and both values) and the `same` flag.
if (runs('bulletins')) {
  const dir = join(sharedRoot, 'corpus', 'bulletins');
  type Counts = { gold: number; predicted: number; matched: number };
  const pooled: Record<'bulletin' | 'report', Counts> = { bulletin: { gold: 0, predicted: 0, matched: 0 }, report: { gold: 0, predicted: 0, matched: 0 } };
  let [kindsRight, documents] = [0, 0];
  for (const goldFile of goldFiles(dir, '.gold.json')) {
    const gold = readJson<{ doc: string; report: { kind?: string; covers?: number; year: number } }>(goldFile);
    const path = join(dir, gold.doc);
    if (!existsSync(path)) continue;
    const { extraction } = await analyzed(path);
    const out = score('extract', goldFile, extraction);
    const summary = out.split('\n').at(-1)!;
    const m = /gold (\d+), predicted (\d+), matched (\d+)/.exec(summary);
    const kind = gold.report.kind === 'bulletin' ? 'bulletin' : 'report';
    if (m) for (const [k, v] of [['gold', m[1]], ['predicted', m[2]], ['matched', m[3]]] as const) pooled[kind][k] += Number(v);
    const read = extraction.report;
    const right = read.kind === kind && (kind === 'report' || read.covers === gold.report.covers);
    documents++;
    if (right) kindsRight++;
    const fields = out.split('\n').find((l) => l.startsWith('report fields')) ?? '';
    console.log(`  ${gold.doc.padEnd(40)} ${summary.replace(/^extract\(headline\) /, '')} ${fields} kind ${read.kind}${read.covers ? ` covers ${read.covers}` : ''}${right ? '' : ' WRONG'}`);
    if (verbose) console.log(out.split('\n').filter((l) => /^(MISSED|SPURIOUS)/.test(l)).map((l) => `      ${l}`).join('\n'));
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
  const line = ({ gold, predicted, matched }: Counts) => {
    const [p, r] = [pct(matched, predicted), pct(matched, gold)];
    return `P=${p.toFixed(1)} R=${r.toFixed(1)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(1)} (gold ${gold}, predicted ${predicted}, matched ${matched})`;
  };
  const all = { gold: pooled.bulletin.gold + pooled.report.gold, predicted: pooled.bulletin.predicted + pooled.report.predicted, matched: pooled.bulletin.matched + pooled.report.matched };
  console.log(`extract(bulletins) ${line(pooled.bulletin)}`);
  console.log(`extract(bulletin reviews) ${line(pooled.report)}`);
  console.log(`extract(bulletins pooled) ${line(all)} kind/covers right ${kindsRight}/${documents}`);

  // a gold pair is found when luoshi pairs the same indicator with both figures' values, and right when `same` agrees
  type Side = { quote: string; low: number; unit: string };
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  let [goldPairs, found, right, predicted] = [0, 0, 0, 0];
  for (const file of goldFiles(dir, '-preliminary-vs-final.json')) {
    const gold = readJson<{ preliminary_doc: string; final_doc: string; items: { indicator: string; preliminary: Side; final: Side; same: boolean }[] }>(file);
    const [report, bulletin] = await Promise.all([analyzed(join(dir, gold.preliminary_doc)), analyzed(join(dir, gold.final_doc))]);
    const pairs = pairResults(report.extraction, bulletin.extraction);
    const used = new Set<number>();
    const wrong: string[] = [];
    for (const g of gold.items) {
      const at = pairs.findIndex((p, i) => !used.has(i) && p.indicator === g.indicator && close(p.preliminary.low, g.preliminary.low) && close(p.final.low, g.final.low));
      goldPairs++;
      if (at < 0) {
        wrong.push(`MISSED ${g.indicator} ${g.preliminary.low} / ${g.final.low}`);
        continue;
      }
      used.add(at);
      found++;
      if (pairs[at]!.same === g.same) right++;
      else wrong.push(`WRONG same ${g.indicator} ${g.preliminary.low} / ${g.final.low}: ${pairs[at]!.same} (want ${g.same})`);
    }
    predicted += pairs.length;
    pairs.forEach((p, i) => used.has(i) || wrong.push(`SPURIOUS ${p.indicator} ${p.preliminary.text} / ${p.final.text}`));
    console.log(`  ${basename(file).padEnd(40)} gold ${gold.items.length} paired ${pairs.length} ${wrong.length ? '' : 'all right'}`);
    for (const w of wrong) console.log(`      ${w}`);
  }
  console.log(`pairing(bulletins) gold ${goldPairs} predicted ${predicted} found ${found} same right ${right} (P=${pct(found, predicted).toFixed(1)} R=${pct(found, goldPairs).toFixed(1)} same=${pct(right, goldPairs).toFixed(1)})`);
}
