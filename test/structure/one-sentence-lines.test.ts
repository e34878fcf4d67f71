import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

/** The milestones and targets of a page, read as a report of 2025, with their kinds and deadlines. */
function items(text: string): string[] {
  return extract(structure(clean({ text }), { year: 2025 }))
    .commitments.filter((c) => c.kind !== 'task')
    .map((c) => `${c.kind} ${c.text} ${c.deadline}`);
}

const perSentence = (text: string) => text.replace(/。(?!\n)/g, '。\n');

/**
 * [what the row shows, a page (our own text, in the style of report digests and news), what it holds]: a copy with a
 * line after every sentence (a phone's copy) holds the same.
 */
const rows: [string, string, string[]][] = [
  [
    'an entry’s sentences on lines of their own stay the entry’s (a list under a heading naming the year)',
    '2025年重点工作\n1、扩大医疗服务供给。2025年加快县人民医院新院区建设。县中医院实现整体搬迁。\n2、提升供水保障能力。推进城东水厂建设。启动城西水厂扩建工程。',
    ['milestone 县中医院实现整体搬迁 2025-12-31', 'milestone 启动城西水厂扩建工程 2025-12-31'],
  ],
  [
    'a sentence naming the report’s parts (第一部分是…回顾) on a line of its own is no heading',
    '据介绍，报告共分三个部分。第一部分是2024年和“十四五”期间工作回顾，第二部分是“十五五”时期主要任务，第三部分是2025年重点工作。报告对今年全县经济社会发展面临的形势进行了分析，提出了主要预期目标：地区生产总值增长6%左右，城镇居民人均可支配收入增长6.5%。',
    ['target 地区生产总值增长6%左右 2025-12-31', 'target 城镇居民人均可支配收入增长6.5% 2025-12-31'],
  ],
];

test('a copy with a line after every sentence holds what the page holds', () => {
  for (const [what, text, expected] of rows) {
    assert.deepEqual(items(text), expected, `${what} (as written)`);
    assert.deepEqual(items(perSentence(text)), expected, `${what} (a line a sentence)`);
  }
});
