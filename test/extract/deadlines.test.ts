import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeIn } from '../../src/extract/deadline.js';
import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract } from '../../src/extract/index.js';

/** [clause, report year, expected deadline or undefined, the time word found] */
const rows: [string, number, string | undefined, string?][] = [
  ['年底5G基站达到500座以上', 2024, '2024-12-31', '年底'],
  ['年内完成人才公寓一期工程', 2024, '2024-12-31', '年内'],
  ['上半年开工建设溪南物流园', 2024, '2024-06-30', '上半年'],
  ['下半年全面投用', 2024, '2024-12-31', '下半年'],
  ['县体育中心7月完工', 2024, '2024-07-31', '7月'],
  ['10月底前完成提标改造', 2024, '2024-10-31', '10月底'],
  ['二月底前完成', 2024, '2024-02-29', '二月底'],
  ['一季度开工', 2024, '2024-03-31', '一季度'],
  ['第三季度建成', 2024, '2024-09-30', '第三季度'],
  ['“五一”前完成南门改造', 2024, '2024-04-30', '“五一”前'],
  ['“七一”前完成验收', 2024, '2024-06-30', '“七一”前'],
  ['国庆前建成全民健身馆', 2024, '2024-09-30', '国庆前'],
  ['元旦前全部入住', 2024, '2024-12-31', '元旦前'],
  ['春节前发放到位', 2024, '2024-02-09', '春节前'],
  ['确保2026年建成招生', 2024, '2026-12-31', '2026年'],
  ['到2030年全县森林覆盖率达到45%', 2026, '2030-12-31', '到2030年'],
  ['“十五五”末达到300亿元', 2026, '2030-12-31', '“十五五”末'],
  // the next year
  ['力争明年6月地铁1号线建成通车', 2024, '2025-06-30', '明年6月'],
  ['明年上半年投入使用', 2024, '2025-06-30', '明年上半年'],
  ['明年一季度开工', 2024, '2025-03-31', '明年一季度'],
  ['明年底前全面完成', 2024, '2025-12-31', '明年底'],
  // a named year with its month, quarter or half; a span of years counted from this one
  ['预计2025年上半年建成投产', 2025, '2025-06-30', '2025年上半年'],
  ['2026年6月底前建成通车', 2025, '2026-06-30', '2026年6月底'],
  ['力争用两年左右时间完成改造', 2025, '2026-12-31', '用两年左右时间'],
  // a day due, or a day that ends the text read (a 完成时限 cell); a day that is a date of an event gives its month
  ['6月15日前完成河道清淤', 2024, '2024-06-15', '6月15日前'],
  ['2025年11月30日前全部完工', 2025, '2025-11-30', '2025年11月30日前'],
  ['2025年6月15日', 2025, '2025-06-15', '2025年6月15日'],
  ['9月31日前完成', 2024, '2024-09-30', '9月'],
  ['2月26日在青岭县召开', 2024, '2024-02-29', '2月'],
  // …but the day a meeting opened or closed dates no deadline
  ['在1月8日闭幕的县十八届人大四次会议上', 2024, undefined],
  ['2月26日上午开幕的大会', 2024, undefined],
  // a year before the report year is a comparison base, not a deadline
  ['单位生产总值能耗比2020年下降13.5%', 2024, undefined],
  ['新建幼儿园2所', 2024, undefined],
];

test('deadlines from time words, relative to the report year', () => {
  for (const [clause, year, deadline, word] of rows) {
    const found = timeIn(clause, year);
    assert.equal(found?.deadline, deadline, clause);
    if (word) assert.equal(clause.slice(found!.start, found!.end), word, clause);
  }
});

test('where the report year is unknown, a time counted from it gives no date, one naming its year does', () => {
  assert.deepEqual(timeIn('7月底前建成通车', undefined), { start: 0, end: 3 });
  assert.deepEqual(timeIn('到2027年建成国家创新型城市', undefined), { deadline: '2027-12-31', start: 0, end: 6 });
});

test('an excerpt with no year keeps its items, dated only where its words date them', () => {
  // a page from the middle of a plan: no year, session or dated event anywhere
  const text = '（三）抓好项目建设。力争新开工重点项目40个，7月底前建成城北污水处理厂，到2027年全县森林覆盖率达到45%。';
  const items = extract(structure(clean({ text }))).commitments.filter((c) => c.kind !== 'task');
  assert.deepEqual(items.map((c) => [c.kind, c.low, c.deadline]), [
    ['target', 40, undefined],
    ['milestone', undefined, undefined],
    ['target', 45, '2027-12-31'],
  ]);
});

test('a report delivered in December plans for the next year: its 明年 is the report year', () => {
  const text = '——2024年12月26日在临溪县第十八届人民代表大会第五次会议上\n\n各位代表：\n\n预计今年全县地区生产总值增长6%。明年全县地区生产总值增长6.5%左右，年底前建成城北污水处理厂。';
  const doc = structure(clean({ text }));
  assert.equal(doc.meta.year, 2025);
  const items = extract(doc).commitments.filter((c) => c.kind === 'target' || c.kind === 'milestone');
  assert.deepEqual(items.map((c) => [c.kind, c.low, c.deadline]), [
    ['target', 6.5, '2025-12-31'],
    ['milestone', undefined, '2025-12-31'],
  ]);
});
