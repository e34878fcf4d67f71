/**
 * Speed as the user meets it (issue 15): the built command (`bin/luoshi.js`, from dist/) as a child process, each
 * figure against a baseline timed in the same run, interleaved with it, so the ratios hold on a noisy machine:
 * a one-line `luoshi clean` against a bare `node -e ''`; `luoshi clean` of the national reports three times
 * (about 10 MB) against one opencc-js traditional→simplified pass over the same file, process to process;
 * `luoshi extract DIR` over 200 and 2,000 copies of the development report (reports per second, peak RSS), the 200
 * against the Recognizers-Text baseline bench.ts measured in this run; and the 52 national reports as a batch.
 * Run by bench.ts (`runProcessBench`) after the in-process figures.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, sharedRoot } from './shared.js';

interface Run {
  code: number;
  ms: number;
  /** Peak resident set of the child, worker threads included (0 when unknown). */
  rssKb: number;
  stderr: string;
}

const timeV = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs node with `args` and waits for it: wall time and peak RSS. Under /usr/bin/time -v where there is one (its
 * fork is small, so the child's high-water mark is the child's own); else /proc's VmHWM, polled.
 */
function runNode(args: string[]): Promise<Run> {
  const started = process.hrtime.bigint();
  const child = spawn(timeV ?? process.execPath, timeV ? ['-v', process.execPath, ...args] : args, { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let polledKb = 0;
  const poll = timeV
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) polledKb = Math.max(polledKb, Number(m[1]));
        } catch {
          // gone, or not Linux
        }
      }, 20);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rssKb = timeV ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) : polledKb;
      resolve({ code: code ?? -1, ms, rssKb, stderr });
    }),
  );
}

