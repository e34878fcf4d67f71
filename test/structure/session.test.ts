import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitsCycle, npcSessionYear, provincialSessionYear } from '../../src/structure/session.js';
import { checkMetaRows, type MetaRow } from '../helpers/meta.js';

test('the National People’s Congress meets on a known calendar', () => {
  const rows: [term: number, meeting: number, year: number | undefined][] = [
    [1, 1, 1954],
    [2, 3, 1962], // the 2nd NPC did not meet in 1961
    [3, 1, 1964],
    [5, 5, 1982],
    [6, 1, 1983],
    [10, 2, 2004],
    [14, 3, 2025],
    [14, 6, undefined], // a term has five yearly sessions
  ];
  for (const [term, meeting, year] of rows) assert.equal(npcSessionYear(term, meeting), year, `第${term}届第${meeting}次`);
});

test('a local session’s number fits the years of its level’s election cycle', () => {
  const rows: [year: number, meeting: number, level: 'province' | 'city' | 'county', fits: boolean][] = [
    [2019, 2, 'province', true], // terms from 2018
    [2020, 2, 'province', false],
    [2025, 3, 'province', true], // terms from 2023
    [2019, 3, 'city', true], // terms from 2017
    [2018, 3, 'city', true], // …or 2016
    [2020, 3, 'city', false],
    [2024, 4, 'county', true],
    [2022, 4, 'county', false],
  ];
  for (const [year, meeting, level, fits] of rows) assert.equal(fitsCycle(year, meeting, level), fits, `${level} ${year} 第${meeting}次`);
});

test('most provinces number their congresses’ terms alike: the 13th from 2018', () => {
  const rows: [term: number, meeting: number, region: string, year: number | undefined][] = [
    [13, 3, '江西省', 2020],
    [11, 2, '湖南省', 2009],
    [6, 1, '湖北省', 1983],
    [14, 2, '广东省', 2024],
    [5, 2, '湖北省', undefined], // before 1983 terms were irregular
    [13, 6, '江西省', undefined], // a term has five yearly sessions
    [16, 2, '北京市', undefined], // the municipalities and later provinces count their own terms
    [7, 2, '海南省', undefined],
  ];
  for (const [term, meeting, region, year] of rows) assert.equal(provincialSessionYear(term, meeting, region), year, `${region}第${term}届第${meeting}次`);
});

// Texts written for these tests in the style of news pages.
const sessions: MetaRow[] = [
  {
    // the session held now, not one whose targets it reports on
    input: '遵义市第二届人民代表大会第三次会议今天开幕。市长说，全面完成了市二届人大二次会议确定的目标任务。',
    expected: { session: '第二届人民代表大会第三次会议', region: '遵义市' },
  },
  {
    // 人大 written out
    input: '甘肃省十二届人大三次会议在省城开幕，省长作政府工作报告。',
    expected: { session: '十二届人民代表大会三次会议', region: '甘肃省', level: 'province', year: 2015 },
    confidence: { year: 'medium' },
  },
  {
    // a province's session alone names the year; a city's does not
    input: '1月14日上午，江西省第十三届人民代表大会第三次会议开幕。省长作政府工作报告，报告提出今年全省生产总值增长8%左右。',
    expected: { year: 2020, date: '2020-01-14' },
  },
  {
    // a province not named is taken to number its terms as most do
    input: '记者：在1月13日开幕的省十四届人大一次会议上，省长作的政府工作报告提出，今年全省地区生产总值增长5%以上。',
    expected: { year: 2023 },
  },
  {
    input: '1月14日上午，赣州市第五届人民代表大会第三次会议开幕。市长作政府工作报告，报告提出今年全市生产总值增长8%左右。',
    expected: { year: undefined },
  },
];
test('the session the report is delivered at', () => checkMetaRows(sessions));
