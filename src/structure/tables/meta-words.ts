/**
 * The words an office reads for the report metadata's levels and evidence rules: in the warnings the structure
 * stage writes and on the import page. A leaf module with no imports, so the web app takes it as it is.
 */

/** A level of government, as offices name it. */
export const LEVEL_LABELS: Readonly<Record<string, string>> = { national: '国家', province: '省级', city: '地市级', county: '县级' };

/** What each rule of the metadata read a report field from (region.ts, year.ts, year-relation.ts, delivery.ts, genre.ts), in words. */
export const EVIDENCE_RULE_LABELS: Readonly<Record<string, string>> = {
  'delivery-line': '报告日期行',
  'delivery-line-next-year': '年末的报告日期行（次年的报告）',
  'session-held': '召开的人代会',
  session: '提到的人代会',
  title: '标题',
  speaker: '报告人',
  'national-speaker': '国务院总理作报告',
  mentions: '文中地名',
  'short-name': '文中地名简称',
  'division-table': '行政区划表',
  'name-ending': '地名末字',
  'territory-words': '“全市”“全县”等用语',
  national: '全国',
  'session-cycle': '人代会届次与换届周期',
  'npc-session': '全国人大会次',
  'provincial-session': '省级人代会届次',
  'meeting-date': '会议日期',
  'news-day': '新闻中的日期',
  'stamp-month': '网页发布时间',
  'publication-stamp': '网页发布时间',
  'party-meeting': '贯彻的党的会议',
  'review-section': '上年工作回顾的标题',
  'plan-phase': '规划期',
  'plan-start': '规划开局的说法',
  'plan-calendar': '规划期（文中年份被改写）',
  anniversary: '纪念年份',
  'commentary-title': '解读文章标题',
  'review-cue': '回顾用语',
  estimate: '“预计”',
  'list-opener': '清单开头',
  'plan-cue': '部署用语',
  'this-year-sentence': '句中的“今年”',
  'last-year-sentence': '句中的“去年”',
  'this-year-paragraph': '段中的“今年”',
  'last-year-paragraph': '段中的“去年”',
  'result-sentence': '写完成情况的句子',
  'forward-sentence': '写部署的句子',
  deadline: '年底前的期限',
  'bulletin-title': '统计公报标题',
  'bulletin-notes': '“本公报”说明',
  'preliminary-accounting': '“初步核算”',
  'index-base': '以上年为100的指数表',
  'bulletin-chapter': '统计公报的章节标题',
  'against-last-year': '“比上年增长”的写法',
  'bulletin-opening': '公报开头的年份',
  'bulletin-years': '公报中最常提到的年份',
  'bulletin-published': '公报发布时间',
};

/** A rule in words, or its id where no words are written for it. */
export const ruleInWords = (rule: string): string => EVIDENCE_RULE_LABELS[rule] ?? rule;
