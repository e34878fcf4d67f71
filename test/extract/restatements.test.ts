import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemsOf, report } from '../helpers/extract.js';

test('a headline target restated later is one item: the first statement', () => {
  const body = '主要预期目标是：地区生产总值增长6.5%左右。\n\n提出地区生产总值增长6.5%左右的目标，是综合考虑各方面因素确定的。';
  const targets = itemsOf(report('二、2024年工作安排', body)).filter((c) => c.indicator === 'gdp_growth');
  assert.equal(targets.length, 1);
  assert.equal(targets[0].text, '地区生产总值增长6.5%左右');
});

test('the same figure for different things is kept twice', () => {
  const body = '新建幼儿园3所，新建养老院3所。';
  assert.equal(itemsOf(report('二、2024年工作安排', body)).length, 2);
});
