/**
 * `npm run bench`: read+clean speed on the development report (or the project's sample where ../shared is
 * absent), against one opencc-js traditional→simplified pass over the same text in the same process as the
 * baseline; then a 10 MB input, to show time grows linearly with size. Then read+clean+structure+extract on
 * the same report against the Chinese recognizers of @microsoft/recognizers-text-suite (the best-known
 * TypeScript option) over the same text, run once as they are slow; then the process-level figures of
 * scripts/bench-process.ts (start-up, clean of 10 MB, batches). Figures are ratios and rates: machines are noisy.
 */
import { mkdtempSync, writeFileSync, readFileSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { readReport } from '../src/read/index.js';
import { clean } from '../src/clean/index.js';
import { analyze } from '../src/analyze.js';
import { hasShared, projectRoot, sharedRoot } from './shared.js';
import { runProcessBench } from './bench-process.js';

const report = hasShared
  ? join(sharedRoot, 'corpus', 'taiyuan-2021-webcopy.txt')
  : join(projectRoot, 'samples', 'county-report-dirty.txt');
if (!hasShared) console.log(`../shared is absent (${sharedRoot}): timing on the project's sample instead of the development report; the batches and the 10 MB clean are skipped`);

/** Median wall time of `runs` calls after as many warm-up calls (JIT), in milliseconds. */
async function median(runs: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < runs; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const mb = (chars: number) => (chars * 3) / 1e6; // UTF-8 size of CJK text, about 3 bytes a character
const coldStart = process.hrtime.bigint();
const first = clean(await readReport(report));
const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
const text = first.original;
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const runs = 40;
const chainMs = await median(runs, async () => clean(await readReport(report)));
const openccMs = await median(runs, () => toSimplified(text));
console.log(`report ${report.split('/').pop()}: ${text.length} chars`);
console.log(`  read+clean (cold, loading tables): ${coldMs.toFixed(1)} ms`);
console.log(`  read+clean (warm, median of ${runs}): ${chainMs.toFixed(2)} ms, ${(mb(text.length) / (chainMs / 1000)).toFixed(2)} MB/s`);
console.log(`  baseline opencc-js t→cn pass: ${openccMs.toFixed(2)} ms`);
console.log(`  ratio chain / opencc: ${(chainMs / openccMs).toFixed(2)}× (target ≤ 3×)`);

// 10 MB: the same report repeated; the body finder then sees one long report.
const big = readFileSync(report, 'utf8');
const copies = Math.ceil(10e6 / Buffer.byteLength(big));
const bigPath = join(mkdtempSync(join(tmpdir(), 'luoshi-bench-')), 'big.txt');
writeFileSync(bigPath, Array.from({ length: copies }, () => big).join('\n\n'));
const bigChars = big.length * copies;
const bigMs = await median(3, async () => clean(await readReport(bigPath, { maxBytes: 100 * 1024 * 1024 })));
const bigOpenccMs = await median(3, () => toSimplified(readFileSync(bigPath, 'utf8')));
console.log(`10 MB input (${copies} copies, ${bigChars} chars): read+clean ${bigMs.toFixed(0)} ms, ${(mb(bigChars) / (bigMs / 1000)).toFixed(2)} MB/s`);
console.log(`  per-character time vs the single report: ${((bigMs / bigChars) / (chainMs / text.length)).toFixed(2)}× (1× = linear)`);
console.log(`  ratio chain / opencc on 10 MB: ${(bigMs / bigOpenccMs).toFixed(2)}×`);

rmSync(dirname(bigPath), { recursive: true, force: true });

// ── Extraction: read+clean+structure+extract against @microsoft/recognizers-text-suite (Chinese) ──────────────
const reportBytes = statSync(report).size;
const recognizers = [
  ['number', Recognizers.recognizeNumber],
  ['percentage', Recognizers.recognizePercentage],
  ['currency', Recognizers.recognizeCurrency],
  ['dimension', Recognizers.recognizeDimension],
  ['datetime', Recognizers.recognizeDateTime],
] as const;
/** One pass of every recognizer over `s`: total ms, and ms and match count per recognizer. */
function recognizeAll(s: string): { ms: number; each: string[] } {
  const each: string[] = [];
  let ms = 0;
  for (const [name, recognize] of recognizers) {
    const t0 = process.hrtime.bigint();
    const found = recognize(s, Recognizers.Culture.Chinese);
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    ms += t;
    each.push(`${name} ${(t / 1000).toFixed(2)} s (${found.length})`);
  }
  return { ms, each };
}
// A short probe first: it loads the recognizers' tables (so the timed pass is not a cold start) and tells
// whether the whole text fits the ~60 s budget. The recognizers grow faster than linearly, so the estimate is doubled.
const BUDGET_MS = 60_000;
const probeChars = Math.min(text.length, 2000);
const probe = recognizeAll(text.slice(0, probeChars));
const estimateMs = 2 * probe.ms * (text.length / probeChars);
const baselineChars = estimateMs <= BUDGET_MS ? text.length : Math.max(probeChars, Math.floor((text.length * BUDGET_MS) / 2 / estimateMs));
const baseline = recognizeAll(text.slice(0, baselineChars));
const baselineMs = baseline.ms * (text.length / baselineChars);

const extractRuns = 100;
const extractColdStart = process.hrtime.bigint();
const analysis = analyze(await readReport(report));
const extractColdMs = Number(process.hrtime.bigint() - extractColdStart) / 1e6;
// The extractors need a few hundred calls before V8 has optimised them (a short report reaches that late), so
// warm up for at least 300 calls or 2 s, whichever comes first, before the timed runs.
const warmUntil = Date.now() + 2000;
for (let i = 0; i < 300 && Date.now() < warmUntil; i++) analyze(await readReport(report));
const extractMs = await median(extractRuns, async () => analyze(await readReport(report)));
console.log(`extraction on ${report.split('/').pop()}: ${text.length} chars, ${reportBytes} bytes, ${analysis.extraction.commitments.length} items`);
console.log(`  read+clean+structure+extract (cold, first call): ${extractColdMs.toFixed(1)} ms`);
console.log(`  read+clean+structure+extract (warm, median of ${extractRuns} after warm-up): ${extractMs.toFixed(2)} ms per report, ${(reportBytes / 1e6 / (extractMs / 1000)).toFixed(2)} MB/s (target ≤ 5 ms: ${extractMs <= 5 ? 'met' : 'NOT MET'})`);
console.log(
  `  baseline @microsoft/recognizers-text-suite zh-cn (number, percentage, currency, dimension, datetime), one pass after a ${probeChars}-char warm-up: ` +
    (baselineChars === text.length
      ? `${(baselineMs / 1000).toFixed(1)} s over the whole text`
      : `${(baseline.ms / 1000).toFixed(1)} s over the first ${baselineChars} of ${text.length} chars, scaled linearly to ${(baselineMs / 1000).toFixed(1)} s (an underestimate: it grows faster than linearly)`),
);
console.log(`    ${baseline.each.join(', ')}`);
console.log(`  ratio baseline / luoshi: ${Math.round(baselineMs / extractMs)}× faster (target ≥ 1000×)`);

// ── Scaling: the whole analysis over 0.5 MB and 4 MB of a generated report, as lines and as one endless line ──
// (a search back through the whole text for each figure once made a text without ； quadratic: 45 MB took minutes)
{
  const entry = (i: number) => `新建乡村道路${i + 1}条，改造老旧小区${i + 2}个，年底前建成社区食堂${(i % 9) + 1}个。`;
  const head = '政府工作报告\n\n——2025年1月10日在溪川县第九届人民代表大会第五次会议上\n\n二、2025年重点工作\n\n';
  const sized = (mb: number, joiner: string) => {
    const parts: string[] = [head];
    for (let i = 0, size = 0; size < mb * 1e6; i++) (size += Buffer.byteLength(entry(i)) + 1), parts.push(entry(i));
    return parts.join(joiner);
  };
  for (const [layout, joiner] of [['lines', '\n'], ['one line', '']] as const) {
    const perMb = [0.5, 4].map((mb) => {
      const text = sized(mb, joiner);
      const t0 = process.hrtime.bigint();
      analyze({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'generated.txt', bytes: Buffer.byteLength(text) });
      return Number(process.hrtime.bigint() - t0) / 1e6 / mb;
    });
    console.log(`scaling (${layout}): ${perMb[0].toFixed(0)} ms/MB at 0.5 MB, ${perMb[1].toFixed(0)} ms/MB at 4 MB: ratio ${(perMb[1] / perMb[0]).toFixed(2)} (linear ≈ 1)`);
  }
}

// ── The process as the user meets it: start-up, clean at scale, batches (scripts/bench-process.ts) ──────────────
await runProcessBench({
  msPerReport: baselineMs,
  how: `${(baselineMs / 1000).toFixed(1)} s per report, measured above in this run${baselineChars === text.length ? '' : ' (scaled from part of the text)'}`,
});
