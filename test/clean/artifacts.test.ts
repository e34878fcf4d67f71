import { test } from 'node:test';
import assert from 'node:assert/strict';
import { semicolonQuotesPass } from '../../src/clean/passes/quote-semicolons.js';
import { strayMarkersPass } from '../../src/clean/passes/stray-markers.js';
import { lineBreaksPass } from '../../src/clean/passes/line-breaks.js';
import { letterSpacingPass } from '../../src/clean/passes/letter-spacing.js';
import type { CleanPass } from '../../src/clean/pass.js';
import { brief, runPass } from '../helpers/clean.js';

type Row = { pass: CleanPass; input: string; text: string; edits?: [number, number, string, string][] };

const rows: Row[] = [
  // ";;" for quotation marks, alternating within a paragraph, reset at a new paragraph
  { pass: semicolonQuotesPass, input: '落实;;六稳;;工作', text: '落实“六稳”工作', edits: [[2, 4, '“', 'artifact'], [6, 8, '”', 'artifact']] },
  { pass: semicolonQuotesPass, input: '开展;;双减\n推进;;放管服;;改革', text: '开展“双减\n推进“放管服”改革' },
  // stray markers and lone braces
  { pass: strayMarkersPass, input: '全县上下22M坚持稳中求进', text: '全县上下坚持稳中求进', edits: [[4, 7, '', 'artifact']] },
  { pass: strayMarkersPass, input: '报告结束。\n}\n附录', text: '报告结束。\n\n附录' },
  { pass: strayMarkersPass, input: '各位代表：\u200b现在', text: '各位代表：现在' },
  // page numbers between two pages of a PDF copy, with their line break
  { pass: strayMarkersPass, input: '增长\n— 12 —\n8.1%', text: '增长\n8.1%', edits: [[3, 10, '', 'artifact']] },
  { pass: strayMarkersPass, input: '完成\n- 3 -\n投资', text: '完成\n投资' },
  { pass: strayMarkersPass, input: '完成\n　第 3 页　共 20 页\n投资', text: '完成\n投资' },
  { pass: strayMarkersPass, input: '各位代表！\n~5~', text: '各位代表！\n' },
  // spaces inside a figure or between a figure and its unit
  { pass: strayMarkersPass, input: '国内生产总值达到39.8 万亿元，2021 年增长8 %', text: '国内生产总值达到39.8万亿元，2021年增长8%' },
  { pass: strayMarkersPass, input: '地区生产总值增长6.5% 左右', text: '地区生产总值增长6.5%左右' },
  // a space on either side of a decimal point (a PDF's text layer)
  { pass: strayMarkersPass, input: '零售总额1036 .4亿元，分别增长6. 3%和7%', text: '零售总额1036.4亿元，分别增长6.3%和7%' },
  // a spam site's advertisement on a line of its own, and a web address wedged into a word
  { pass: strayMarkersPass, input: '增长8%。\n某某娱乐城_官网_www.example.com_注册即送彩金\n报告提出，今年', text: '增长8%。\n报告提出，今年' },
  { pass: strayMarkersPass, input: '一般公共预算www.example.com收入12亿元，新增停车KY.COM泊位300个', text: '一般公共预算收入12亿元，新增停车泊位300个' },
  // letter-spaced lines (PDF text with its character spacing); a space between Latin words stays
  { pass: letterSpacingPass, input: '政 府 工 作 报 告', text: '政府工作报告' },
  { pass: letterSpacingPass, input: '地 区 生 产 总 值 增 长 6.5% 左 右 。\n正常的一行文字，不动。', text: '地区生产总值增长6.5%左右。\n正常的一行文字，不动。' },
  { pass: letterSpacingPass, input: '推 进 Made in China 行 动 计 划', text: '推进Made in China行动计划' },
  // a few stray spaces between Han characters of running text (a shared document's line breaks)
  { pass: letterSpacingPass, input: '请 予审议，一般公 共预算收入增长6%，旅客吞吐量超过2000万人 次。', text: '请予审议，一般公共预算收入增长6%，旅客吞吐量超过2000万人次。' },
  // …but the space after a story's dateline or a byline's 记者 separates, and stays
  { pass: letterSpacingPass, input: '本报讯 青岭县人代会开幕，县长作报告。', text: '本报讯 青岭县人代会开幕，县长作报告。' },
  { pass: letterSpacingPass, input: '新华社青岭3月5日电 记者 林一 报道，全 年增长6%。', text: '新华社青岭3月5日电 记者 林一 报道，全年增长6%。' },
  // a PDF's page break with its running header: the sentence it cut joins up; after a full stop a line break stays
  {
    pass: strayMarkersPass,
    input: '青岭县人民政府公报　第2期\n一般公共预算收入3\n\n— 1 —\n\n青岭县人民政府公报　第2期\n\n60.8亿元。新增学位\n\n— 2 —\n\n青岭县人民政府公报　第2期\n2000个。\n\n— 3 —\n\n青岭县人民政府公报　第2期\n二、今年工作',
    text: '青岭县人民政府公报　第2期\n一般公共预算收入360.8亿元。新增学位2000个。\n二、今年工作',
  },
  // hard line breaks inside a sentence
  { pass: lineBreaksPass, input: '统筹发展和安全，\n较好完成了任务。', text: '统筹发展和安全，较好完成了任务。', edits: [[8, 9, '', 'artifact']] },
  { pass: lineBreaksPass, input: '降低PM\n2.5浓度', text: '降低PM\n2.5浓度' },
  // a figure cut at its decimal point, whatever the layout
  { pass: lineBreaksPass, input: '粮食总产量126\n.8亿斤。', text: '粮食总产量126.8亿斤。', edits: [[8, 9, '', 'artifact']] },
  { pass: lineBreaksPass, input: '失业率控制在4.\n2%以内。', text: '失业率控制在4.2%以内。' },
  // …or a range at its dash
  { pass: lineBreaksPass, input: '力争1-\n2家企业上市。', text: '力争1-2家企业上市。' },
  { pass: lineBreaksPass, input: '新建公园3\n～5个。', text: '新建公园3～5个。' },
  { pass: lineBreaksPass, input: '新增工程技术研究中心1\n-2家。', text: '新增工程技术研究中心1-2家。' },
  // two figures a break cannot make one (a table's cells: two decimal points) keep a space
  { pass: lineBreaksPass, input: '水产品 100.2\n104.5\n\n第二段。\n\n第三段。\n\n第四段。', text: '水产品 100.2 104.5\n\n第二段。\n\n第三段。\n\n第四段。' },
  // a blank line inside a figure (wiki link rendering): the next line cannot start a sentence, also after a dash
  { pass: lineBreaksPass, input: '——经济运行稳中向好。国内生产总值达到74.4\n\n万亿元。', text: '——经济运行稳中向好。国内生产总值达到74.4万亿元。' },
  { pass: lineBreaksPass, input: '国内生产总值达到74.4\n\n万亿元，增长6.7%。\n\n第二段。', text: '国内生产总值达到74.4万亿元，增长6.7%。\n\n第二段。' },
  {
    pass: lineBreaksPass,
    input: '第一段落的文字在这里没有结束\n而是在下一行继续。\n\n第二段。\n\n第三段。\n\n第四段。\n\n第五段。',
    text: '第一段落的文字在这里没有结束而是在下一行继续。\n\n第二段。\n\n第三段。\n\n第四段。\n\n第五段。',
  },
];

