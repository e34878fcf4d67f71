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

test('a result repeated in a later paragraph is one item; a recalled target is no result', () => {
  const body =
    '城镇调查失业率平均为5.1%。全县没有实现年初确定的单位地区生产总值能耗降低3%左右的目标。\n\n去年城镇调查失业率平均为5.1%，今年要稳定在5.5%左右。';
  const items = itemsOf(report('一、2023年工作回顾', body));
  assert.deepEqual(items.map((c) => [c.kind, c.indicator, c.low]), [
    ['achievement', 'surveyed_unemployment', 5.1],
    // looking ahead inside a review is a target
    ['target', 'surveyed_unemployment', 5.5],
  ]);
});

test('an entry restated under its own sub-heading is one item; the same figure said of another thing is not', () => {
  const body = '一、新建、改扩建中小学12所，新增学位6000个。\n（一）新建、改扩建中小学12所，新增学位6000个\n建设城东小学等项目12个。';
  const items = itemsOf(report('二、2024年民生实事', body)).filter((c) => c.kind === 'target');
  assert.deepEqual(items.map((c) => [c.text, c.low]), [
    ['新建、改扩建中小学12所', 12],
    ['新增学位6000个', 6000],
    ['建设城东小学等项目12个', 12],
  ]);
});

test('a later sentence explaining an entry restates its figure once; another thing of the same figure there is kept', () => {
  const body =
    '1.新建城区公办幼儿园12所，新增学位3600个。\n2.建设乡镇卫生院国医馆30个。\n' +
    '其中，新建的12所公办幼儿园主要分布在城东新区。全县遴选30个乡镇卫生院开展国医馆建设，组织30个专家小组下乡帮扶。';
  const items = itemsOf(report('二、2024年民生实事', body)).filter((c) => c.kind === 'target');
  assert.deepEqual(items.map((c) => [c.text, c.low]), [
    ['新建城区公办幼儿园12所', 12],
    ['新增学位3600个', 3600],
    ['建设乡镇卫生院国医馆30个', 30],
    ['组织30个专家小组下乡帮扶', 30],
  ]);
});

test("the sentences after an entry's title in its paragraph explain it: a name in common is enough", () => {
  const body =
    '（一）新建改扩建乡村道路200公里。对全县200公里通组道路进行拓宽、硬化，年内全部完工。\n' +
    '（二）改造老旧小区40个。同步新增停车泊位40个。';
  const items = itemsOf(report('二、2024年民生实事', body)).filter((c) => c.kind === 'target');
  assert.deepEqual(items.map((c) => [c.text, c.low]), [
    ['新建改扩建乡村道路200公里', 200],
    ['改造老旧小区40个', 40],
    // another thing of the same figure, nothing in common with the title
    ['同步新增停车泊位40个', 40],
  ]);
});
