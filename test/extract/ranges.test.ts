import { test } from 'node:test';
import { assertRows, q } from './quantity-cases.js';

test('ranges: both ends written, one unit', () => {
  assertRows([
    ['地区生产总值增长8%-8.5%', [q('8%-8.5%', 8, '%', 'range', 8.5)]],
    ['预期增长6.0%—6.5%', [q('6.0%—6.5%', 6, '%', 'range', 6.5)]],
    ['预期增长6%－6.5%', [q('6%－6.5%', 6, '%', 'range', 6.5)]],
    ['预期增长8%至8.5%', [q('8%至8.5%', 8, '%', 'range', 8.5)]],
    ['建设10个-15个示范村', [q('10个-15个', 10, '个', 'range', 15)]],
  ]);
});

test('ranges: the first end takes the unit and multiplier of the second', () => {
  assertRows([
    ['预期增长8—8.5%', [q('8—8.5%', 8, '%', 'range', 8.5)]],
    ['建设10到15个示范村', [q('10到15个', 10, '个', 'range', 15)]],
    ['建设10-15个示范村', [q('10-15个', 10, '个', 'range', 15)]],
    ['吸纳就业1-2万人', [q('1-2万人', 10000, '人', 'range', 20000)]],
    ['吸纳就业1万-2万人', [q('1万-2万人', 10000, '人', 'range', 20000)]],
    ['培育三至五家龙头企业', [q('三至五家', 3, '家', 'range', 5)]],
  ]);
});

test('not ranges: different units, a dash between clauses, a span of years', () => {
  assertRows([
    ['增长8%-增长9%', [q('8%', 8, '%'), q('9%', 9, '%')]],
    ['完成5个-3%', [q('5个', 5, '个'), q('3%', 3, '%')]],
    ['2016-2020年年均增长6.6%', [q('6.6%', 6.6, '%')]],
  ]);
});

test('a range stays a range whatever modifier surrounds it', () => {
  assertRows([['增长8%-8.5%左右', [q('8%-8.5%左右', 8, '%', 'range', 8.5)]]]);
});
