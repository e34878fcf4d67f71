/**
 * End to end (harness.ts: the real server on SQLite with the demo content, the built web app, Debian's Chromium):
 * the journey of a report through the office. Each test saves a screenshot under test-artifacts/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { e2eSkip, ROOT, startE2E, type E2E } from './harness.js';

const SAMPLE = join(ROOT, 'samples/county-report-dirty.txt');

describe('web application', { skip: e2eSkip, timeout: 120_000 }, () => {
  let e2e: E2E;
  let base: string;
  let reportId: number;
  let addedId = 0;
  let targetId: number;
  const newPage = (viewport?: { width: number; height: number }) => e2e.newPage(viewport);
  const login = (page: Page, role: string) => e2e.login(page, role);
  const shot = (page: Page, name: string, fullPage = false) => e2e.shot(page, name, fullPage);

  /** The green (on track / done) count on the dashboard of the demo report. */
  async function greenCount(page: Page): Promise<number> {
    await page.goto(`${base}/#/dashboard?report=${reportId}`);
    await page.reload();
    const n = page.locator('.rag-card.rag-green .rag-num');
    await n.waitFor();
    return Number(await n.textContent());
  }

  before(async () => {
    e2e = await startE2E();
    ({ base, reportId } = e2e);
  });
  after(async () => {
    await e2e?.close();
  });

  it('imports the sample report and shows the extracted items highlighted in place', async () => {
    const page = await newPage();
    const response = await page.goto(`${base}/`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /default-src 'self'/);
    await login(page, 'supervisor');
    await page.goto(`${base}/#/import`);
    await page.locator('input[type=file]').setInputFiles(SAMPLE);
    // the preview first: what the text says of the report, checked before anything is stored
    await page.getByRole('heading', { name: '核对报告信息' }).waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.waitForURL(/#\/reports\/\d+/);
    await page.locator('.document a.mark').first().waitFor();
    const kinds = await page.locator('.document a.mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    assert.ok(kinds.length > 20, `${kinds.length} marks`);
    for (const k of ['target', 'milestone', 'achievement', 'task']) assert.ok(kinds.includes(k), `a ${k} is marked`);
    // the highlighted text is the original's, at its place
    const first = await page.locator('.document a.mark.kind-target').first().textContent();
    assert.ok(readFileSync(SAMPLE, 'utf8').includes(first!), first!);
    await shot(page, '01-report-highlighted');
    await page.getByRole('button', { name: /清洗后文本/ }).click();
    await page.locator('.document.cleaned ins.edit').first().waitFor();
    await shot(page, '02-report-cleaned');
    // a mark opens its item
    await page.getByRole('button', { name: /原文/ }).click();
    await page.locator('.document a.mark.kind-target').first().click();
    await page.waitForURL(/#\/commitments\/\d+/);
    await page.getByRole('heading', { name: '原文出处' }).waitFor();
  });

  it('lets the office add an item the extractor missed by selecting its words in the report', async () => {
    const page = await newPage();
    await login(page, 'supervisor');
    await page.goto(`${base}/#/reports/${reportId}`);
    await page.locator('.document a.mark').first().waitFor();
    // select words of an unmarked stretch of the original, as a person drags over them
    const selected = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.document')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('a.mark') || (node.textContent ?? '').trim().length < 30) continue;
        const text = node.textContent!;
        const start = text.search(/\S/) + 4;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 12);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return range.toString();
      }
      return '';
    });
    assert.equal(selected.length, 12);
    await page.getByRole('form', { name: '补充事项' }).waitFor();
    await page.getByLabel('类型').selectOption('task');
    await shot(page, '03-add-missed-item');
    await page.getByRole('button', { name: '补充为事项' }).click();
    await page.waitForURL(/#\/commitments\/\d+/);
    const id = Number(page.url().split('/').pop());
    const item = await page.evaluate(async (n) => (await (await fetch(`/api/commitments/${n}`)).json()) as { commitment: { text: string; span: { start: number; end: number }; rule: string } }, id);
    const original = await page.evaluate(async (r) => ((await (await fetch(`/api/reports/${r}`)).json()) as { original: string }).original, reportId);
    assert.equal(item.commitment.text, selected);
    assert.equal(original.slice(item.commitment.span.start, item.commitment.span.end), selected);
    assert.equal(item.commitment.rule, 'manual');
    addedId = id;
  });

  it('lets the office split an item into two by selecting words of it, and merge them again from the ledger', async () => {
    const page = await newPage();
    await login(page, 'supervisor');
    await page.goto(`${base}/#/commitments/${addedId}`);
    await page.getByText('拆分本项').click();
    const words = page.locator('.split-words');
    const text = (await words.textContent())!;
    // select the first half, add it; then the second half
    for (const [from, to] of [[0, 6], [6, text.length]] as const) {
      await words.evaluate((el, [a, b]) => {
        const range = document.createRange();
        range.setStart(el.firstChild!, a);
        range.setEnd(el.firstChild!, b);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      }, [from, to]);
      await page.getByRole('button', { name: /^加为一项：/ }).click();
    }
    await shot(page, '03b-split-item');
    await page.getByRole('button', { name: '拆分为 2 项' }).click();
    await page.waitForURL((url) => !url.hash.endsWith(`/${addedId}`));
    await page.getByText('由下列事项拆分而来').waitFor();
    const parts = await page.evaluate(async (n) => ((await (await fetch(`/api/commitments/${n}`)).json()) as { replacedBy: { id: number }[] }).replacedBy.map((r) => r.id), addedId);
    const texts = await page.evaluate(async (ids) => Promise.all(ids.map(async (n) => ((await (await fetch(`/api/commitments/${n}`)).json()) as { commitment: { text: string } }).commitment.text)), parts);
    assert.deepEqual(texts, [text.slice(0, 6), text.slice(6)]);

    await page.goto(`${base}/#/ledger?report=${reportId}&sort=id&order=desc`);
    for (const id of parts) await page.getByLabel(`选择第 ${id} 项`).check();
    await page.getByRole('button', { name: '合并为一项' }).click();
    await page.waitForURL(/#\/commitments\/\d+/);
    await page.getByText('由下列事项合并而来').waitFor();
    const merged = await page.evaluate(async (n) => ((await (await fetch(`/api/commitments/${n}`)).json()) as { commitment: { text: string } }).commitment.text, Number(page.url().split('/').pop()));
    assert.equal(merged, text);
    await shot(page, '03c-merged-item', true);
  });

  it('lets the supervisor assign a unit', async () => {
    const page = await newPage();
    await login(page, 'supervisor');
    await page.goto(`${base}/#/ledger?report=${reportId}&kind=target`);
    await page.getByLabel('搜索').fill('地区生产总值增长');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const link = page.locator('table.ledger a', { hasText: '地区生产总值增长6.5%' });
    await link.first().click();
    await page.waitForURL(/#\/commitments\/\d+/);
    targetId = Number(/commitments\/(\d+)/.exec(page.url())![1]);
    await page.getByLabel('牵头单位').selectOption({ label: '县发改局' });
    await page.getByRole('button', { name: /确认分工|保存分工/ }).click();
    await page.getByText('分工已保存。').waitFor();
    await page.locator('dd', { hasText: '县发改局' }).first().waitFor();
    await shot(page, '03-assigned', true);
  });

  it("lets the unit's editor report progress, and the dashboard shows the new status", async () => {
    const supervisor = await newPage();
    await login(supervisor, 'supervisor');
    const before = await greenCount(supervisor);

    const page = await newPage();
    await login(page, 'unit_editor');
    await page.waitForURL(/#\/workspace/);
    await page.locator('table a', { hasText: '地区生产总值增长6.5%' }).first().waitFor();
    // the workspace agrees with itself: every item of the table never reported on is among the reports owed
    const owedCard = page.locator('section.card', { has: page.getByRole('heading', { name: '本周期需报送进展' }) });
    await owedCard.locator('.due-list li').first().waitFor();
    const neverReported = await page.locator('table tbody tr', { hasText: '未报送' }).count();
    assert.ok((await owedCard.locator('.due-list > li').count()) >= neverReported, `${neverReported} items never reported`);
    await shot(page, '04-workspace', true);
    await page.goto(`${base}/#/commitments/${targetId}`);
    // assigned today, nothing reported yet: the first report is not due (a unit owes reports from its assignment)
    await page.locator('.page-head .reason', { hasText: '首次报送期限' }).waitFor();
    await page.getByLabel(/当前数值/).fill('6.8');
    await page.getByLabel('进展说明').fill('前三季度地区生产总值同比增长6.8%，据县统计局快报。');
    await page.getByLabel('证据链接').fill('https://example.org/tjj/2024q3');
    await page.getByLabel('证据文件').setInputFiles({ name: '统计快报.txt', mimeType: 'text/plain', buffer: Buffer.from('前三季度增长6.8%') });
    await page.getByRole('button', { name: '提交进展' }).click();
    await page.getByText('进展已提交。').waitFor();
    await page.locator('.timeline li', { hasText: '前三季度地区生产总值' }).waitFor();
    await page.locator('.page-head .badge', { hasText: '进度正常' }).waitFor();
    await page.locator('.page-head .reason', { hasText: '6.8' }).waitFor();
    await shot(page, '05-progress-reported', true);

    // the dashboard counts it green on the reported figure, as it did in its grace before
    const afterCount = await greenCount(supervisor);
    assert.equal(afterCount, before, `green ${before} → ${afterCount}`);
    await supervisor.locator('canvas').first().waitFor();
    await shot(supervisor, '06-dashboard', true);
  });

  it('exports the Excel task sheet, which reads back', async () => {
    const page = await newPage();
    await login(page, 'supervisor');
    await page.goto(`${base}/#/ledger?report=${reportId}`);
    await page.locator('table.ledger tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /任务分解表（Excel）/ }).click()]);
    assert.match(download.suggestedFilename(), /任务分解表\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0]!;
    const rows: string[] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))).join('|')));
    assert.ok(rows.some((r) => r.includes('任务分解表')), 'title row');
    assert.ok(rows.some((r) => r.includes('地区生产总值增长6.5%') && r.includes('县发改局')), 'the assigned target with its unit');
    // figures and dates as the office writes them, never raw
    assert.ok(!rows.some((r) => /\d{7,}|\d{4}-\d{2}-\d{2}/.test(r)), rows.find((r) => /\d{7,}|\d{4}-\d{2}-\d{2}/.test(r)));
    await shot(page, '07-ledger');
    // a picture of the sheet as printed: its cells in a table of their own
    const sheetPage = await newPage();
    const cells: string[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : typeof v === 'object' ? String((v as { result?: unknown }).result ?? '') : String(v)))));
    await sheetPage.setContent(
      `<html lang="zh-CN"><body style="font-family:sans-serif;font-size:12px"><table border="1" cellspacing="0" cellpadding="4">${cells
        .map((r) => `<tr>${r.map((c) => `<td>${c.replace(/[<&]/g, (ch) => (ch === '<' ? '&lt;' : '&amp;'))}</td>`).join('')}</tr>`)
        .join('')}</table></body></html>`,
    );
    await shot(sheetPage, '07-task-sheet', true);
  });

  it('lets the administrator add a user and a unit, rename a unit and disable an account, saying each was done', async () => {
    const page = await newPage();
    await login(page, 'admin');
    await page.goto(`${base}/#/admin`);
    await page.getByLabel('用户名', { exact: true }).fill('试用账号');
    await page.getByLabel(/初始密码/).fill('a long enough password');
    await page.getByRole('combobox', { name: '角色', exact: true }).selectOption({ index: 0 });
    await page.getByRole('button', { name: '新增' }).first().click();
    await page.getByRole('status').filter({ hasText: '已新增用户“试用账号”' }).waitFor();
    await page.getByLabel('单位名称').fill('县数据局');
    await page.getByRole('button', { name: '新增' }).nth(1).click();
    await page.getByRole('status').filter({ hasText: '已新增单位“县数据局”' }).waitFor();
    await page.getByRole('button', { name: '修改 县数据局' }).click();
    await page.getByRole('textbox', { name: '单位名称' }).first().fill('县数据资源局');
    await page.getByRole('button', { name: '保存', exact: true }).last().click();
    await page.getByRole('status').filter({ hasText: '已改名为“县数据资源局”' }).waitFor();
    await page.getByRole('button', { name: '停用 试用账号' }).click();
    await page.locator('tr', { hasText: '试用账号' }).getByText('已停用').waitFor();
    await shot(page, '12-admin', true);
  });

  it('shows the public view without logging in, at 1280px and on a phone', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/public/${reportId}`);
    await page.locator('.public-item').first().waitFor();
    assert.equal(await page.getByRole('button', { name: '退出' }).count(), 0);
    await page.locator('.public-item', { hasText: '地区生产总值增长6.5%' }).locator('.badge', { hasText: '进度正常' }).waitFor();
    await shot(page, '08-public');
    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto(`${base}/#/public/${reportId}`);
    await phone.locator('.public-item').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (${overflow}px)`);
    await shot(phone, '09-public-phone');
  });

  it("refuses a unit editor on another unit's item", async () => {
    const page = await newPage();
    await login(page, 'unit_editor');
    const other = await page.evaluate(async (me) => {
      const units = (await (await fetch('/api/units')).json()).units as { id: number; name: string }[];
      const edu = units.find((u) => u.name === '县教育局')!;
      const list = await (await fetch(`/api/commitments?unit=${edu.id}&limit=5`)).json();
      return list.items.find((c: { id: number }) => c.id !== me)?.id as number;
    }, targetId);
    assert.ok(other, 'an item of another unit');
    await page.goto(`${base}/#/commitments/${other}`);
    await page.getByText('该事项不由本单位牵头或配合，不能填报进展。').waitFor();
    assert.equal(await page.getByRole('button', { name: '提交进展' }).count(), 0);
    // and the server refuses it too, even when asked directly
    const refused = await page.evaluate(async (id) => {
      const csrf = /luoshi_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const r = await fetch(`/api/commitments/${id}/progress`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ reportedOn: '2024-09-16', note: '越权填报' }),
      });
      return { status: r.status, body: await r.json() };
    }, other);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'NOT_YOUR_UNIT');
    await shot(page, '10-refused');
  });

  it('shows a report containing <script> as text', async () => {
    const page = await newPage();
    await login(page, 'supervisor');
    await page.goto(`${base}/#/import`);
    const text =
      '政府工作报告\n——2024年1月10日在测试县第一届人民代表大会第一次会议上\n\n各位代表：\n\n' +
      '二、2024年主要目标\n全县地区生产总值增长6%左右<script>window.__xss = 1</script>，<img src=x onerror="window.__xss = 2">新建学校2所。\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'xss.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByLabel('地区（政府）').fill('测试县');
    await page.getByLabel('年度').fill('2024');
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.waitForURL(/#\/reports\/\d+/);
    await page.locator('.document').getByText('<script>window.__xss = 1</script>', { exact: false }).waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('.document script, .document img').count(), 0);
    await shot(page, '11-script-as-text');
  });
});
