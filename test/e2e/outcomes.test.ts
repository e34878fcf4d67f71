/**
 * End to end: the year-end self-assessment page (the table, its Excel file) and the comparison page (one indicator
 * across governments, missed targets marked) after the office verified two counties' 2023 targets. Screenshots are
 * saved under test-artifacts/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/analyze.js';
import { importReport, listUsers } from '../../src/ledger/index.js';
import { verifyReports } from '../../src/app/verification.js';
import { auditPage } from './audit.js';
import { e2eSkip, startE2E, type E2E } from './harness.js';
import { verifyOnPage } from './verification-steps.js';

/** Documents we wrote in the style of two counties': 2023 targets, the 2024 report, the 2023 bulletin. */
const plan = (county: string) =>
  `——2023年1月12日在${county}第十八届人民代表大会第三次会议上\n\n二、2023年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅控制在3%左右。\n`;
const review = (county: string, growth: string) => `——2024年1月16日在${county}第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长${growth}%（预计数）。\n`;
const bulletin = (county: string, growth: string) =>
  `${county}2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长${growth}%。全年居民消费价格比上年上涨0.4%。\n`;

describe('self-assessment and comparison pages', { skip: e2eSkip, timeout: 120_000 }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
    const office = (await listUsers(e2e.ledger)).find((u) => u.role === 'supervisor')!;
    for (const [county, preliminary, final] of [['石桥县', '5.3', '4.9'], ['溪口县', '6.2', '6.0']] as const) {
      const ids = [];
      for (const [name, text] of [[`${county}2023.txt`, plan(county)], [`${county}2024.txt`, review(county, preliminary)], [`${county}2023公报.txt`, bulletin(county, final)]]) {
        const analysis = analyze({ text: text!, format: 'text', encoding: 'utf-8', confidence: 1, name: name!, bytes: Buffer.byteLength(text!) });
        ids.push((await importReport(e2e.ledger, null, { analysis })).reportId);
      }
      await verifyReports(e2e.ledger, office.id, { targetsReportId: ids[0]!, resultsReportIds: [ids[1]!, ids[2]!] });
    }
  });
  after(async () => {
    await e2e?.close();
  });

  it('self-assessment: from the verification page, each target with its result, source, share and verdict; the Excel file downloads', async () => {
    const page = await e2e.newPage();
    await e2e.login(page, 'supervisor');
    await verifyOnPage(page, e2e.base, '石桥县', 2023);
    await page.getByRole('link', { name: '查看目标任务完成情况表' }).click();
    assert.equal(await page.getByLabel('报告').inputValue(), String(await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('report'))));
    await page.getByRole('heading', { name: '石桥县2023年主要目标任务完成情况表' }).waitFor();
    const rows = page.locator('table.assessment tbody tr');
    assert.equal(await rows.count(), 2);
    const cells = async (i: number) => (await rows.nth(i).locator('td').allTextContents()).slice(2);
    assert.deepEqual(await cells(0), ['5.5%左右', '—', '4.9%', '统计公报（最终数）', '完成目标任务的89.1%；低于目标0.6个百分点', '未实现']);
    assert.deepEqual(await cells(1), ['3%左右', '—', '0.4%', '统计公报（最终数）', '控制在目标以内；低于控制目标2.6个百分点', '已实现']);
    assert.equal(await page.locator('tr.assessment-missed').count(), 1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
    assert.equal(download.suggestedFilename(), '石桥县2023年主要目标任务完成情况表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    assert.equal(wb.worksheets[0]!.getCell(3, 7).value, '完成目标任务的89.1%；低于目标0.6个百分点');
    assert.deepEqual(await auditPage(page), [], 'labelled controls, keyboard reach, contrast (a missed row included)');
    await e2e.shot(page, '21-self-assessment', true);
  });

  it('comparison: one indicator across governments, the preliminary and final figures, missed targets marked', async () => {
    const page = await e2e.newPage();
    await e2e.login(page, 'viewer');
    await page.goto(`${e2e.base}/#/compare?indicator=gdp_growth`);
    const rows = page.locator('table.compare tbody tr');
    await rows.first().waitFor();
    const texts = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 6).map((td) => td.textContent)));
    const ours = texts.filter((t) => t[1] === '2023年');
    assert.deepEqual(ours, [
      ['石桥县', '2023年', '5.5%左右', '5.3%', '4.9%', '未实现'],
      ['溪口县', '2023年', '5.5%左右', '6.2%', '6%', '已实现'],
    ]);
    assert.deepEqual(await page.locator('table.compare tr.missed td:first-child').allTextContents(), ['石桥县']);
    await page.locator('.chart canvas').waitFor();
    // ECharts describes the series to screen readers: the missed result is drawn among them
    assert.match((await page.locator('.chart').getAttribute('aria-label')) ?? '', /石桥县 实际.*4\.9/);
    await e2e.shot(page, '22-compare-missed', true);

    // one year: the governments side by side, a bar for the target and one for the result
    await page.getByLabel('年份').selectOption('2023');
    await page.waitForFunction(() => document.querySelectorAll('table.compare tbody tr').length === 2);
    await page.locator('.chart canvas').waitFor();
    assert.match((await page.locator('.chart').getAttribute('aria-label')) ?? '', /柱状图/);
    assert.equal(await page.locator('table.compare tr.missed').count(), 1);
    assert.deepEqual(await auditPage(page), []);
    await e2e.shot(page, '23-compare-one-year', true);
  });
});
