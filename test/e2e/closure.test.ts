/**
 * End to end (harness.ts): 办结. The editor of 县发改局 asks 办结 on one of its items from the item page; the item shows
 * 待审核办结; the office sees it among 待审批 (counted on the dashboard), approves it with a note; the item shows
 * 已完成 with the approval in its reason, and the unit sees the office's note. Screenshots under test-artifacts/.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { getAssignment, listCommitments, listProgress, unitNamed } from '../../src/ledger/index.js';
import { auditPage } from './audit.js';
import { onEachDatabase } from './harness.js';

onEachDatabase('办结: a unit asks, the office approves', (e2e) => {
  it('the item waits as 待审核办结, is approved from 待审批, and shows done', async () => {
    // an item 县发改局 leads that nobody reported done
    const unit = (await unitNamed(e2e.ledger, '县发改局'))!;
    const led = (await listCommitments(e2e.ledger, { reportId: e2e.reportId, unitId: unit.id, kind: ['milestone', 'task'], limit: 500 })).items;
    let itemId: number | undefined;
    for (const c of led) {
      const done = (await listProgress(e2e.ledger, { commitmentId: c.id })).some((p) => p.state === 'done');
      if (!done && (await getAssignment(e2e.ledger, c.id))?.leadUnitId === unit.id) {
        itemId = c.id;
        break;
      }
    }
    assert.ok(itemId, 'the demo gives 县发改局 an item to finish');

    const editor = await e2e.newPage();
    await e2e.login(editor, 'unit_editor');
    await editor.goto(`${e2e.base}/#/commitments/${itemId}`);
    const card = editor.getByRole('region', { name: '办结与变更申请' });
    await card.getByLabel('申请类型').selectOption('completion');
    await card.getByLabel('完成日期').fill('2024-09-12');
    await card.getByLabel('完成情况说明').fill('已全部完成，验收材料已上传');
    await card.getByRole('button', { name: '提交办结申请' }).click();
    await editor.locator('.page-head .badge', { hasText: '待审核办结' }).waitFor();
    assert.match(await editor.locator('.page-head .reason').innerText(), /申请办结，待督查室审核/);
    // the card lists the request once its list is read again (after the page's status, on a slower database)
    await editor.waitForFunction((el) => /办结申请\s*待审批/.test((el as HTMLElement).innerText), await card.elementHandle());
    assert.deepEqual(await auditPage(editor), []);
    await e2e.shot(editor, 'closure-requested', true);

    const office = await e2e.newPage();
    await e2e.login(office, 'supervisor');
    await office.goto(`${e2e.base}/#/dashboard`);
    const waiting = office.locator('.rag-requests');
    assert.match(await waiting.innerText(), /^1\s/);
    await waiting.click();
    await office.getByRole('heading', { name: '待审批申请' }).waitFor();
    const entry = office.locator('.request-list > li').first();
    assert.match(await entry.innerText(), /2024年9月12日已完成，申请办结[\s\S]*已全部完成，验收材料已上传[\s\S]*县发改局/);
    assert.deepEqual(await auditPage(office), []);
    await e2e.shot(office, 'closure-pending-list', true);
    await entry.getByLabel('审批意见').fill('材料齐全，同意办结');
    await entry.getByRole('button', { name: '同意办结' }).click();
    await office.getByText('没有待审批的申请。').waitFor();

    await office.goto(`${e2e.base}/#/commitments/${itemId}`);
    await office.locator('.page-head .badge', { hasText: '已完成' }).waitFor();
    assert.match(await office.locator('.page-head .reason').innerText(), /经督查室审核办结/);
    await e2e.shot(office, 'closure-approved', true);

    await editor.goto(`${e2e.base}/#/requests`);
    assert.match(await editor.locator('.request-list').innerText(), /已同意[\s\S]*督查室意见：材料齐全，同意办结/);
    await e2e.shot(editor, 'closure-unit-sees', true);
  });
});
