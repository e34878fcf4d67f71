/**
 * `npm run bench` (third part): reads while a large upload is imported. The server (a child process, SQLite in a
 * temporary folder, then PostgreSQL in a schema of its own when one answers) is asked for the units and the first
 * page of the ledger by CONNECTIONS clients in a closed loop: first alone, then while a generated report of
 * LUOSHI_BENCH_IMPORT_MB megabytes (default 45, under the 50 MB upload limit) is uploaded and imported as a job.
 * Figures: reads per second and p50/p99 latency in each phase, how long the upload took to be answered, and the
 * job's outcome and time (a file of that size gives far more items than any report, so the job ends refused:
 * what matters is that the server answered while it read and analysed it).

 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeLedger, createUser, dropPostgresSchema, openLedger, postgresUnreachable, type OpenOptions } from '../src/ledger/index.js';
import { hashPassword } from '../src/app/passwords.js';
import { login, startServer, stopServer } from './bench-server.js';

const MB = Number(process.env.LUOSHI_BENCH_IMPORT_MB ?? 45);
const SECONDS_ALONE = 5;
const CONNECTIONS = 10;
const PASSWORD = 'bench-import-password';
const POSTGRES_URL = process.env.LUOSHI_BENCH_DATABASE_URL ?? process.env.LUOSHI_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A county report of the project's own making, its task list repeated to `mb` megabytes. */
function generatedReport(mb: number): Buffer {
  const parts = ['政府工作报告', '——2025年1月10日在溪川县第九届人民代表大会第五次会议上', '各位代表：', '二、2025年重点工作'];
  for (let i = 0, size = 0; size < mb * 1e6; i++) {
    const entry = `${(i % 20) + 1}.新建乡村道路${i + 1}条，改造老旧小区${(i % 40) + 2}个，年底前建成社区食堂${(i % 9) + 1}个。`;
    parts.push(entry);
    size += Buffer.byteLength(entry) + 1;
  }
  return Buffer.from(parts.join('\n'));
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

interface Phase {
  reads: number;
  seconds: number;
  p50: number;
  p99: number;
  failed: number;
}

/** CONNECTIONS clients reading in a closed loop until `until` resolves. */
async function readWhile(base: string, cookie: string, until: Promise<unknown>): Promise<Phase> {
  const latencies: number[] = [];
  let failed = 0;
  let done = false;
  void until.finally(() => (done = true));
  const start = performance.now();
  const paths = ['/api/units', '/api/commitments?limit=50'];
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      for (let i = c; !done; i++) {
        const t0 = performance.now();
        const res = await fetch(base + paths[i % paths.length]!, { headers: { cookie } }).catch(() => undefined);
        if (res) await res.arrayBuffer();
        if (!res?.ok) failed++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const seconds = (performance.now() - start) / 1000;
  return { reads: latencies.length, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), failed };
}

/** Uploads the report and follows its job; resolves with how long the upload took to be answered and the job. */
async function importLarge(base: string, session: { cookie: string; csrf: string }, bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'text/plain' }), 'generated.txt');
  const t0 = performance.now();
  const res = await fetch(`${base}/api/reports`, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, body: form });
  const answeredMs = performance.now() - t0;
  const accepted = (await res.json()) as { id: number };
  if (res.status !== 202) throw new Error(`upload: ${res.status} ${JSON.stringify(accepted)}`);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const job = (await (await fetch(`${base}/api/import-jobs/${accepted.id}`, { headers: { cookie: session.cookie } })).json()) as {
      state: string;
      error?: { code: string; detail?: string };
      result?: { created: number };
    };
    if (job.state === 'done' || job.state === 'failed') return { answeredMs, jobS: (performance.now() - t0) / 1000, job };
  }
}

const row = (name: string, p: Phase) =>
  `  ${name.padEnd(22)} ${String(Math.round(p.reads / p.seconds)).padStart(6)}/s  p50 ${p.p50.toFixed(1).padStart(6)} ms  p99 ${p.p99.toFixed(1).padStart(7)} ms${p.failed ? `  ${p.failed} failed` : ''}`;

async function benchOn(label: string, options: OpenOptions, bytes: Buffer): Promise<void> {
  const setup = await openLedger(options);
  await createUser(setup, null, { username: 'office', role: 'supervisor', passwordHash: await hashPassword(PASSWORD) });
  await closeLedger(setup);
  const { child, base } = await startServer(options);
  try {
    const session = await login(base, 'office', PASSWORD);
    const alone = await readWhile(base, session.cookie, new Promise((resolve) => setTimeout(resolve, SECONDS_ALONE * 1000)));
    const importing = importLarge(base, session, bytes);
    const during = await readWhile(base, session.cookie, importing);
    const { answeredMs, jobS, job } = await importing;
    console.log(`${label}: reads by ${CONNECTIONS} clients, alone and while a ${MB} MB upload is imported`);
    console.log(row('alone', alone));
    console.log(row('during the import', during));
    console.log(`  ratio p99 during / alone: ${(during.p99 / alone.p99).toFixed(1)}; the upload answered in ${answeredMs.toFixed(0)} ms (202), the job ${job.state} after ${jobS.toFixed(1)} s${job.error ? ` (${job.error.code}: ${job.error.detail ?? ''})` : ''}`);
  } finally {
    await stopServer(child);
  }
}

async function main(): Promise<void> {
  const bytes = generatedReport(MB);
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-import-'));
  try {
    await benchOn('SQLite', { file: join(dir, 'ledger.db') }, bytes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const unreachable = await postgresUnreachable(POSTGRES_URL);
  if (unreachable) {
    console.log(`PostgreSQL: skipped (${unreachable})`);
    return;
  }
  const schema = `bench_import_${randomBytes(4).toString('hex')}`;
  try {
    await benchOn('PostgreSQL', { url: POSTGRES_URL, schema }, bytes);
  } finally {
    await dropPostgresSchema(POSTGRES_URL, schema);
  }
}

await main();
