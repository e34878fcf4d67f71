import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verify } from '../../src/loop/verify.js';
import { analyze } from '../../src/analyze.js';
import type { Source } from '../../src/read/index.js';

const source = (text: string): Source => ({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'x.txt', bytes: text.length });
const plan = (body: string) => `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n二、2024年工作安排\n\n${body}\n`;
const review = (body: string) => `——2025年1月15日在临溪县第十八届人民代表大会第五次会议上\n\n一、2024年工作回顾\n\n${body}\n`;

/**
 * [target sentence, review sentence, verdict, result figure]: a target without a headline indicator whose review
 * names the measure in other words, or states the deliverable's figure in another measure right after it.
 */
const rows: [string, string, string, number | undefined][] = [
  // the investment attracted, restated
  ['全年招商引资到位资金30亿元以上。', '全年实际到位内外资32.6亿元。', 'achieved', 3260000000],
  ['全年招商引资到位资金30亿元以上。', '实际利用内外资28亿元。', 'missed', 2800000000],
  // foreign investment alone is another measure
  ['全年招商引资到位资金30亿元以上。', '实际利用外资5亿元。', 'not_mentioned', undefined],
  // a reach figure is the deliverable's in another measure
  ['改造城镇老旧小区2.3万户。', '改造老旧小区158个、惠及2.1万户。', 'missed', 21000],
  ['改造城镇老旧小区2万户。', '改造老旧小区120个，惠及2.2万户。', 'achieved', 22000],
  // a reach figure of another sentence says nothing of it
  ['改造城镇老旧小区2万户。', '改造老旧小区120个。新建学校3所，惠及2.2万户。', 'not_mentioned', undefined],
];

test('a review naming the measure otherwise, or reaching it in another measure', () => {
  for (const [target, result, verdict, low] of rows) {
    const targets = analyze(source(plan(target)));
    const results = analyze(source(review(result)));
    const [v] = verify({ targets: targets.extraction, results: results.extraction, resultsDoc: results.structured });
    assert.deepEqual([v?.verdict, v?.result?.low], [verdict, low], `${target} / ${result}`);
  }
});
