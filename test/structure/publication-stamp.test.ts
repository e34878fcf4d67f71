import { test } from 'node:test';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

// A page's publication stamp: when the page was put up, weak evidence of the year and never the day of delivery.
// Texts written for these tests in the style of news pages and e-paper editions.

const rows: MetaRow[] = [
  {
    // a newspaper page's masthead
    input: '临溪日报　2016年02月24日　第01版\n本报评论员\n昨天闭幕的县人代会审议通过了政府工作报告。今年全县将新建学校5所。',
    expected: { year: 2016, date: undefined },
    confidence: { year: 'low' },
    warnings: ['year-weak'],
  },
  {
    // …with the plan's start beside it: two kinds of evidence agree
    input: '临溪日报　2016年02月24日　第01版\n报告部署了今年的工作，确保“十三五”开好局、起好步。',
    expected: { year: 2016 },
    confidence: { year: 'medium' },
  },
  {
    // a date in the story is no stamp
    input: '2016年2月24日，县委召开常委会议。今年全县将新建学校5所。',
    expected: { year: undefined },
  },
];

test('a newspaper page\'s masthead stamps it', () => checkMetaRows(rows));
