import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';

/** A press digest of a report, in the style of provincial news sites (our own text). */
const digest = [
  '1月20日上午，江南省十四届人大三次会议在省城开幕。省长向大会作政府工作报告。',
  '报告指出：',
  '●2024年全省地区生产总值达到5.2万亿元、增长5.1%；',
  '●新增城镇就业65万人；',
  '报告提出，今年全省经济社会发展的主要预期目标是：',
  '◆地区生产总值增长5%左右；',
  '◆城镇新增就业60万人以上。',
].join('\n');

test('a digest gets its region, session, year and day from running text', () => {
  const { meta } = structure(clean({ text: digest }));
  assert.deepEqual(
    { region: meta.region, session: meta.session, year: meta.year, date: meta.date },
    { region: '江南省', session: '十四届人民代表大会三次会议', year: 2025, date: '2025-01-20' },
  );
});
