/**
 * The whole pipeline after reading (clean → structure → extract) on random and hostile text: it never throws,
 * and every item's span lies inside the input. That time grows linearly with the input is measured by
 * scripts/bench-linear.ts (a test that times itself fails on two busy cores).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { random } from '../helpers/random.js';
import { analyze } from '../../src/analyze.js';
import type { Source } from '../../src/read/index.js';

const source = (text: string): Source => ({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: 'fuzz', bytes: text.length });

/** Tokens: single characters of every kind the stages look at, and the words that make items and sections. */
const TOKENS = [
  ...'0123456789012345678901234567890123456789',
  ...'〇零一二两三四五六七八九十百千万亿',
  ...'%%%‰.．,-—~～至到+',
  ...'，。；：、“”‘’《》（）()【】！？…',
  ...'\n\n\n\r\n \u3000\t',
  ...'的发展建设全县市区乡镇村民生产总值收入就业学校医院公里所座个家人吨亩元',
  ...'０１２３４５６７８９％', // full-width forms the cleaner rewrites
  ...'忣鍀這個發\u200b\ufeff\u00a0', // homophones, traditional forms, invisible characters
  '\ud83d\ude00', // a surrogate pair
  '\ud800', // a lone surrogate
  '增长', '以上', '以下', '以内', '左右', '年底', '年底前', '月底前', '万', '亿', '万元', '亿元', '约', '超过', '不低于',
  '控制在', '达到', '完成', '新建', '改造', '建成', '力争', '确保', '今年', '明年', '去年', '全年', '2023年', '2024年',
  '2025年', '二〇二四年', '7月', '6月底', '第一季度', '十四五', '一、', '二、', '三、', '（一）', '1.', '工作回顾',
  '工作安排', '主要预期目标是：', '——2024年1月16日在临溪县第十八届人民代表大会第四次会议上', '各位代表：', '增长8%-',
];

function randomText(next: () => number, tokens: number): string {
  let text = '';
  for (let k = 0; k < tokens; k++) text += TOKENS[Math.floor(next() * TOKENS.length)];
  return text;
}

/** Runs the pipeline and checks every span; the message is built only on failure (the text may be a megabyte). */
function check(text: string, label: string): number {
  let items;
  try {
    items = analyze(source(text)).extraction.commitments;
  } catch (e) {
    assert.fail(`${label}: threw ${e instanceof Error ? e.stack : String(e)} on ${JSON.stringify(text.slice(0, 300))}`);
  }
  for (const c of items) {
    const { start, end } = c.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length))
      assert.fail(`${label}: span ${start}-${end} outside 0-${text.length}: ${JSON.stringify(c)} in ${JSON.stringify(text.slice(0, 300))}`);
    if (typeof c.text !== 'string' || c.text.length === 0) assert.fail(`${label}: empty text ${JSON.stringify(c)}`);
  }
  return items.length;
}

test('random short texts never throw, and every span lies inside the input', () => {
  const next = random(20240116);
  let items = 0;
  for (let n = 0; n < 3000; n++) {
    const seedText = randomText(next, 1 + Math.floor(next() * 60));
    items += check(seedText, `case ${n}`);
  }
  assert.ok(items > 100, `only ${items} items over all cases: the fuzz is not reaching the extractors`);
});

test('random reports: a date line, a review and a plan section around random text', () => {
  const next = random(16);
  for (let n = 0; n < 200; n++) {
    const text =
      `临溪县人民政府工作报告\n\n——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n${randomText(next, 80)}\n\n` +
      `二、2024年工作安排\n\n${randomText(next, 80)}\n`;
    check(text, `report ${n}`);
  }
});

test('a 1 MB single line, and 10,000 repetitions of "增长8%-"', () => {
  const next = random(7);
  const parts: string[] = [];
  let size = 0;
  while (size < 1 << 20) {
    const token = TOKENS[Math.floor(next() * TOKENS.length)].replace(/[\r\n]/g, '');
    parts.push(token);
    size += token.length;
  }
  check(parts.join(''), '1 MB line');
  check('增长8%-'.repeat(10_000), '10,000 repetitions');
  check(`二、2024年工作安排\n${'增长8%-'.repeat(10_000)}`, 'repetitions in a plan section');
});
