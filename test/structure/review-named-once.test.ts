import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// An excerpt whose review of last year names that year once, in a sentence no cue relates. Texts written for these
// tests in the style of a county report's review and plan parts.

const rows: MetaRow[] = [
  {
    // the one year the review names: the year under review, weakly
    input:
      '一、过去一年工作回顾\n全县生产总值增长7%，城乡居民收入稳步提高。2022年全县人口自然增长率控制在5‰以内。\n二、今年的主要任务\n今年全县生产总值预期增长6%左右。',
    expected: { year: 2023 },
    confidence: { year: 'low' },
    warnings: ['year-weak'],
  },
  {
    // a baseline is not the year under review
    input: '一、过去一年工作回顾\n全县生产总值比2010年翻了一番，城乡居民收入稳步提高。\n二、今年的主要任务\n今年全县生产总值预期增长6%左右。',
    expected: { year: undefined },
    warnings: ['year-missing'],
  },
  {
    // two years named once each: neither is told to be the one reviewed
    input: '一、过去一年工作回顾\n2021年新建学校3所。2022年全县人口自然增长率控制在5‰以内。\n二、今年的主要任务\n今年全县生产总值预期增长6%左右。',
    expected: { year: undefined },
  },
];

test('a year the review names once', () => checkMetaRows(rows));