/** Median wall times of the commands, run `rounds` times in turn (one of each per round), after one warm-up round. */
async function interleaved(rounds: number, commands: string[][]): Promise<number[]> {
  const times = commands.map(() => [] as number[]);
  for (let round = -1; round < rounds; round++) {
    for (const [i, args] of commands.entries()) {
      const { code, ms, stderr } = await runNode(args);
      if (code !== 0) throw new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
      if (round >= 0) times[i]!.push(ms);
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
const launcher = join(projectRoot, 'bin', 'luoshi.js');

export async function runProcessBench(recognizers: { msPerReport: number; how: string }): Promise<void> {
  const built = join(projectRoot, 'dist', 'cli', 'index.js');
  if (!existsSync(built)) {
    console.log(`process figures: skipped (${built} is missing; run \`npm run build\` first)`);
    return;
  }
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  if (newest(join(projectRoot, 'src')) > statSync(built).mtimeMs) console.log('process figures: note: dist/ is older than src/ (run `npm run build` to time the current code)');
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-process-'));
  try {
    await startUp(dir);
    await cleanAtScale(dir);
    await batches(dir, recognizers);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-line `luoshi clean` against a bare node start. */
async function startUp(dir: string): Promise<void> {
  const line = join(dir, 'line.txt');
  writeFileSync(line, '今年全县地区生产总值增长6%左右，城镇新增就业1.2万人以上。\n');
  const [bare, cleanMs] = await interleaved(10, [['-e', ''], [launcher, 'clean', line, '--out', join(dir, 'line.out')]]);
  const ratio = cleanMs! / bare!;
  console.log(`start-up: one-line \`luoshi clean\` ${cleanMs!.toFixed(0)} ms, bare \`node -e ''\` ${bare!.toFixed(0)} ms (medians of 10, interleaved)`);
  console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 3×: ${verdict(ratio <= 3)})`);
}

/** `luoshi clean` of the national reports three times (~10 MB) against one opencc-js pass over the same file. */
async function cleanAtScale(dir: string): Promise<void> {
  const national = join(sharedRoot, 'corpus', 'national');
  if (!existsSync(national)) {
    console.log(`clean of 10 MB: skipped (${national} is absent: the national corpus is in ../shared)`);
    return;
  }
  const texts = readdirSync(national).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(national, n), 'utf8'));
  const big = join(dir, 'national-x3.txt');
  writeFileSync(big, [...texts, ...texts, ...texts].join('\n\n'));
  const opencc = `import * as OpenCC from 'opencc-js'; import { readFileSync, writeFileSync } from 'node:fs';
    writeFileSync(process.argv[2], OpenCC.Converter({ from: 't', to: 'cn' })(readFileSync(process.argv[1], 'utf8')));`;
  const [openccMs, cleanMs] = await interleaved(3, [
    ['--input-type=module', '-e', opencc, big, join(dir, 'opencc.out')],
    [launcher, 'clean', big, '--out', join(dir, 'clean.out')],
  ]);
  const ratio = cleanMs! / openccMs!;
  console.log(`clean of 10 MB (the national reports three times, ${(statSync(big).size / 1e6).toFixed(1)} MB): \`luoshi clean\` ${cleanMs!.toFixed(0)} ms, one opencc-js t→cn pass (node, read, convert, write) ${openccMs!.toFixed(0)} ms (medians of 3)`);
  console.log(`  ratio ${ratio.toFixed(2)}× (target ≤ 3×: ${verdict(ratio <= 3)})`);
}

/** `luoshi extract DIR --format csv --out FILE` over a directory: wall time, peak RSS, the command's summary. */
async function extractBatch(input: string, out: string): Promise<Run & { summary: string }> {
  const run = await runNode([launcher, 'extract', input, '--format', 'csv', '--out', out]);
  const summary = run.stderr.split('\n').find((l) => l.startsWith('luoshi extract:') && /reports/.test(l)) ?? `exit ${run.code}`;
  rmSync(out, { force: true });
  return { ...run, summary };
}

/** 200 and 2,000 copies of the development report (links to it), and the national reports, through `luoshi extract DIR`. */
async function batches(dir: string, recognizers: { msPerReport: number; how: string }): Promise<void> {
  const report = join(sharedRoot, 'corpus', 'taiyuan-2021-webcopy.txt');
  if (!existsSync(report)) {
    console.log(`batches: skipped (${report} is absent: the development report is in ../shared)`);
    return;
  }
  const copies = (n: number) => {
    const at = join(dir, `copies-${n}`);
    mkdirSync(at);
    for (let i = 0; i < n; i++) symlinkSync(report, join(at, `report-${String(i).padStart(4, '0')}.txt`));
    return at;
  };
  const small = await extractBatch(copies(200), join(dir, 'small.csv'));
  const large = await extractBatch(copies(2000), join(dir, 'large.csv'));
  const perReport = small.ms / 200;
  const rate = 2000 / (large.ms / 1000);
  const speedup = recognizers.msPerReport / perReport;
  const growth = large.rssKb / small.rssKb;
  console.log(`batch: \`luoshi extract DIR --format csv --out FILE\` over copies of the development report, as a child process (node start-up and worker threads included)`);
  console.log(`  200 copies: ${(small.ms / 1000).toFixed(2)} s, ${perReport.toFixed(1)} ms per report, peak RSS ${Math.round(small.rssKb / 1024)} MB (${small.summary})`);
  console.log(`  2,000 copies: ${(large.ms / 1000).toFixed(2)} s, ${rate.toFixed(0)} reports/s, peak RSS ${Math.round(large.rssKb / 1024)} MB (${large.summary})`);
  console.log(`  reports/s over 2,000: ${rate.toFixed(0)} (target ≥ 150 on two cores: ${verdict(rate >= 150)})`);
  console.log(`  against Recognizers-Text (${recognizers.how}): ${Math.round(speedup)}× faster per report over 200 files (target ≥ 2,000×: ${verdict(speedup >= 2000)})`);
  console.log(`  peak RSS 2,000 / 200: ${growth.toFixed(2)}× (target ≤ 1.2×: ${verdict(growth <= 1.2)})`);

  const national = join(sharedRoot, 'corpus', 'national');
  if (!existsSync(national)) return;
  const files = readdirSync(national).filter((n) => /\.(txt|text|html?|pdf|docx)$/i.test(n));
  const bytes = files.reduce((sum, n) => sum + statSync(join(national, n)).size, 0);
  const all = await extractBatch(national, join(dir, 'national.csv'));
  console.log(`batch: the ${files.length} national reports (${(bytes / 1e6).toFixed(1)} MB): ${(all.ms / 1000).toFixed(2)} s, ${(files.length / (all.ms / 1000)).toFixed(1)} reports/s, ${(bytes / 1e6 / (all.ms / 1000)).toFixed(2)} MB/s, peak RSS ${Math.round(all.rssKb / 1024)} MB (${all.summary})`);
}
