import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseWeight } from '../../src/structure/orientation.js';
import { oriented, type OrientationRow } from '../helpers/orientation.js';

/** [what the row shows, text (our own, in the style of news pages and report excerpts), clauses with figures and their orientation] */
const rows: OrientationRow[] = [
  [
    'a sentence opening on last year and turning to this year leaves this year for what follows',
    '（三）扩大有效投资。去年全市新开工亿元以上项目67个，今年要力争达到80个以上。\n（四）发展现代农业。新建高标准农田25万亩，苹果种植面积稳定在150万亩左右。',
    [
      ['去年全市新开工亿元以上项目67个', 'review'],
      ['今年要力争达到80个以上', 'plan'],
      ['新建高标准农田25万亩', 'plan'],
      ['苹果种植面积稳定在150万亩左右', 'plan'],
    ],
  ],
  [
    '以下 after a figure is “below”, not a list announced: the turn to this year holds',
    '去年全市国有工业减亏1.2亿元，今年亏损面要降到25%以下。全年安置下岗职工1.5万人。',
    [
      ['去年全市国有工业减亏1.2亿元', 'review'],
      ['今年亏损面要降到25%以下', 'plan'],
      ['全年安置下岗职工1.5万人', 'plan'],
    ],
  ],
  [
    'a news digest: the reporting clause, then last year and this year as the openings say',
    '报告指出：\n●2024年全省地区生产总值达到5.2万亿元、增长5.1%；\n●新增城镇就业65万人；\n报告提出，今年全省经济社会发展的主要预期目标是：\n◆地区生产总值增长5%左右；\n◆城镇新增就业60万人以上。',
    [
      ['●2024年全省地区生产总值达到5.2万亿元、增长5.1%', 'review'],
      ['●新增城镇就业65万人', 'review'],
      ['◆地区生产总值增长5%左右', 'plan'],
      ['◆城镇新增就业60万人以上', 'plan'],
    ],
  ],
  [
    'a speaker clause before 刚刚过去的 and a named year: the frame is in the clause after the speaker',
    '省长在报告中说，刚刚过去的2024年，全省经济运行总体平稳。初步预计，全省生产总值比上年增长6%以上。财政收入860亿元。\n省长在报告中指出，2025年全省将新建学校12所。',
    [
      ['全省生产总值比上年增长6%以上', 'review'],
      ['财政收入860亿元', 'review'],
      ['2025年全省将新建学校12所', 'plan'],
    ],
  ],
  [
    'crossheads naming last year and this year frame the lines under them',
    '2024年江南\n交出成绩单\n地区生产总值增长5.3%\n新增城镇就业7.1万人\n2025年江南\n这样干\n地区生产总值增长5.5%左右\n城镇新增就业7万人',
    [
      ['地区生产总值增长5.3%', 'review'],
      ['新增城镇就业7.1万人', 'review'],
      ['地区生产总值增长5.5%左右', 'plan'],
      ['城镇新增就业7万人', 'plan'],
    ],
  ],
  [
    'without any frame, a clause decides by cues that weigh enough; one without follows the clause before it',
    '力争新认定高新技术企业50家，新增省级工程技术研究中心3个。全市已累计建成5G基站1.2万个。',
    [
      ['力争新认定高新技术企业50家', 'plan'],
      ['新增省级工程技术研究中心3个', 'plan'],
      ['全市已累计建成5G基站1.2万个', 'review'],
    ],
  ],
  [
    'a completed action (V了, 已) inside this year\'s frame reports a result',
    '今年，全市将新建停车泊位3000个。去年已建成停车泊位2600个，超额完成了年度任务。',
    [
      ['全市将新建停车泊位3000个', 'plan'],
      ['去年已建成停车泊位2600个', 'review'],
    ],
  ],
  [
    'a caption, a credit or an image\'s file name pasted in is part of the page, not of the text',
    '去年全县新增就业4100人。图为3000名干部群众参加植树活动 记者 李明 摄\n2024年配图(城东新区一角).png\n全县粮食总产量达到30万吨。',
    [
      ['去年全县新增就业4100人', 'review'],
      ['图为3000名干部群众参加植树活动记者李明摄', 'neither'],
      ['全县粮食总产量达到30万吨', 'review'],
    ],
  ],
  [
    'a commentator\'s reckoning, from its words on, is neither plan nor review',
    '“十三五”期间，全县生产总值从220亿元增加到400亿元，粗略算算，今年全县生产总值将达到450亿元。',
    [
      ['全县生产总值从220亿元增加到400亿元', 'review'],
      ['今年全县生产总值将达到450亿元', 'neither'],
    ],
  ],
  [
    'the writer working a figure out (记者…推算, 算了一笔账), or saying after it that they did, states nothing',
    '去年全县接待游客150万人次。据记者粗略推算，节假日日均客流量是平日的3倍左右。记者注意到，全县增速比全市高出1.6个百分点，这一差距是记者根据公开数据计算得出的。记者算了一笔账：实事投入约3亿元，每个居民约受益500元。',
    [
      ['去年全县接待游客150万人次', 'review'],
      ['节假日日均客流量是平日的3倍左右', 'neither'],
      ['全县增速比全市高出1.6个百分点', 'neither'],
      ['实事投入约3亿元', 'neither'],
      ['每个居民约受益500元', 'neither'],
    ],
  ],
  [
    'the report’s forecast of its surroundings is neither plan nor review',
    '二、2025年工作安排\n预计今年高校毕业生超过1200万人，要强化促进青年就业政策举措。城镇新增就业1200万人以上。',
    [
      ['预计今年高校毕业生超过1200万人', 'neither'],
      ['城镇新增就业1200万人以上', 'plan'],
    ],
  ],
  [
    'a crosshead in brackets is a sub-headline: never an item',
    '【5.7%】去年经济增速高于全市\n报告显示，去年全县地区生产总值增长5.7%。\n【6%左右】今年目标稳中求进\n报告提出，今年全县地区生产总值增长6%左右。',
    [
      ['【5.7%', 'neither'],
      ['去年全县地区生产总值增长5.7%', 'review'],
      ['【6%左右】今年目标稳中求进', 'neither'],
      ['今年全县地区生产总值增长6%左右', 'plan'],
    ],
  ],
  [
    'the meeting itself (attendance) is neither plan nor review',
    '2025年1月15日，县第十八届人民代表大会第五次会议开幕，应到代表216人，实到代表209人。',
    [
      ['2025年1月15日', 'plan'],
      ['应到代表216人', 'neither'],
      ['实到代表209人', 'neither'],
    ],
  ],
];

