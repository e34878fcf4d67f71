/**
 * The end-to-end harness: the real server (SQLite in a temporary folder, demo content) and the built web app
 * (web/dist), driven in Debian's Chromium by playwright-core. `e2eSkip` says why the browser tests cannot run here.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeLedger, openLedger, setLedgerClock, type Ledger } from '../../src/ledger/index.js';
import { postgresUnreachable } from '../../src/ledger/dialect.js';
import { dropSchema, POSTGRES_URL } from '../ledger/dialects.js';
import { randomBytes } from 'node:crypto';
import { buildApp, seedDemo, type App, type DemoAccount } from '../../src/server/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.LUOSHI_CHROMIUM ?? '/usr/bin/chromium';
const WEB_DIST = join(ROOT, 'web/dist');
const ARTIFACTS = join(ROOT, 'test-artifacts');
/** A fixed day in the demo report's year, so statuses are those of a year in progress. */
export const TODAY = new Date('2024-09-16T10:00:00+08:00');

export const e2eSkip: string | false = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`
  : !existsSync(join(WEB_DIST, 'index.html'))
    ? 'web/dist is not built (npm run build:web)'
    : false;
if (e2eSkip) console.log(`# e2e skipped: ${e2eSkip}`);

export interface E2E {
  base: string;
  ledger: Ledger;
  reportId: number;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  login(page: Page, role: string): Promise<void>;
  shot(page: Page, name: string, fullPage?: boolean): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * The databases the office's journeys run on: SQLite, and PostgreSQL (a schema of its own) where one answers —
 * skipped, with the reason, where none does.
 */
const pgUnreachable = await postgresUnreachable(POSTGRES_URL);
export const E2E_DATABASES: readonly { name: 'sqlite' | 'postgres'; skip: string | false }[] = [
  { name: 'sqlite', skip: false },
  { name: 'postgres', skip: pgUnreachable ? `PostgreSQL not reachable at ${POSTGRES_URL} (${pgUnreachable})` : false },
];

/**
 * A journey described once for each database (E2E_DATABASES), on a server of its own: `e2e` is the running server,
 * started before the journey's tests and closed after them.
 */
export function onEachDatabase(title: string, journey: (e2e: E2E) => void): void {
  for (const database of E2E_DATABASES) {
    describe(`${title} (${database.name})`, { skip: e2eSkip || database.skip, timeout: 120_000 }, () => {
      const e2e = {} as E2E;
      before(async () => {
        Object.assign(e2e, await startE2E(database.name));
      });
      after(async () => {
        await e2e.close?.();
      });
      journey(e2e);
    });
  }
}

export async function startE2E(database: 'sqlite' | 'postgres' = 'sqlite'): Promise<E2E> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-e2e-'));
  const schema = `e2e_${randomBytes(6).toString('hex')}`;
  const ledger = database === 'postgres' ? await openLedger({ url: POSTGRES_URL, schema }) : await openLedger({ file: join(dir, 'luoshi.db') });
  let app: App | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const close = async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
    await closeLedger(ledger);
    if (database === 'postgres') await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // the seeded world shares the server's clock (an assignment confirmed "today" is confirmed on TODAY)
    setLedgerClock(ledger, () => TODAY);
    const demo = await seedDemo(ledger);
    const accounts: DemoAccount[] = demo.accounts;
    app = await buildApp({ ledger, staticDir: WEB_DIST, now: () => TODAY });
    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const b = browser;
    return {
      base,
      ledger,
      reportId: demo.reportId,
      async newPage(viewport = { width: 1280, height: 900 }) {
        const context = await b.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
        contexts.push(context);
        // the browser's today is the server's (the form's default report day, the 30/90-day windows)
        await context.clock.setFixedTime(TODAY);
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        page.on('pageerror', (e) => console.log(`# page error: ${e.message}`));
        return page;
      },
      async login(page, role) {
        const a = accounts.find((x) => x.role === role)!;
        await page.goto(`${base}/#/login`);
        await page.getByLabel('用户名').fill(a.username);
        await page.getByLabel('密码').fill(a.password);
        await page.getByRole('button', { name: '登录' }).click();
        await page.getByRole('button', { name: '退出' }).waitFor();
      },
      shot: (page, name, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage }),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
