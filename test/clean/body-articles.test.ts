import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBody } from '../../src/clean/body.js';

/**
 * Pages that are not a report: news about it, a question-and-answer page, a paper. The body is the article, from
 * its first line to its footer: a report opening (date line, 各位代表, 现在我代表) further down, after a paragraph
 * of the article, does not cut the article above it, and a line ending in "！" does not end it as a report's
 * closing call would. Rows are [input, expected body text].
 */
const report = [
  '政府工作报告',
  '——2024年1月16日在临溪县第十八届人民代表大会第四次会议上',
  '各位代表：',
  '现在，我代表县人民政府，向大会报告工作。',
  '全年地区生产总值增长6.2%，城镇新增就业5200人，',
].join('\n');

const articles: [string, string][] = [
  // a news item that carries the report's text after its own lede
  [
    `本报讯 1月16日，临溪县第十八届人民代表大会第四次会议开幕，县长作政府工作报告。以下为报告全文。\n\n${report}`,
    `本报讯 1月16日，临溪县第十八届人民代表大会第四次会议开幕，县长作政府工作报告。以下为报告全文。\n\n${report}`,
  ],
  // a question-and-answer page quoting the salutation in an answer
  [
    '问：今年的政府工作报告有哪些民生实事？\n答：报告提出，今年将新建学校5所，改造农村公路80公里，新增城镇就业5000人。\n各位代表：这些实事要件件落实。',
    '问：今年的政府工作报告有哪些民生实事？\n答：报告提出，今年将新建学校5所，改造农村公路80公里，新增城镇就业5000人。\n各位代表：这些实事要件件落实。',
  ],
  // an interview: an answer ending in a call (…作出新的更大贡献！) is no report's closing, the questions after it stay
  [
    '记者：报告提到要新建学校3所，具体有什么安排？\n负责人：今年将新建学校3所，新增学位2400个。我们有信心把这件好事办好，为全县教育事业发展作出新的更大贡献！\n记者：改善民生方面还有哪些新举措？\n负责人：我们将新增城镇就业4000人，改造老旧小区12个，建设农村公路80公里。\n记者：谢谢您接受采访！',
    '记者：报告提到要新建学校3所，具体有什么安排？\n负责人：今年将新建学校3所，新增学位2400个。我们有信心把这件好事办好，为全县教育事业发展作出新的更大贡献！\n记者：改善民生方面还有哪些新举措？\n负责人：我们将新增城镇就业4000人，改造老旧小区12个，建设农村公路80公里。\n记者：谢谢您接受采访！',
  ],
  // a paper with no opening at all is its own body
  [
    '摘要：本文分析了县级政府工作报告中的量化目标。\n一、引言\n政府工作报告是地方政府年度施政的纲领，其中的量化目标是考核的依据，',
    '摘要：本文分析了县级政府工作报告中的量化目标。\n一、引言\n政府工作报告是地方政府年度施政的纲领，其中的量化目标是考核的依据，',
  ],
];

/** A report with a spam title or a photo caption above: the report starts at its own title. */
const reports: [string, string][] = [
  [`临溪县经济发展简要概述是否发达\n\n${report}`, report],
  [`县长作政府工作报告。 记者 张三 摄\n|\n${report}`, report],
];

test('an article keeps its text above a report opening it quotes or carries', () => {
  for (const [input, expected] of articles) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});

test('a report with a title or caption above it starts at its title', () => {
  for (const [input, expected] of reports) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});
