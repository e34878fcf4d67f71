/**
 * End to end: the verification page with a statistical bulletin — the office checks year N's targets against year
 * N+1's report and year N's bulletin, and sees each target, the preliminary and the final figure side by side.
 * The screenshot is saved under test-artifacts/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { importReport } from '../../src/ledger/index.js';
import { e2eSkip, startE2E, type E2E } from './harness.js';
import { verifyOnPage } from './verification-steps.js';

/** Documents we wrote in the style of a county's: its 2023 targets, its 2024 report, its 2023 bulletin. */
const documents = {
  plan: '——2023年1月12日在石桥县第十八届人民代表大会第三次会议上\n\n二、2023年工作安排\n\n主要预期目标是：地区生产总值增长5.5%左右，居民消费价格涨幅控制在3%左右。\n',
  review: '——2024年1月16日在石桥县第十八届人民代表大会第四次会议上\n\n一、2023年工作回顾\n\n全年地区生产总值增长5.3%（预计数）。\n',
  bulletin: '石桥县2023年国民经济和社会发展统计公报\n\n一、综合\n\n初步核算，全年全县地区生产总值1865320万元，按可比价计算，比上年增长4.9%。全年居民消费价格比上年上涨0.4%。\n',
};

describe('verification page', { skip: e2eSkip, timeout: 120_000 }, () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
    for (const [name, text] of Object.entries(documents)) {
      const analysis = analyze({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: `${name}.txt`, bytes: Buffer.byteLength(text) });
      await importReport(e2e.ledger, null, { analysis });
    }
  });
  after(async () => {
    await e2e?.close();
  });

  it('shows each target, the report’s preliminary and the bulletin’s final figure side by side, and where they differ', async () => {
    const page = await e2e.newPage();
    await e2e.login(page, 'supervisor');
    await verifyOnPage(page, e2e.base, '石桥县', 2023);
    // one row per target, in the report's order
    const [gdp, cpi] = [page.locator('.verdict-row').nth(0), page.locator('.verdict-row').nth(1)];
    await gdp.locator('.side-by-side.three').waitFor();
    const columns = await gdp.locator('.side-by-side.three > div h3').allTextContents();
    assert.deepEqual(columns, ['当年目标', '次年报告（预计数）', '统计公报（最终数）']);
    const figures = await gdp.locator('.side-by-side.three .figure').allTextContents();
    assert.deepEqual(figures, ['5.3%', '4.9%']);
    assert.match((await gdp.locator('.verdict-head').textContent()) ?? '', /未实现.*据统计公报.*预计数与最终数不同/);
    // the bulletin's sentence is marked in its own text
    assert.match((await gdp.locator('.side-by-side.three > div').nth(2).locator('mark').textContent()) ?? '', /增长4\.9%/);
    assert.match((await cpi.locator('.side-by-side.three > div').nth(1).textContent()) ?? '', /次年报告没有提及/);
    await e2e.shot(page, '20-verification-preliminary-final', true);
  });
});
