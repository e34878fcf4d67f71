import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBody } from '../../src/clean/body.js';

/**
 * A report starts at its title: from the salutation or the date line the body goes up over the preamble (date
 * line, also split or in brackets, letter-spaced or in traditional characters; the speaker, a name alone) and a
 * page's info bar between them, up to the title. Navigation and spam titles above stay out.
 * Rows are [input, expected body text].
 */
const text = '各位代表：\n现在，我代表县人民政府，向大会报告工作。\n全年地区生产总值增长6.2%，城镇新增就业5200人，';

const preambles: [string, string][] = [
  // a portal copy: navigation, the title, its info bar, a date line in two, the speaker
  [
    `设为首页 收藏本站\n您当前的位置：首页 > 两会 > 报告\n政府工作报告（全文）\n2024年2月17日 10:26\n2024年2月9日在临溪县\n第十五届人民代表大会第一次会议上\n代县长 王某某\n${text}`,
    `政府工作报告（全文）\n2024年2月17日 10:26\n2024年2月9日在临溪县\n第十五届人民代表大会第一次会议上\n代县长 王某某\n${text}`,
  ],
  // a letter-spaced title and a date line with spaces
  [
    `温度：25-36℃ 天气：多云\n政 府 工 作 报 告\n——2024 年 5 月 26 日在临溪市第十六届人民代表大会第六次会议上\n临溪市市长 王 某\n${text}`,
    `政 府 工 作 报 告\n——2024 年 5 月 26 日在临溪市第十六届人民代表大会第六次会议上\n临溪市市长 王 某\n${text}`,
  ],
  // traditional characters, the date line first
  [`——2016年1月6日在臨溪市第十五屆人民代表大會第五次會議上\n市長 王某\n${text}`, `——2016年1月6日在臨溪市第十五屆人民代表大會第五次會議上\n市長 王某\n${text}`],
  // the date line without dashes and a name alone under it
  [`收藏本站\n政府工作报告\n\n2024年3月5日在临溪县第一届人民代表大会第四次会议上\n\n王某某\n\n${text}`, `政府工作报告\n\n2024年3月5日在临溪县第一届人民代表大会第四次会议上\n\n王某某\n\n${text}`],
  // the title in brackets of a page
  [`当前位置：\n临溪市《政府工作报告》(全文)\n市长 王某某\n${text}`, `临溪市《政府工作报告》(全文)\n市长 王某某\n${text}`],
];

/** What is above the preamble and is not the report. */
const outside: [string, string][] = [
  // a spam title over the date line
  [`临溪县经济发展简要概述是否发达\n\n——2024年2月23日在临溪县第十四届人民代表大会\n\n${text}`, `——2024年2月23日在临溪县第十四届人民代表大会\n\n${text}`],
];

test('a report starts at its title, over its preamble', () => {
  for (const [input, expected] of preambles) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});

test('what stands above the preamble stays out', () => {
  for (const [input, expected] of outside) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});
