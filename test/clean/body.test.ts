import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBody } from '../../src/clean/body.js';

const report = [
  '政府工作报告',
  '',
  '——2024年1月16日在临溪县第十八届人民代表大会第四次会议上',
  '',
  '各位代表：',
  '',
  '现在，我代表县人民政府，向大会报告工作。',
  '',
  '一、2023年工作回顾',
  '',
  '全年地区生产总值增长6.2%。',
  '',
  '二、2024年工作安排',
  '',
  '地区生产总值增长6.5%左右。',
  '',
  '各位代表，让我们团结一心，为谱写高质量发展新篇章而努力奋斗！',
].join('\n');

/** [input, expected body text] */
const rows: [string, string][] = [
  // a clean report is its own body
  [report, report],
  // spam title and navigation above, reply box and footer below
  [`临溪县招商引资最新消息_便民网\n\n首页 > 政务公开\n\n${report}\n\n}\n\n我要回帖\n\n版权声明：本站内容来源于网络`, report],
  // unrelated text appended after the closing call
  [`${report}\n\n楼主说得好，临溪风景不错，推荐周末去转转。\n\n点击添加站长微信`, report],
  // the title replaced by spam: the body starts at the date line
  [`临溪县招商引资简要概述\n\n${report.slice(report.indexOf('——'))}`, report.slice(report.indexOf('——'))],
  // no closing call ending in "！": the last line of the report, before the chrome
  [
    `各位代表：\n\n今年要完成各项任务。\n\n让我们共同努力，把各项事业推向前进。\n\n本作品来自维基文库\n\n法律\n\n、`,
    '各位代表：\n\n今年要完成各项任务。\n\n让我们共同努力，把各项事业推向前进。',
  ],
];

test('the body is the report without what was added around it', () => {
  for (const [input, expected] of rows) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});
