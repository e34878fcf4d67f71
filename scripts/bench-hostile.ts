/**
 * Hostile files (issue 11): `luoshi clean` on each, in a child process of its own so that its peak RSS (worker
 * threads included) is its alone; the time is the command's, node's start-up left out. A flate bomb (a 1.5 MB PDF
 * whose one content stream inflates to 512 MB), the same kind of stream within the decompression limit (the worst
 * a PDF may cost), a zip bomb named .docx (1 GB), 45 MB of report text, a page nested 200,000 deep, 4 MB of random
 * CJK text. The files are built in a temporary directory and removed. Child mode (used by the bench itself):
 * `node --import tsx scripts/bench-hostile.ts --child FILE`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/index.js';
import { sizeText } from '../src/read/limits.js';
import { flateBombPdf, nestedHtml, randomCjk, zipBombDocx } from '../test/fixtures/read/make-hostile.js';
import { projectRoot } from './shared.js';

const MB = 1024 * 1024;

interface Measured {
  code: number;
  /** The last line the command wrote to stderr: its error, when it failed. */
  said: string;
  ms: number;
  maxRssKb: number;
}

if (process.argv[2] === '--child') {
  let said = '';
  const started = performance.now();
  const code = await run(['clean', process.argv[3]!, '--out', devNull], { stdout: () => {}, stderr: (s) => void (said += s) });
  const measured: Measured = { code, said: said.trim().split('\n').pop() ?? '', ms: performance.now() - started, maxRssKb: peakRssKb() };
  process.stdout.write(JSON.stringify(measured));
  process.exit(0);
}

/**
 * This process's peak resident set, worker threads included: /proc's VmHWM where there is one, for Linux keeps
 * ru_maxrss (process.resourceUsage().maxRSS) across exec, so it would count the bench's own memory at the spawn.
 */
function peakRssKb(): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}

function measure(file: string): Promise<Measured> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => child.on('close', () => (out ? resolve(JSON.parse(out) as Measured) : reject(new Error(`no measurement for ${file}`)))));
}

const sample = readFileSync(join(projectRoot, 'samples', 'county-report-dirty.txt'), 'utf8');
const cases: { name: string; file: string; make: () => Buffer | string }[] = [
  { name: 'flate bomb PDF, one content stream inflating to 512 MB', file: 'bomb.pdf', make: () => flateBombPdf(512 * MB) },
  { name: 'the same within the decompression limit (60 MB of text runs)', file: 'runs.pdf', make: () => flateBombPdf(60 * MB) },
  { name: 'zip bomb named .docx, word/document.xml inflating to 1 GB', file: 'bomb.docx', make: () => zipBombDocx(1024 * MB) },
  { name: '45 MB of report text (the sample report repeated)', file: 'long.txt', make: () => sample.repeat(Math.floor((45 * MB) / Buffer.byteLength(sample))) },
  { name: 'a page nested 200,000 <div>s deep', file: 'nested.html', make: () => nestedHtml(200_000) },
  { name: '4 MB of random CJK text', file: 'random.txt', make: () => randomCjk(4 * MB) },
];

const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-hostile-'));
try {
  console.log('hostile files: `luoshi clean FILE` in a child process each (from source, under tsx): exit code, wall time, peak RSS');
  for (const c of cases) {
    const path = join(dir, c.file);
    writeFileSync(path, c.make());
    const size = statSync(path).size;
    const m = await measure(path);
    rmSync(path);
    console.log(`  ${c.name} (${sizeText(size)}): exit ${m.code} in ${(m.ms / 1000).toFixed(1)} s, peak RSS ${Math.round(m.maxRssKb / 1024)} MB`);
    if (m.code !== 0) console.log(`    ${m.said.replace(dir + '/', '')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
