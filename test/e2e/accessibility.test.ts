/**
 * Every page, as each role sees it, in Chromium (harness.ts): every form control has an accessible name, nothing
 * is clickable that the keyboard cannot reach, and text has enough contrast with what is behind it (WCAG 2.1 AA:
 * 4.5:1, 3:1 for large text). Charts are drawn on canvas and checked by their own colours elsewhere, not here.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { listCommitments, setPublished } from '../../src/ledger/index.js';
import { e2eSkip, startE2E, type E2E } from './harness.js';

/** Runs in the page: the problems found, one line each. */
function audit(): string[] {
  const problems: string[] = [];
  const where = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
  };

  for (const el of document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea, button')) {
    if (!shown(el) && !(el instanceof HTMLInputElement && el.type === 'file')) continue;
    const labelled = el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join('');
    const labels = 'labels' in el && el.labels ? [...el.labels].map((l) => l.textContent ?? '').join('') : '';
    const own = el instanceof HTMLButtonElement ? (el.textContent ?? '') : el instanceof HTMLInputElement && ['submit', 'button'].includes(el.type) ? el.value : '';
    const name = [el.getAttribute('aria-label'), labelled, labels, el.getAttribute('title'), own].find((n) => n && n.trim());
    if (!name) problems.push(`no accessible name: ${where(el)}`);
  }

  const reachable = 'a[href], button, input, select, textarea, label, summary, [tabindex]:not([tabindex="-1"])';
  for (const el of document.querySelectorAll('body *')) {
    if (getComputedStyle(el).cursor !== 'pointer' || !shown(el) || el.closest(reachable)) continue;
    problems.push(`clickable but not reachable by keyboard: ${where(el)}`);
  }

  const rgba = (c: string) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
  };
  const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!)).concat(1);
  /** What is painted behind `el`: its own and its ancestors' background colours, blended over white. */
  const behind = (el: Element | null): number[] => {
    const layers: number[][] = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3]! > 0) layers.push(c);
      if (c[3] === 1) break;
    }
    return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const luminance = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
    if (!text || !shown(el) || el.closest('[aria-hidden="true"], canvas, svg')) continue;
    const s = getComputedStyle(el);
    const bg = behind(el);
    const fg = over(rgba(s.color), bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi! + 0.05) / (lo! + 0.05);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)}:1: ${where(el)} (${s.color} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')}))`);
  }
  return [...new Set(problems)];
}

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
    // the test runner's compiler names functions through a helper the page lacks
    await page.evaluate('window.__name ??= (f) => f');
    return (await page.evaluate(audit)).map((p) => `${hash}: ${p}`);
  };

  it('the audit finds a nameless control, faint text and a clickable box, and passes their good twins', async () => {
    const page = await e2e.newPage();
    await page.setContent(`<main>
      <input id="nameless"><label>名称 <input id="named"></label><button>保存</button><button aria-label="关闭">×</button>
      <p id="faint" style="color:#bbb">浅色文字</p><p style="color:#555">深色文字</p>
      <div id="box" style="cursor:pointer">点我</div><a href="#x" style="cursor:pointer">链接</a></main>`);
    await page.evaluate('window.__name ??= (f) => f');
    const problems = await page.evaluate(audit);
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
      ],
    ],
    ['unit_editor', [[() => '/workspace', 'main h1']]],
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
