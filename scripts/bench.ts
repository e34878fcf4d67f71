/**
 * `npm run bench`: read+clean speed on the development report (or the project's sample where ../shared is
 * absent), against one opencc-js traditional→simplified pass over the same text in the same process as the
 * baseline; then a 10 MB input, to show time grows linearly with size. Figures are ratios: machines are noisy.
 */
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { readReport } from '../src/read/index.js';
import { clean } from '../src/clean/index.js';
import { hasShared, projectRoot, sharedRoot } from './shared.js';

const report = hasShared
  ? join(sharedRoot, 'corpus', 'taiyuan-2021-webcopy.txt')
  : join(projectRoot, 'samples', 'county-report-dirty.txt');

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
