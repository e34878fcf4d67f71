import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/extract/quantity/index.js';
import { assertRows, q } from './quantity-cases.js';

test('Arabic figures: decimals, thousands separators, multipliers applied exactly', () => {
  assertRows([
    ['全年新增城镇就业8.5万人', [q('8.5万人', 85000, '人')]],
    ['全市生产总值达到4153.25亿元', [q('4153.25亿元', 415325000000, '元')]],
    ['新建停车位1,200个', [q('1,200个', 1200, '个')]],
    ['财政收入11，038，000元', [q('11，038，000元', 11038000, '元')]],
    ['举办培训班3期', [q('3期', 3, '期')]],
    ['落实播种面积95.3万亩', [q('95.3万亩', 953000, '亩')]],
    ['全国财政收入13.57万亿元', [q('13.57万亿元', 13570000000000, '元')]],
    ['经济总量迈上4千亿元台阶', [q('迈上4千亿元', 400000000000, '元', 'at_least')]],
    ['新增装机100万千瓦', [q('100万千瓦', 1000000, '千瓦')]],
    ['全年发电1.2万千瓦时', [q('1.2万千瓦时', 12000, '千瓦时')]],
    ['综合污染指数下降到5.91', [q('5.91', 5.91, '')]],
  ]);
});

test('Chinese numerals before a measure word', () => {
  assertRows([
    ['招聘一千二百名教师', [q('一千二百名', 1200, '名')]],
    ['建成三十五个服务站', [q('三十五个', 35, '个')]],
    ['出台十二项措施', [q('十二项', 12, '项')]],
    ['发放两轮消费券', [q('两轮', 2, '轮')]],
    ['打造四个千亿级产业链', [q('四个', 4, '个')]],
    ['改造三百万千瓦机组', [q('三百万千瓦', 3000000, '千瓦')]],
    ['投入三亿五千万元', [q('三亿五千万元', 350000000, '元')]],
    ['新增一百零五家门店', [q('一百零五家', 105, '家')]],
    ['每个乡镇建设一所中心幼儿园', [q('一所', 1, '所')]],
    ['出口额增长一倍', [q('一倍', 1, '倍')]],
  ]);
});

test('a bare multiplier before a measure word is a round number', () => {
  assertRows([
    ['建设万亩高标准农田', [q('万亩', 10000, '亩')]],
    ['启动百项科技攻关', [q('百项', 100, '项')]],
    ['布局千亩示范园', [q('千亩', 1000, '亩')]],
    ['全年开展百场招聘会', [q('百场', 100, '场')]],
  ]);
});

test('shares in words and signs, each in its own unit: 百分之 %, 千分之 and ‰ ‰ (as gold-format.md labels them)', () => {
  assertRows([
    ['贫困发生率降低百分之八', [q('百分之八', 8, '%')]],
    ['出生率提高千分之三', [q('千分之三', 3, '‰')]],
    ['人口自然增长率控制在千分之四点五以内', [q('控制在千分之四点五以内', 4.5, '‰', 'at_most')]],
    ['覆盖率达到百分之九十五', [q('百分之九十五', 95, '%')]],
    ['增长百分之三点五', [q('百分之三点五', 3.5, '%')]],
    ['增长百分之十点五', [q('百分之十点五', 10.5, '%')]],
    ['死亡率降到3‰', [q('3‰', 3, '‰')]],
  ]);
});

test('several quantities in one clause, even where punctuation was lost', () => {
  assertRows([
    ['年均增长6.6%总量迈上4千亿元台阶', [q('6.6%', 6.6, '%'), q('迈上4千亿元', 400000000000, '元', 'at_least')]],
    ['分别增长8%和8%以上', [q('8%', 8, '%'), q('8%以上', 8, '%', 'at_least')]],
    ['派出6批147名医护人员', [q('6批', 6, '批'), q('147名', 147, '名')]],
  ]);
});

test('the number span covers the numeral and its multiplier, without the share prefix or the unit', () => {
  const at = (input: string) => findQuantities(input).map((x) => input.slice(x.number.start, x.number.end));
  assert.deepEqual(at('就业8.5万人'), ['8.5万']);
  assert.deepEqual(at('增长百分之八'), ['八']);
  assert.deepEqual(at('增长8%-8.5%'), ['8%-8.5']);
  assert.deepEqual(at('栽植200余万株'), ['200余万']);
});
