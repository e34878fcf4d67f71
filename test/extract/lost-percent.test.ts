import { test } from 'node:test';
import { assertRows, q } from './quantity-cases.js';

test('a growth rate whose % sign a copy lost is a rate', () => {
  assertRows([
    ['一般公共预算收入1788.46亿元，比上年增长0.8，其中', [q('1788.46亿元', 178846000000, '元'), q('0.8', 0.8, '%')]],
    ['地方收入增长1.2。', [q('1.2', 1.2, '%')]],
    ['第一产业增加值451亿元,比上年增长3.6;', [q('451亿元', 45100000000, '元'), q('3.6', 3.6, '%')]],
    ['商品零售价格上涨3.3，', [q('3.3', 3.3, '%')]],
  ]);
});

test('a figure after a growth verb keeps the unit it has, and one the line breaks is no rate', () => {
  assertRows([
    ['出口增长1.2倍，', [q('1.2倍', 1.2, '倍')]],
    ['比上年增加5亿元。', [q('5亿元', 500000000, '元')]],
    ['涨幅提高0.5个百分点，', [q('0.5个百分点', 0.5, '百分点')]],
    // a PDF line broke the figure (增长2 / 1.4%): the part a line or a sentence ends is no rate of its own
    ['投资增长2\n1.4%', [q('1.4%', 1.4, '%')]],
    ['投资增长21', []],
    // a count, not a change
    ['新建学校3，', [q('3', 3, '')]],
  ]);
});
