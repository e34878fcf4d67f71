/**
 * The pages keep to the server's Content-Security-Policy (no inline styles) while charts are used: hovering a chart
 * shows its tooltip without one `securitypolicyviolation` (harness.ts: the real server and the built web app).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { listCommitments } from '../../src/ledger/index.js';
import { e2eSkip, startE2E, type E2E } from './harness.js';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

describe('content security policy', { skip: e2eSkip, timeout: 120_000 }, () => {
  let e2e: E2E;
  let commitmentId: number;

  before(async () => {
    e2e = await startE2E();
    commitmentId = (await listCommitments(e2e.ledger, { reportId: e2e.reportId, kind: 'target', limit: 1 })).items[0]!.id;
  });
  after(async () => {
    await e2e?.close();
  });

  /** Moves the mouse across every chart on the page, in steps, as a reader exploring it would. */
  async function hoverCharts(page: Page): Promise<number> {
    const charts = page.locator('.chart canvas');
    await charts.first().waitFor();
    const n = await charts.count();
    for (let i = 0; i < n; i++) {
      const box = (await charts.nth(i).boundingBox())!;
      for (let step = 1; step < 10; step++) {
        await page.mouse.move(box.x + (box.width * step) / 10, box.y + box.height / 2);
        await page.waitForTimeout(20);
      }
    }
    return n;
  }

  const pages: [name: string, hash: () => string][] = [
    ['比较', () => '/compare'],
    ['驾驶舱', () => `/dashboard?report=${e2e.reportId}`],
    ['事项', () => `/commitments/${commitmentId}`],
  ];

  for (const [name, hash] of pages) {
    it(`hovering the charts on ${name} breaks no policy`, async () => {
      const page = await e2e.newPage();
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.sample}`));
      });
      await e2e.login(page, 'supervisor');
      await page.goto(`${e2e.base}/#${hash()}`);
      await page.waitForLoadState('networkidle');
      assert.ok((await hoverCharts(page)) > 0, 'a chart to hover');
      await e2e.shot(page, `csp-${hash().split(/[/?]/)[1]}-hover`);
      const violations = await page.evaluate(() => window.cspViolations);
      assert.deepEqual(violations.slice(0, 5), [], `${violations.length} violations`);
    });
  }
});
