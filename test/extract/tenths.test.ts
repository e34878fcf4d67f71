import { test } from 'node:test';
import { assertNothing, assertRows, q } from './quantity-cases.js';

/** A share written in tenths (三成, 九成以上): a lone Chinese digit and 成 is that many tens of per cent. */
test('tenths are shares in %', () => {
  assertRows([
    ['占总装机比重提高到四成以上', [q('四成以上', 40, '%', 'at_least')]],
    ['全年粮食比上年增产一成', [q('一成', 10, '%')]],
    ['行政村通客车率达到八成，', [q('八成', 80, '%')]],
    ['两成的居民参加培训', [q('两成', 20, '%')]],
  ]);
});

test('成 in words and idioms is no share', () => {
  assertNothing(['坚持一成不变的做法', '游客三五成群', '建成投用', '九成新的设备', '形成合力']);
});
