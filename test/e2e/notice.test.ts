/**
 * End to end (harness.ts), on SQLite and PostgreSQL: the office takes last month's 督查通报 from the dashboard as a
 * Word file, and the file reads back as the notice of that month — its title, the totals and the lagging items.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { onEachDatabase } from './harness.js';

onEachDatabase('the 督查通报 from the dashboard', (e2e) => {
  it("gives the office last month's notice as a Word file, which reads back", async () => {
    const page = await e2e.newPage();
    await e2e.login(page, 'supervisor');
    await page.goto(`${e2e.base}/#/dashboard?report=${e2e.reportId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /督查通报（Word）/ }).click()]);
    assert.match(download.suggestedFilename(), /督查通报.*\.docx$/);
    const text = (await mammoth.extractRawText({ path: await download.path() })).value;
    // the demo's day is in September: the notice is August's, with the totals and the lagging items
    for (const words of ['督 查 通 报', '关于2024年8月份重点工作推进情况的通报', '一、总体推进情况', '二、滞后事项']) assert.ok(text.includes(words), `the notice says ${words}`);
  });
});
