/**
 * Every page, as each role sees it, in Chromium (harness.ts): every form control has an accessible name, nothing
 * is clickable that the keyboard cannot reach, and text has enough contrast with what is behind it (WCAG 2.1 AA:
 * 4.5:1, 3:1 for large text). Charts are drawn on canvas and checked by their own colours elsewhere, not here.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { listCommitments, setPublished } from '../../src/ledger/index.js';
import { auditPage } from './audit.js';
import { e2eSkip, startE2E, type E2E } from './harness.js';

describe('accessibility of every page', { skip: e2eSkip, timeout: 120_000 }, () => {
  let e2e: E2E;
  let commitmentId: number;

  before(async () => {
    e2e = await startE2E();
    await setPublished(e2e.ledger, null, e2e.reportId, true);
    commitmentId = (await listCommitments(e2e.ledger, { reportId: e2e.reportId, kind: 'target', limit: 1 })).items[0]!.id;
  });
  after(async () => {
    await e2e?.close();
  });

  const check = async (page: Page, hash: string, ready: string) => {
    await page.goto(`${e2e.base}/#${hash}`);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    return (await auditPage(page)).map((p) => `${hash}: ${p}`);
  };

  it('the audit finds a nameless control, faint text and a clickable box, and passes their good twins', async () => {
    const page = await e2e.newPage();
    await page.setContent(`<main>
      <input id="nameless"><label>名称 <input id="named"></label><button>保存</button><button aria-label="关闭">×</button>
      <p id="faint" style="color:#bbb">浅色文字</p><p style="color:#555">深色文字</p>
      <div id="box" style="cursor:pointer">点我</div><a href="#x" style="cursor:pointer">链接</a></main>`);
    const problems = await auditPage(page);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0]!, /^no accessible name: input#nameless/);
    assert.match(problems[1]!, /^clickable but not reachable by keyboard: div#box/);
    assert.match(problems[2]!, /^contrast 1\.\d\d:1: p#faint/);
  });

  const cases: [role: string | null, pages: [hash: () => string, ready: string][]][] = [
    [null, [[() => '/login', 'form'], [() => '/public', 'main'], [() => `/public/${e2e.reportId}`, '.public-item']]],
    [
      'supervisor',
      [
        [() => `/dashboard?report=${e2e.reportId}`, '.rag-card'],
        [() => `/ledger?report=${e2e.reportId}`, 'table.ledger tbody tr'],
        [() => '/reports', 'table'],
        [() => `/reports/${e2e.reportId}`, '.document a.mark'],
        [() => `/commitments/${commitmentId}`, 'h2'],
        [() => '/import', 'input[type=file]'],
        [() => '/verification', 'main h1'],
        [() => '/compare', 'main h1'],
        [() => '/requests?state=all', '.request-list'],
      ],
    ],
    ['unit_editor', [[() => '/workspace', 'main h1'], [() => '/requests', '.request-list'], [() => `/commitments/${commitmentId}`, '#requests-title']]],
    ['admin', [[() => '/admin', 'table']]],
  ];
  for (const [role, pages] of cases) {
    it(`${role ?? 'logged out'}: labelled controls, keyboard reach, contrast`, async () => {
      const page = await e2e.newPage();
      if (role) await e2e.login(page, role);
      const problems: string[] = [];
      for (const [hash, ready] of pages) problems.push(...(await check(page, hash(), ready)));
      assert.deepEqual(problems, []);
    });
  }
});