// What must NOT change: real codes and names with numbers, headings after a line, paragraphs one per line.
const unchanged: { pass: CleanPass; input: string }[] = [
  { pass: strayMarkersPass, input: '建成5G基站300座，创建4A级景区' },
  { pass: strayMarkersPass, input: '开通R1号线，PM2.5浓度下降' },
  { pass: strayMarkersPass, input: '{"json": 1}' },
  { pass: strayMarkersPass, input: 'GDP 增长 5%' },
  // a page's source line keeps its date for the metadata; an address in a sentence is the report's
  { pass: strayMarkersPass, input: 'www.example.com 2014年1月12日 来源：某某网' },
  { pass: strayMarkersPass, input: '登录门户网站 www.example.gov.cn，查询办事指南。' },
  // a list entry's number before a figure is no decimal point
  { pass: strayMarkersPass, input: '主要任务：1. 3月底前完成规划；2. 10所学校开工' },
  // a date and the time after it are two tokens
  { pass: strayMarkersPass, input: '发布时间：2024-03-12 10:21 来源：青岭日报' },
  // a few spaces in running text are not letter spacing
  { pass: letterSpacingPass, input: 'GDP 增长 5%，PM2.5 浓度下降' },
  { pass: letterSpacingPass, input: '落实 Made in China 2025 战略，建设制造强县' },
  // a line without a sentence's punctuation keeps its spaces (a byline, a menu, a signature)
  { pass: letterSpacingPass, input: '市长 王某某 副市长 李某某' },
  // a number alone on a line is a table cell, not a page number; a dash inside a sentence is not a page number
  { pass: strayMarkersPass, input: '城镇新增就业（人）\n5000\n6.5' },
  { pass: strayMarkersPass, input: '——2024年1月15日在第十六届人民代表大会第三次会议上' },
  { pass: strayMarkersPass, input: '第三页' },
  { pass: lineBreaksPass, input: '全年完成投资150亿元。\n\n万众一心，共创未来。' },
  { pass: lineBreaksPass, input: '一、2023年工作回顾\n过去一年，全县经济平稳运行。\n（一）产业发展提质增效' },
  { pass: lineBreaksPass, input: '全年完成投资150亿元\n新增就业4000人\n建成公园3个' },
  // the subtitle under the title keeps its line, even in a copy wrapped at a column
  { pass: lineBreaksPass, input: '——2024年1月15日在某县第十八届人民代表大会第三次会议上\n县长　王某某\n各位代表：' },
  { pass: semicolonQuotesPass, input: '新建公园3个; 改造道路5条;' },
];

test('scraping artifacts are repaired', () => {
  for (const row of rows) {
    const { text, edits } = runPass(row.pass, row.input);
    assert.equal(text, row.text, row.input);
    if (row.edits) assert.deepEqual(brief(edits), row.edits, row.input);
  }
});

test('text that only looks like an artifact stays', () => {
  for (const { pass, input } of unchanged) assert.deepEqual(runPass(pass, input).edits, [], input);
});

test('a fixed-width copy is joined at the wrap column only', () => {
  const wrapped = [
    '过去一年全县经济运行总体平稳，地区生产总值',
    '完成186亿元，增长6.2%，一般公共预算收入完',
    '成12.8亿元。新增城镇就业4100人，城镇登记',
    '失业率控制在3.2%，居民收入稳步增长，民生',
    '保障有力有效，社会大局和谐稳定。',
    '二、今年工作安排',
    '今年全县经济社会发展的主要预期目标是：地区',
    '生产总值增长6.5%左右，规上工业增加值增长',
    '8.1%。',
  ].join('\n');
  const { text } = runPass(lineBreaksPass, wrapped);
  assert.equal(
    text,
    '过去一年全县经济运行总体平稳，地区生产总值完成186亿元，增长6.2%，一般公共预算收入完成12.8亿元。新增城镇就业4100人，城镇登记失业率控制在3.2%，居民收入稳步增长，民生保障有力有效，社会大局和谐稳定。\n二、今年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规上工业增加值增长8.1%。',
  );
});
