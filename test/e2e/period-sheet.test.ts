/**
 * End to end (harness.ts): a unit's editor downloads its 进展报送表 from the workspace, fills it as a person would in
 * Excel (exceljs here), uploads it with a bad row and sees the row number and the reason, nothing written; corrects
 * it, uploads it again and sees it written, and the ledger holds the reports. The office sets an item's own reporting
 * cycle on the commitment page. Screenshots at 1280 px under test-artifacts/.
 */
import { after, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { getAssignment, getSettings, listProgress, listUsers } from '../../src/ledger/index.js';
import { PERIOD_COLUMNS } from '../../src/exchange/sheet-layout.js';
import { FIRST_DATA_ROW } from '../../src/exchange/period-sheet.js';
import { auditPage } from './audit.js';
import { onEachDatabase } from './harness.js';

const col = (name: (typeof PERIOD_COLUMNS)[number]) => PERIOD_COLUMNS.indexOf(name) + 1;

onEachDatabase('the unit’s period sheet in the browser', (e2e) => {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-sheet-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('downloads, fills, uploads a bad row (named, nothing written), corrects it, uploads: written', async () => {
    const page = await e2e.newPage({ width: 1280, height: 900 });
    await e2e.login(page, 'unit_editor');
    await page.goto(`${e2e.base}/#/workspace`);
    await page.getByRole('heading', { name: '进展报送表（Excel）' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载报送表' }).click()]);
    assert.match(download.suggestedFilename(), /重点工作进展报送表（截至2024年9月16日）\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const ws = book.getWorksheet('进展报送表')!;
    const first = FIRST_DATA_ROW;
    const second = FIRST_DATA_ROW + 1;
    assert.ok(ws.getCell(second, col('工作事项')).value, 'the unit has at least two items');

    ws.getCell(first, col('本期状态')).value = '推进中';
    ws.getCell(first, col('进展说明')).value = '已完成年度计划的七成';
    ws.getCell(second, col('本期数值')).value = '七成';
    const bad = join(dir, 'bad.xlsx');
    await book.xlsx.writeFile(bad);

    const unitId = (await listUsers(e2e.ledger)).find((u) => u.role === 'unit_editor')!.unitId!;
    const before = (await listProgress(e2e.ledger, { unitId })).length;
    await page.getByLabel('填好的报送表').setInputFiles(bad);
    await page.getByRole('button', { name: '上传报送表' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /有 1 行需要修改，整张表未写入/);
    assert.match(await alert.locator('tbody tr').innerText(), new RegExp(`第${second}行\\s+本期数值不是数字：“七成”`));
    assert.equal((await listProgress(e2e.ledger, { unitId })).length, before, 'nothing written');
    assert.deepEqual(await auditPage(page), []);
    await alert.scrollIntoViewIfNeeded();
    await e2e.shot(page, 'period-sheet-rejected');

    ws.getCell(second, col('本期数值')).value = null;
    ws.getCell(second, col('本期状态')).value = '受阻';
    ws.getCell(second, col('佐证链接')).value = 'https://fgj.example.gov.cn/notice/0915';
    const good = join(dir, 'good.xlsx');
    await book.xlsx.writeFile(good);
    await page.getByLabel('填好的报送表').setInputFiles(good);
    await page.getByRole('button', { name: '上传报送表' }).click();
    await page.getByRole('status').filter({ hasText: '已写入 2 行进展' }).waitFor();
    const stored = (await listProgress(e2e.ledger, { unitId })).slice(before);
    assert.deepEqual(stored.map((p) => [p.reportedOn, p.state]).sort(), [['2024-09-16', 'blocked'], ['2024-09-16', 'in_progress']]);
    await e2e.shot(page, 'period-sheet-written');
  });

  it('the office sets an item’s own reporting cycle on the commitment page', async () => {
    const page = await e2e.newPage({ width: 1280, height: 900 });
    await e2e.login(page, 'supervisor');
    const unitId = (await listUsers(e2e.ledger)).find((u) => u.role === 'unit_editor')!.unitId!;
    const progress = await listProgress(e2e.ledger, { unitId });
    const commitmentId = progress.at(-1)!.commitmentId;
    await page.goto(`${e2e.base}/#/commitments/${commitmentId}`);
    const form = page.getByRole('form', { name: '明确分工' });
    await form.getByLabel('报送周期').selectOption('quarterly');
    await form.getByLabel(/季度结束后几日内报送/).fill('10');
    await form.getByRole('button', { name: /分工/ }).click();
    await page.getByText('分工已保存。').waitFor();
    assert.deepEqual((await getAssignment(e2e.ledger, commitmentId))?.reportingCycle, { kind: 'quarterly', dueDay: 10 });
    await page.locator('dd', { hasText: '每季度结束后10日内报送' }).waitFor();
    assert.deepEqual(await auditPage(page), []);
    await form.scrollIntoViewIfNeeded();
    await e2e.shot(page, 'assignment-reporting-cycle');
  });

  it('the office sets the default reporting cycle in its settings', async () => {
    const page = await e2e.newPage({ width: 1280, height: 900 });
    await e2e.login(page, 'supervisor');
    await page.goto(`${e2e.base}/#/settings`);
    const form = page.getByRole('form', { name: '默认报送周期' });
    await form.getByLabel('报送周期').selectOption('monthly');
    await form.getByLabel(/每月几日前报上月进展/).fill('5');
    await form.getByRole('button', { name: '保存报送周期' }).click();
    await page.getByText(/当前：每月5日前报送上月进展/).waitFor();
    assert.deepEqual((await getSettings(e2e.ledger)).reportingCycle, { kind: 'monthly', dueDay: 5 });
    assert.deepEqual(await auditPage(page), []);
    await e2e.shot(page, 'settings-reporting-cycle', true);
  });
});
