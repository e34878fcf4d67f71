/**
 * End to end (harness.ts): the office imports the 分工方案 of the demo report from the report's page. It sees each
 * task with the report's items it matched and their scores, the units the ledger does not know; it creates one, maps
 * another as an alias, corrects a match, confirms, and the ledger holds the assignments as the split gives them,
 * confirmed, and the task matching nothing as an item of the split. Screenshots under test-artifacts/.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { getAssignment, listCommitments, listUnits } from '../../src/ledger/index.js';
import { auditPage } from './audit.js';
import { onEachDatabase, ROOT } from './harness.js';

const SPLIT = join(ROOT, 'test/fixtures/split/demo-table.txt');

onEachDatabase('a split imported against its report', (e2e) => {
  it('shows each task’s matches and scores, takes the office’s corrections and unit decisions, and confirms the assignments', async () => {
    const page = await e2e.newPage({ width: 1280, height: 900 });
    await e2e.login(page, 'supervisor');
    await page.goto(`${e2e.base}/#/reports/${e2e.reportId}`);
    await page.getByRole('link', { name: '导入分工方案' }).click();
    await page.locator('input[type=file]').setInputFiles(SPLIT);
    await page.getByRole('heading', { name: /核对分工（共 6 项任务：对应报告事项 5 项，新增事项 1 项）/ }).waitFor();

    const row = (n: number) => page.locator('.split-table tbody tr').nth(n - 1);
    assert.match(await row(1).innerText(), /全年实施重点项目120个[\s\S]*相似度 1\.00[\s\S]*完成投资150亿元以上[\s\S]*相似度 1\.00/);
    assert.match(await row(2).innerText(), /上半年开工建设溪南物流园[\s\S]*相似度 0\.\d\d/);
    assert.match(await row(6).innerText(), /无对应事项：确认后作为分工方案新增的事项[\s\S]*县应急管理局（未登记）[\s\S]*县数据局（未登记）/);
    assert.match(await row(1).innerText(), /县发展和改革局（即县发改局）/, 'a full name finds the unit by its short name');
    assert.deepEqual(await auditPage(page), []);
    await e2e.shot(page, 'split-preview', true);

    // the office corrects task 5: it takes the item away, then picks it again from the candidates
    await row(5).getByRole('button', { name: /移除/ }).click();
    assert.match(await row(5).innerText(), /无对应事项/);
    const pick = row(5).getByLabel('第5项改选或添加报告事项');
    const option = pick.locator('option', { hasText: '新增公共停车泊位1500个' });
    await pick.selectOption(await option.getAttribute('value'));
    assert.match(await row(5).innerText(), /新增公共停车泊位1500个[\s\S]*相似度/);

    for (const name of ['县财政局', '县自然资源局', '县公安局', '县应急管理局']) await page.getByLabel(`${name}的处理`).selectOption('create');
    const tech = (await listUnits(e2e.ledger)).find((u) => u.name === '县工信局')!;
    await page.getByLabel('县数据局的处理').selectOption(String(tech.id));
    await page.getByRole('button', { name: '确认导入并确认分工' }).click();
    await page.getByText(/分工方案已导入：7 项事项的分工已确认，新增事项 1 项，新建单位 县财政局、县自然资源局、县公安局、县应急管理局，新增简称 县数据局/).waitFor();
    await e2e.shot(page, 'split-imported', true);

    const units = new Map((await listUnits(e2e.ledger)).map((u) => [u.id, u.name]));
    const holding = async (text: string) => {
      const [c] = (await listCommitments(e2e.ledger, { reportId: e2e.reportId, text })).items;
      const a = await getAssignment(e2e.ledger, c!.id);
      // the leader as read: the clean stage may fold the space between a title and a name (副县长 钱某) in a table row
      return [units.get(a!.leadUnitId!), a!.cooperatingUnitIds.map((u) => units.get(u)), a!.leader?.replace(/ /g, ''), a!.deadline, a!.confirmed, c!.splitId !== undefined];
    };
    assert.deepEqual(await holding('全年实施重点项目120个'), ['县发改局', ['县财政局'], '常务副县长赵某', '2024-12-31', true, false]);
    assert.deepEqual(await holding('溪南物流园'), ['县商务局', ['县自然资源局'], '副县长钱某', '2024-06-30', true, false]);
    assert.deepEqual(await holding('停车泊位1500个'), ['县住建局', ['县公安局'], '副县长钱某', '2024-10-31', true, false]);
    assert.deepEqual(await holding('应急指挥中心'), ['县应急管理局', ['县工信局'], '副县长孙某', '2024-12-31', true, true]);

    // the item the split added says where it came from
    const [own] = (await listCommitments(e2e.ledger, { reportId: e2e.reportId, text: '应急指挥中心' })).items;
    await page.goto(`${e2e.base}/#/commitments/${own!.id}`);
    await page.getByText(/出自督查室导入的分工方案（分工方案原文第 \d+–\d+ 字符），报告中没有对应的事项/).waitFor();
    assert.deepEqual(await auditPage(page), []);
    await e2e.shot(page, 'split-item', true);
  });
});
