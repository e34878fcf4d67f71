/** Tasks: what a unit could own; the report's rhetoric is none (gold-format.md: tasks are open-ended undertakings). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, report } from '../helpers/extract.js';

/** [what the row shows, a plan sentence of our own, whether it is a task] */
const rows: [string, string, boolean][] = [
  ['an open-ended undertaking', '加快发展现代生产性服务业。', true],
  ['a deliverable without a figure or a time', '完善政务公开制度。', true],
  ['the year itself', '今年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。', false],
  ['what doing the year’s work takes', '做好今年工作，必须坚持稳中求进工作总基调。', false],
  ['announcing what follows', '实现上述目标，重点抓好以下工作。', false],
  ['exhorting everyone', '让我们更加紧密地团结在一起，努力完成全年目标任务。', false],
  ['the armed forces', '各级政府要大力支持国防和军队建设，深入开展“双拥”工作。', false],
  ['Hong Kong and Macao', '支持香港、澳门发展经济、改善民生。', false],
  ['Taiwan', '深化两岸融合发展，增进两岸同胞福祉。', false],
  ['foreign policy', '我们要坚持独立自主的和平外交政策。', false],
  ['a region’s economy that names Hong Kong and Macao stays a task', '积极参与粤港澳大湾区建设，推进跨境基础设施互联互通。', true],
];

test('a plan sentence is a task when a unit could own it; the report’s rhetoric is none', () => {
  for (const [what, sentence, isTask] of rows) {
    const tasks = itemsOf(report('二、2024年工作安排', sentence)).filter((c) => c.kind === 'task');
    assert.equal(tasks.length > 0, isTask, `${what}: ${sentence}`);
  }
});
