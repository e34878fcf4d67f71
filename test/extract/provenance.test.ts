import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

const fixture = readFileSync(new URL('../fixtures/clean/county-report.txt', import.meta.url), 'utf8');
const sample = readFileSync(new URL('../../samples/county-report-dirty.txt', import.meta.url), 'utf8');

test('on clean text every item’s span is exactly its text in the original', () => {
  const { commitments } = extract(structure(clean({ text: fixture })));
  assert.ok(commitments.length > 30);
  for (const c of commitments) assert.equal(fixture.slice(c.span.start, c.span.end), c.text);
});

test('on a dirty copy every span lies in the body and covers the item (modulo repairs)', () => {
  const cleaned = clean({ text: sample });
  const { commitments } = extract(structure(cleaned));
  assert.ok(commitments.length > 30);
  for (const c of commitments) {
    assert.ok(cleaned.body.start <= c.span.start && c.span.end <= cleaned.body.end, c.text);
    // the digits of a figure are never repaired, so they appear in the original span as they do in the text
    const digits = (s: string) => s.replace(/[^0-9.]/g, '');
    assert.equal(digits(sample.slice(c.span.start, c.span.end).normalize('NFKC')), digits(c.text), c.text);
  }
});

test('an item starts at its own first word, not at the list mark before it', () => {
  const text = '政府工作报告\n二、2024年工作安排\n力争接待游客突破1000万人次、旅游收入达到100亿元，实施老旧小区改造30个、惠及居民1.2万户。';
  const { commitments } = extract(structure(clean({ text })));
  const texts = commitments.map((c) => c.text);
  for (const t of ['旅游收入达到100亿元', '惠及居民1.2万户']) assert.ok(texts.includes(t), `${t} in ${texts.join(' | ')}`);
  for (const c of commitments) assert.equal(text.slice(c.span.start, c.span.end), c.text);
});

test('a later figure after 分别 is stated by the run from its subject, as the first is', () => {
  const text = '政府工作报告\n一、2024年工作回顾\n过去一年，城乡居民人均可支配收入分别增长5.2%和6.8%。';
  const { commitments } = extract(structure(clean({ text })));
  assert.deepEqual(
    commitments.map((c) => [c.text, c.indicator, c.low]),
    [
      ['城乡居民人均可支配收入分别增长5.2%', 'urban_income_growth', 5.2],
      ['城乡居民人均可支配收入分别增长5.2%和6.8%', 'rural_income_growth', 6.8],
    ],
  );
});

test('a figure continuing the subject of the clause before is stated from that subject', () => {
  const text = '政府工作报告\n一、2023年工作回顾\n过去一年，全区地区生产总值完成285.6亿元，同比增长6.2%。';
  const { commitments } = extract(structure(clean({ text })));
  assert.deepEqual(
    commitments.map((c) => [c.text, c.indicator]),
    [
      ['全区地区生产总值完成285.6亿元', 'gdp_total'],
      ['地区生产总值完成285.6亿元，同比增长6.2%', 'gdp_growth'],
    ],
  );
  for (const c of commitments) assert.equal(text.slice(c.span.start, c.span.end), c.text);
});

test('an entry of a numbered list starts after its ordinal; a decimal is no ordinal', () => {
  const text = '政府工作报告\n二、2024年工作安排\n今年办好以下民生实事：\n1．新建公办幼儿园2所。\n（2）为全县1.2万名困难群众购买保险。\n3、1.5万户农村家庭完成改厕。';
  const { commitments } = extract(structure(clean({ text })));
  assert.deepEqual(commitments.map((c) => c.text), ['新建公办幼儿园2所', '为全县1.2万名困难群众购买保险', '1.5万户农村家庭完成改厕']);
  for (const c of commitments) assert.equal(text.slice(c.span.start, c.span.end), c.text);
});

test('a figure continuing the figure of the clause just before, with no indicator named, is stated from it', () => {
  const rows: [string, string[]][] = [
    ['招商引资到位资金156亿元，同比增长12.3%。', ['招商引资到位资金156亿元', '招商引资到位资金156亿元，同比增长12.3%']],
    // not across a clause without a figure
    ['完成投资28.6亿元，项目建设有序推进，增长12%。', ['完成投资28.6亿元', '增长12%']],
  ];
  for (const [body, expected] of rows) {
    const text = `政府工作报告\n一、2023年工作回顾\n${body}`;
    assert.deepEqual(extract(structure(clean({ text }))).commitments.map((c) => c.text), expected, body);
  }
});
