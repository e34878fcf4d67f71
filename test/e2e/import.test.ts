/**
 * End to end (harness.ts): the office imports a saved news page whose year is unclear. It sees the year marked as
 * unsure and the warning, corrects the year (the counts follow), imports, and the ledger holds the report under
 * the year given with the items of that year; a year left as the text weakly says is imported only once confirmed.
 * Screenshots of the preview at 1280 px under test-artifacts/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCommitments, listReports } from '../../src/ledger/index.js';
import { auditPage } from './audit.js';
import { e2eSkip, ROOT, startE2E, type E2E } from './harness.js';

/** Read as the 2024 report only by weak evidence; its figures are of 2023 either way. */
const NEWS = join(ROOT, 'test/fixtures/import/year-unclear-news.html');

describe('import with a year to check', { skip: e2eSkip, timeout: 120_000 }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(async () => {
    await e2e?.close();
  });

  const reportNamed = async (name: string) => (await listReports(e2e.ledger)).find((r) => r.name === name);

  it('shows the unsure year and its warning, takes the corrected year, and stores the items of that year', async () => {
    const page = await e2e.newPage({ width: 1280, height: 900 });
    await e2e.login(page, 'supervisor');
    await page.goto(`${e2e.base}/#/import`);
    await page.locator('input[type=file]').setInputFiles(NEWS);
    await page.getByRole('heading', { name: '核对报告信息' }).waitFor();

    const yearRow = page.locator('.meta-fields tr', { has: page.getByRole('rowheader', { name: '年度' }) });
    assert.match(await yearRow.innerText(), /2024年[\s\S]*把握低/);
    assert.equal(await page.getByLabel('年度').inputValue(), '2024');
    assert.match(await page.locator('.check-list').innerText(), /年度：报告年份2024依据不足/);
    await page.getByText(/查看推断依据/).click();
    assert.match(await page.locator('.evidence').innerText(), /青岭市第十届人民代表大会第三次会议/);
    const count = (kind: string) => page.locator('.counts li', { hasText: kind }).locator('.count-num');
    assert.equal(await count('目标').innerText(), '0');
    assert.ok(Number(await count('成绩').innerText()) >= 5);
    assert.deepEqual(await auditPage(page), []);
    await e2e.shot(page, 'import-preview', true);

    // the office knows it is the 2023 report: the counts follow
    await page.getByLabel('年度').fill('2023');
    await page.getByRole('heading', { name: /按2023年的报告计/ }).waitFor();
    assert.ok(Number(await count('目标').innerText()) >= 5);
    assert.equal(await count('成绩').innerText(), '0');
    assert.match(await page.locator('.check-list').innerText(), /已更正为2023年/);
    await e2e.shot(page, 'import-preview-corrected', true);

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.waitForURL(/#\/reports\/\d+/);
    await page.locator('.fields dd', { hasText: '2023年（督查室注明）' }).waitFor();
    const report = await reportNamed('year-unclear-news.html');
    assert.deepEqual([report?.year, report?.given], [2023, ['level', 'year']], 'the year corrected, the unsure level confirmed');
    const gdp = (await listCommitments(e2e.ledger, { reportId: report!.id, text: '地区生产总值增长6%左右' })).items;
    assert.deepEqual(gdp.map((c) => [c.kind, c.deadline]), [['target', '2023-12-31']]);
  });

  it('a year left as the text weakly says is imported only once the office confirms it', async () => {
    const page = await e2e.newPage();
    await e2e.login(page, 'supervisor');
    await page.goto(`${e2e.base}/#/import`);
    const other = readFileSync(NEWS, 'utf8').replaceAll('青岭', '石桥');
    await page.locator('input[type=file]').setInputFiles({ name: 'shiqiao-news.html', mimeType: 'text/html', buffer: Buffer.from(other) });
    await page.getByRole('heading', { name: '核对报告信息' }).waitFor();
    await page.getByRole('button', { name: '确认导入' }).click();
    // the confirmation takes the focus
    await page.waitForFunction(() => document.activeElement?.textContent === '确认以2024年导入');
    assert.deepEqual(await auditPage(page), []);
    await e2e.shot(page, 'import-confirm-year');
    await page.getByRole('button', { name: '返回修改年度' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'field-year');
    assert.equal(await reportNamed('shiqiao-news.html'), undefined, 'nothing stored before the confirmation');

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === '确认以2024年导入');
    await page.keyboard.press('Enter'); // the focused confirmation
    await page.waitForURL(/#\/reports\/\d+/);
    const report = await reportNamed('shiqiao-news.html');
    assert.deepEqual([report?.year, report?.given], [2024, ['level', 'year']], 'what the office confirmed where the text was unsure is its word');
  });
});
