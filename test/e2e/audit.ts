/**
 * The accessibility audit run in a page (Chromium, harness.ts): every form control has an accessible name, nothing
 * is clickable that the keyboard cannot reach, and text has enough contrast with what is behind it (WCAG 2.1 AA:
 * 4.5:1, 3:1 for large text).
 */
import type { Page } from 'playwright-core';

/** Runs in the page: the problems found, one line each. */
export function audit(): string[] {
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

/** The audit's problems on the page as it now is. */
export async function auditPage(page: Page): Promise<string[]> {
  // the test runner's compiler names functions through a helper the page lacks
  await page.evaluate('window.__name ??= (f) => f');
  return page.evaluate(audit);
}
