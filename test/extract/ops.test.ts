import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/extract/quantity/index.js';
import { assertRows, q } from './quantity-cases.js';

test('about: 左右, 约, 近, 大约, 向…迈进/奋进', () => {
  assertRows([
    ['经济增长5%左右', [q('5%左右', 5, '%', 'about')]],
    ['惠及约6700万人', [q('约6700万人', 67000000, '人', 'about')]],
    ['十年增加近70万亿元', [q('近70万亿元', 70000000000000, '元', 'about')]],
    ['大约300家企业', [q('大约300家', 300, '家', 'about')]],
    ['工业企业数量向3000家目标奋进', [q('向3000家目标奋进', 3000, '家', 'about')]],
    ['经济总量向万亿元规模迈进', [q('向万亿元规模迈进', 1000000000000, '元', 'about')]],
  ]);
});

test('at_least: 以上, 超过, 不少于, 不低于, 突破, 多/余 (also between number and multiplier)', () => {
  assertRows([
    ['5G基站达到5000座以上', [q('5000座以上', 5000, '座', 'at_least')]],
    ['减税超过2.4万亿元', [q('超过2.4万亿元', 2400000000000, '元', 'at_least')]],
    ['新建公办园不少于3所', [q('不少于3所', 3, '所', 'at_least')]],
    ['粮食产量不低于1.3万亿斤', [q('不低于1.3万亿斤', 1300000000000, '斤', 'at_least')]],
    ['农民收入力争突破3万元', [q('突破3万元', 30000, '元', 'at_least')]],
    ['引进人才2000多名', [q('2000多名', 2000, '名', 'at_least')]],
    ['栽植花卉200余万株', [q('200余万株', 2000000, '株', 'at_least')]],
    ['培训1万余人', [q('1万余人', 10000, '人', 'at_least')]],
    ['改造二百多万亩', [q('二百多万亩', 2000000, '亩', 'at_least')]],
    ['新增停车泊位1万个以上', [q('1万个以上', 10000, '个', 'at_least')]],
    ['力争签约项目增长30%以上', [q('30%以上', 30, '%', 'at_least')]],
  ]);
});

test('at_most: 以内, 以下, 低于, 不超过, 控制在 X', () => {
  assertRows([
    ['登记失业率控制在4.5%以内', [q('控制在4.5%以内', 4.5, '%', 'at_most')]],
    ['涨幅控制在3%', [q('控制在3%', 3, '%', 'at_most')]],
    ['负债率不超过60%', [q('不超过60%', 60, '%', 'at_most')]],
    ['调查失业率低于5.5%', [q('低于5.5%', 5.5, '%', 'at_most')]],
    ['亏损面降到10%以下', [q('10%以下', 10, '%', 'at_most')]],
  ]);
});

test('a suffix decides over a prefix; 力争 alone changes nothing', () => {
  assertRows([
    ['居民消费价格涨幅控制在3%左右', [q('控制在3%左右', 3, '%', 'about')]],
    ['城镇居民收入力争达到6万元', [q('6万元', 60000, '元')]],
  ]);
});

test('the modifiers are reported, so a caller can read 控制在 in an achievement as exact', () => {
  const [found] = findQuantities('涨幅控制在3.3%');
  assert.deepEqual(found.modifiers, ['控制在']);
  assert.deepEqual(findQuantities('2000多名')[0].modifiers, ['多']);
  assert.deepEqual(findQuantities('向3000家目标奋进')[0].modifiers, ['向…奋进']);
  assert.deepEqual(findQuantities('增长8%')[0].modifiers, []);
});
