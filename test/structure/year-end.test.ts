import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// A year named with its end (2023年底前, 1998年末): a deadline or a figure at the year's end. Texts written for these
// tests in the style of reports and excerpts of their plan and review parts.

const read: MetaRow[] = [
  {
    // a deadline ahead is the plan's year: weak, as a plan may set one years ahead
    input: '深化审批制度改革，2023年底前县乡两级行政审批事项再精简20%。',
    expected: { year: 2023 },
    confidence: { year: 'low' },
    warnings: ['year-weak'],
  },
  {
    // a figure at the year's end aimed at (力争) is the plan's, whatever verb carries it
    input: '积极组织城乡居民储蓄，力争1998年末城乡储蓄存款余额突破80亿元。',
    expected: { year: 1998 },
    confidence: { year: 'low' },
  },
  {
    // a figure counted at the year's end, against the year before: the year under review
    input: '2012年末，全县金融机构存款余额达到120亿元，比上年增长15%。',
    expected: { year: 2013 },
  },
  {
    // a deadline reported met
    input: '2012年底前已全部完成农村危房改造任务。',
    expected: { year: 2013 },
  },
  {
    // stronger evidence decides: a plan sets a deadline years ahead
    input: '二、2023年工作安排\n加快轨道交通建设，2025年底前建成地铁3号线。',
    expected: { year: 2023 },
    confidence: { year: 'medium' },
  },
];

const notEvidence: MetaRow[] = [
  {
    // a deadline qualifying a thing
    input: '2005年底前注册的黄标车今年要全部淘汰。',
    expected: { year: undefined },
    warnings: ['year-missing'],
  },
  {
    // a sentence that calls its own year 今年 names another by its number
    input: '今年开工建设地铁3号线，2025年底前建成通车。',
    expected: { year: undefined },
  },
  {
    // a bound (到…年底)
    input: '到2025年底，全市建成5G基站1万个。',
    expected: { year: undefined },
  },
];

test('a year named with its end relates by its clause', () => checkMetaRows(read));
test('a year end that says nothing of the report', () => checkMetaRows(notEvidence));
