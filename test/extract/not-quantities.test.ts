import { test } from 'node:test';
import { assertNothing, assertRows, q } from './quantity-cases.js';
import assert from 'node:assert/strict';
import { itemsOf, report } from '../helpers/extract.js';

test('years, dates and durations', () => {
  assertNothing(['2021年', '2016-2020年', '2016—2020年', '二〇二一年', '7月完工', '5月31日前', '连续3年', '近三年', '6个月内', '五个多月', '12时', '上半年']);
});

test('ordinals and rates', () => {
  assertNothing(['居全省第18位', '第十四届', '第3批', '第一', '每千人拥有', '每10万人口', '二次会议', '一期工程', '北三县一体化', '“三县一市”', '三门峡水利枢纽', '推进自贸区3.0版谈判']);
  // a bare 万元 before what is produced is a denominator (per 10,000 yuan of GDP)
  assertNothing(['万元GDP能耗', '万元地区生产总值用水量', '万元工业增加值用水量']);
});

test('names and codes with numbers', () => {
  assertNothing([
    '“1+30”政策体系', '7×24小时服务', '十四五时期', '十三五期间', '“四个全面”', '“三供一业”', '“三化三制”', '5G网络',
    '4A级景区', '5A级', 'R1号线', 'PM2.5浓度', '12345热线', '地铁3号线', '二青会', '100周年', '“一件事一次办”',
    '千亿级产业', '80后', '三级医院', 'M2增长', '“双50%”目标', '千万千瓦级新能源基地', '10千伏线路', '九届三次、四次全会',
  ]);
});

test('enumerations and words that contain 一 or another numeral', () => {
  assertNothing([
    '一是', '二是', '一体化', '一批重大项目', '一流大学', '统一', '进一步', '一网通办', '双随机', '一个重要', '一项改革',
    '千家万户', '八项规定', '四个意识', '三天两头', '十分重要', '千方百计', '两个维护', '几万亩', '数百家', '上万人',
    '十四五期间', '唯一', '“两抢一盗”', '零部件', '零件', '三门峡', '依托百度', '机场三期', '二期工程',
  ]);
});

test('list markers and bare integers that are names', () => {
  assertNothing(['1、加快发展', '(1)推进改革', '（2）深化', '1.坚持']);
});

test('next to a name, the real quantity still counts', () => {
  assertRows([
    ['“先进成形与智能装备”等5个省级重点实验室', [q('5个', 5, '个')]],
    ['实现95%以上政务服务“一网通办”', [q('95%以上', 95, '%', 'at_least')]],
    ['2021年地区生产总值增长8%', [q('8%', 8, '%')]],
    ['第3批共12个项目', [q('12个', 12, '个')]],
    ['全省第1位，增长9.2%', [q('9.2%', 9.2, '%')]],
  ]);
});

test('the size of a report\'s structure or of a list, and a page counting its readers', () => {
  assertNothing([
    '主要抓了九个方面工作', '报告共分三个部分', '办好十件民生实事', '重点实施35项民生实事', '做好8项重点工作', '抓好7个方面的工作',
    '浏览次数：36', '阅读量11200', '1751次浏览', '读完约4分钟', '全文2850字', '2018-01-09',
    '民生实事项目共11项', '制定实施八个“行动方案”和两组“若干措施”', '迈上千亿元台阶',
  ]);
  assertRows([
    ['新建10个社区服务中心', [q('10个', 10, '个')]],
    ['完成改革任务12项', [q('12项', 12, '项')]],
    ['浏览器兼容改造5个', [q('5个', 5, '个')]],
    ['建设10个“美丽乡村”示范村', [q('10个', 10, '个')]],
    ['财政总收入突破亿元大关', [q('突破亿元', 100000000, '元', 'at_least')]],
  ]);
});

test('pieces of a figure masked or split apart, a service around the clock, a class over a round amount', () => {
  assertNothing(['全县生产总值完成2**.6亿元', '同口径增长1*.2%', '实行24小时开放', '开票销售超亿元企业', '继续实施33项民生工程']);
});

test('a class whose every member something is said of counts nothing; a share of people does', () => {
  const review = '去年建成农村硬化路2000公里，50户以上自然村全部通硬化路，100人以上企业均建立工会。';
  assert.deepEqual(itemsOf(report('一、2023年工作回顾', review)).map((c) => [c.text, c.low]), [['去年建成农村硬化路2000公里', 2000]]);
  const coverage = '新改建农村公路500公里，实现30户以上自然村寨通硬化路全覆盖。';
  assert.deepEqual(itemsOf(report('二、2024年工作安排', coverage)).map((c) => [c.low, c.unit]), [[500, '公里']]);
  const plan = '确保今年底95%以上的学生都能在新校舍中学习。';
  assert.deepEqual(itemsOf(report('二、2024年工作安排', plan)).map((c) => [c.low, c.unit]), [[95, '%']]);
});

test('where things are is no count of what is delivered', () => {
  const plan = '改造老旧小区40个，主要集中在城东、城西两个街道；新建村级服务站，分布在全县12个乡镇。';
  assert.deepEqual(itemsOf(report('二、2024年工作安排', plan)).map((c) => [c.text, c.low]), [['改造老旧小区40个', 40]]);
});