test('each clause\'s orientation from the frame it stands in and its own cues', () => {
  for (const [what, text, expected] of rows) assert.deepEqual(oriented(text), expected, what);
});

/** [clause, weight sign]: cues that look ahead (+), back (−), or that must not count (0). */
const weights: [string, number][] = [
  ['今年要新增城镇就业4000人', 1],
  ['力争地区生产总值增长6%', 1],
  ['完成了固定资产投资320亿元', -1],
  ['累计建成农村公路1200公里', -1],
  ['初步核算，全省生产总值增长5.2%', -1],
  ['2024年全市实现地区生产总值812亿元', -1],
  // a year as a base of comparison is no time, a later year is one ahead
  ['单位地区生产总值能耗比2020年下降13.5%', 0],
  ['到2027年建成高标准农田30万亩', 1],
  // words that look like cues and are not: 主要, 需要, 将近, 经过努力, 好于预期
  ['主要指标增长6%', 0],
  ['把扩大投资作为首要举措', 0],
  ['需要资金30亿元', 0],
  // 将近 is no modal but an approximation, as results are given
  ['将近三成', -1],
  ['经过各方面努力', 0],
  ['经济恢复好于预期', 0],
];

test('clause cues weigh forward, back, or not at all', () => {
  for (const [words, sign] of weights) assert.equal(Math.sign(clauseWeight(words, 2025)), sign, words);
});
