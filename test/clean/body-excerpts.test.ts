import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBody } from '../../src/clean/body.js';

/**
 * Excerpts as people find them end inside a sentence: the truncated last paragraph is report text and stays in
 * the body; what follows it without Han text (a stray "?", a page number, a share button) does not.
 * Rows are [input, expected body text].
 */
const kept: [string, string][] = [
  // one long paragraph after a heading, cut mid-sentence
  [
    '政府工作报告\n\n（三）加快乡村振兴。新建高标准农田2万亩，改造农村公路80公里，力争全年农业增加值增长',
    '政府工作报告\n\n（三）加快乡村振兴。新建高标准农田2万亩，改造农村公路80公里，力争全年农业增加值增长',
  ],
  // a list cut inside an entry: the entries before it and the cut one
  [
    '2024年县政府民生实事项目\n1.新增托育机构3家。\n2.改造老旧小区12个、3000户。\n3.实施生活垃圾分类工',
    '2024年县政府民生实事项目\n1.新增托育机构3家。\n2.改造老旧小区12个、3000户。\n3.实施生活垃圾分类工',
  ],
  // a review cut after a comma, no sentence end in the last paragraphs
  [
    '各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n一、2023年工作回顾\n\n全县地区生产总值增长6.1%，一般公共预算收入12.3亿元，',
    '各位代表：\n\n现在，我代表县人民政府向大会报告工作。\n\n一、2023年工作回顾\n\n全县地区生产总值增长6.1%，一般公共预算收入12.3亿元，',
  ],
  // a PDF copy cut after a wrapped figure: the figure's line continues the sentence
  [
    '——经济运行稳中有进。全市生产总值增长7.6%，社会消费品零售总额增长\n8.9%，',
    '——经济运行稳中有进。全市生产总值增长7.6%，社会消费品零售总额增长\n8.9%，',
  ],
  // a rallying line ending in "！" early in a news excerpt is not the report's closing call
  [
    '2月3日，临溪市第九届人民代表大会第二次会议开幕。\n今年是建党100周年，临溪要怎么干！\n— 主要目标 —\n地区生产总值增长7%以上；城镇新增就业3万人；居民消费价格涨幅控制在3%左右；',
    '2月3日，临溪市第九届人民代表大会第二次会议开幕。\n今年是建党100周年，临溪要怎么干！\n— 主要目标 —\n地区生产总值增长7%以上；城镇新增就业3万人；居民消费价格涨幅控制在3%左右；',
  ],
];

/** What trails a cut excerpt and is not the report. */
const dropped: [string, string][] = [
  // lines without Han text after the cut paragraph; a page number after a finished sentence
  ['一、新建社区食堂20个。\n二、改造农村公路80公里，\n\n?\n\n1\n\nBaidu\nmap', '一、新建社区食堂20个。\n二、改造农村公路80公里，'],
  ['（10）贯通青年湖等水系。\n\n1\n', '（10）贯通青年湖等水系。'],
  // a closing call late in the text still ends the report; the reply after it is appended
  [
    '各位代表：\n\n今年要新建学校5所，改造农村公路80公里，新增城镇就业1.2万人，完成造林1万亩。\n\n让我们团结一心，为建设美丽临溪而努力奋斗！\n\n楼主说得好，支持。',
    '各位代表：\n\n今年要新建学校5所，改造农村公路80公里，新增城镇就业1.2万人，完成造林1万亩。\n\n让我们团结一心，为建设美丽临溪而努力奋斗！',
  ],
];

test('an excerpt cut mid-sentence keeps its truncated last paragraph', () => {
  for (const [input, expected] of kept) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});

test('what trails the cut paragraph without Han text, or follows a closing call, stays out', () => {
  for (const [input, expected] of dropped) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});
