/**
 * The web application with 10,000 commitments, measured in the browser: time from navigation to a usable page
 * (the ledger's first rows; the dashboard's red/amber/green cards and first chart), cold (a fresh browser context
 * each time, so the app's scripts are fetched and parsed too). Target: under 1 s.
 *
 *   npm run bench:web [-- COUNT]      (Debian's Chromium at /usr/bin/chromium, web/dist built)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assignMany, addProgress, closeLedger, listUnits, openLedger, type Ledger } from '../src/ledger/index.js';
import { buildApp, seedDemo } from '../src/server/index.js';
import { importBytes } from '../src/app/import.js';
import { allCommitments } from '../src/app/loop-data.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.LUOSHI_CHROMIUM ?? '/usr/bin/chromium';
const COUNT = Number(process.argv[2] ?? 10_000);

/** A county report with `n` items: a quantity and a month each, 50 sentences a section. */
function syntheticReport(n: number): string {
  const lines = ['政府工作报告', '——2025年1月10日在临溪县第十九届人民代表大会第一次会议上', '', '县长　周明远', '', '各位代表：', '', '二、2025年主要目标和重点工作', ''];
  for (let i = 0, s = 1; i < n; s++) {
    lines.push(`（${s}）第${s}项重点工作`);
    for (let k = 0; k < 50 && i < n; k++, i += 2) lines.push(`新增停车泊位${1000 + i}个以上，${(k % 12) + 1}月底前完成第${i}号道路改造。`);
    lines.push('');
  }
  return lines.join('\n');
}

async function seed(ledger: Ledger): Promise<number> {
  const demo = await seedDemo(ledger);
  const t0 = performance.now();
  const { reportId } = await importBytes(ledger, null, { bytes: Buffer.from(syntheticReport(COUNT)), name: 'synthetic-10k.txt' });
  const items = await allCommitments(ledger, { reportId });
  const units = await listUnits(ledger);
  const supervisor = 2;
  for (let i = 0; i < items.length; i += 1000) {
    await assignMany(
      ledger,
      supervisor,
      items.slice(i, i + 1000).map((c, j) => ({ commitmentId: c.id, leadUnitId: units[(i + j) % units.length]!.id, confirmed: true })),
    );
  }
  for (const c of items.filter((_, i) => i % 5 === 0).slice(0, 1000)) {
    await addProgress(ledger, supervisor, { commitmentId: c.id, unitId: units[0]!.id, reportedOn: '2025-06-30', ...(c.kind === 'target' ? { value: (c.low ?? 0) / 2 } : { state: 'in_progress' }), note: '按计划推进', evidence: [] });
  }
  console.log(`seeded ${items.length} commitments of report ${reportId} in ${Math.round(performance.now() - t0)} ms (demo report ${demo.reportId})`);
  return reportId;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) return void console.log(`bench:web skipped: no Chromium at ${CHROMIUM}`);
  if (!existsSync(join(ROOT, 'web/dist/index.html'))) return void console.log('bench:web skipped: web/dist is not built (npm run build:web)');
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-web-'));
  const ledger = await openLedger({ file: join(dir, 'luoshi.db') });
  try {
    const reportId = await seed(ledger);
    const app = await buildApp({ ledger, staticDir: join(ROOT, 'web/dist'), now: () => new Date('2025-07-15T02:00:00Z') });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });
    const login = await browser.newContext();
    const lp = await login.newPage();
    await lp.goto(`${base}/`);
    const csrf = (await login.cookies()).find((c) => c.name === 'luoshi_csrf')!.value;
    // log in through the API with a fresh password set for the bench
    const { hashPassword } = await import('../src/server/index.js');
    const { findUserByUsername, updateUser } = await import('../src/ledger/index.js');
    const sup = (await findUserByUsername(ledger, 'supervisor'))!;
    await updateUser(ledger, null, sup.id, { passwordHash: await hashPassword('bench-password') });
    const r = await lp.request.post(`${base}/api/auth/login`, { data: { username: 'supervisor', password: 'bench-password' }, headers: { 'x-csrf-token': csrf } });
    if (!r.ok()) throw new Error(`login: ${r.status()}`);
    const state = await login.storageState();

    const pages: [string, string, string][] = [
      ['ledger (first 50 rows)', `#/ledger?report=${reportId}`, 'table.ledger tbody tr'],
      ['ledger, filtered by status', `#/ledger?report=${reportId}&status=behind`, 'table.ledger tbody tr, .empty'],
      ['dashboard (cards)', `#/dashboard?report=${reportId}`, '.rag-card'],
      ['dashboard (first chart drawn)', `#/dashboard?report=${reportId}`, '.chart canvas'],
      ['report with 10,000 marks', `#/reports/${reportId}`, '.document a.mark'],
    ];
    // the first visit computes the server's answers; the next ones get them kept (read-cache.ts) until a write
    console.log(`\n${COUNT} commitments, time to a usable page (a fresh browser context each time: first visit, median of 3):`);
    for (const [name, hash, selector] of pages) {
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const context = await browser.newContext({ storageState: state, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const t0 = performance.now();
        if (process.env.BENCH_VERBOSE) {
          page.on('requestfinished', (r) => console.log(`    ${Math.round(performance.now() - t0)} ms ${r.url().replace(base, '')}`));
        }
        await page.goto(`${base}/${hash}`);
        await page.locator(selector).first().waitFor({ timeout: 60_000 });
        times.push(performance.now() - t0);
        await context.close();
      }
      const first = times[0]!;
      const median = [...times].sort((a, b) => a - b)[1]!;
      const verdict = Math.max(first, median) < 1000 ? 'ok' : 'over 1 s';
      console.log(`  ${name.padEnd(32)} first ${String(Math.round(first)).padStart(5)} ms, median ${String(Math.round(median)).padStart(5)} ms  ${verdict}`);
    }
    await browser.close();
    await app.close();
  } finally {
    await closeLedger(ledger);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
