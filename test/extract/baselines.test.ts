import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, pick, report } from '../helpers/extract.js';

const fields = ['kind', 'low', 'unit', 'baseline', 'baseline_period'] as const;

/** "从A增加到B" is one item: B, with A as its baseline. */
const rows: [string, string, Record<string, unknown>[]][] = [
  ['一、2023年工作回顾', '高新技术企业从2020年的31家增加到87家。', [{ kind: 'achievement', low: 87, unit: '家', baseline: 31, baseline_period: '2020' }]],
  ['一、2023年工作回顾', '森林覆盖率由42.1%提高到43.5%。', [{ kind: 'achievement', low: 43.5, unit: '%', baseline: 42.1 }]],
  ['二、2024年工作安排', '赤字率从去年的3%提高到3.5%。', [{ kind: 'target', low: 3.5, unit: '%', baseline: 3, baseline_period: '2023' }]],
  // two figures in different units are two items
  ['一、2023年工作回顾', '新建道路12公里，投资3亿元。', [
    { kind: 'achievement', low: 12, unit: '公里' },
    { kind: 'achievement', low: 300000000, unit: '元' },
  ]],
];

test('from A to B gives B with A as baseline', () => {
  for (const [heading, body, expected] of rows) {
    assert.deepEqual(itemsOf(report(heading, body)).map((c) => pick(c, fields)), expected, body);
  }
});
