/**
 * Units and measure words (量词) that follow a number in work reports. Legal units of measurement from
 * GB 3100-1993 (米, 公里, 平方米, 公顷, 吨, 千瓦时 …) and the customary 亩/斤; measure words from our own
 * reading of national, provincial and city reports (what is counted: 企业 家, 学校 所, 基站 座, 房源 套 …).
 * Multipliers (万元, 亿元, 万吨) are not units: 万/亿 are read as multipliers and the unit is what follows.
 * Lookup is longest match, so compounds win over their prefixes (平方公里 over 公里, 千瓦时 over 千瓦,
 * 人次 over 人, 吨标准煤 over 吨).
 */
/** Counters of organisations, places, works and events: measure words of things counted one by one. */
export const COUNTERS: readonly string[] = [
  '个', '家', '座', '所', '场', '场次', '项', '条', '辆', '张', '套', '处', '床', '间', '批', '轮', '架',
  '架次', '部', '台', '件', '期', '次', '起', '宗', '株', '棵', '头', '只', '艘', '列', '班', '班次', '车次',
  '篇', '本', '册', '份', '栋', '幢', '层', '块', '根', '口', '支', '队', '片', '标箱',
  '种', '对', '盏', '眼', '批次',
  // telephone lines (程控电话3万门)
  '门',
];

export const UNITS: readonly string[] = [
  // money
  '元', '美元', '欧元', '港元', '日元',
  // people and households
  '人', '人次', '人份', '名', '户', '户次', '例', '人(次)', '人（次）',
  ...COUNTERS,
  '倍',
  // counties counted (林周等5县); after a Chinese numeral a name (北三县, numerals.ts)
  '县',
  // area, length, volume, mass, energy
  '亩', '公顷', '平方米', '平方公里', '平方千米', '公里', '千米', '米', '延米', '立方米',
  '吨', '吨标准煤', '斤', '公斤', '千克', '千瓦', '千瓦时', '兆瓦', '兆瓦时', '吉瓦', '度',
  // concentrations (细颗粒物 PM2.5 in 微克/立方米, as environmental bulletins give it)
  '微克/立方米', '微克每立方米', 'μg/m³', 'μg/m3', '毫克/立方米',
  // computing power (算力总规模达到80EFLOPS)
  'EFLOPS', 'PFLOPS',
  // time spans counted as amounts (dates are excluded separately: 年/月/日)
  '天', '小时', '分钟',
  // shares
  '百分点', '个百分点',
];

/** Units written in a longer form than the one reported: "0.5个百分点" is 0.5 百分点, "800人(次)" 800 人次. */
export const UNIT_CANONICAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['个百分点', '百分点'],
  ['人(次)', '人次'],
  ['人（次）', '人次'],
]);

/**
 * A count of many people written without its measure word (减少贫困人口125万, 19.9万贫困人口, 924万农民工):
 * the people named right after the figure, or right before it with what happened to them, give the unit.
 * Our own reading of reviews (gold-format.md labels these 人).
 */
export const IMPLIED_UNITS: readonly { unit: string; after: RegExp; before: RegExp }[] = [
  {
    unit: '人',
    after: /^[\u4e00-\u9fff]{0,4}?(?:人口|农民工|群众|居民|职工|学生|劳动力|游客|人才|老人|儿童|患者)/,
    before: /(?:人口|农民工|劳动力|群众)(?:[\u4e00-\u9fff]{0,2})?\s*$/,
  },
];
/** How far around the figure the people counted are looked for. */
export const IMPLIED_REACH = 6;

/**
 * A rate whose % sign a copy lost (比上年增长0.8，其中…; 增长1.2。): a bare figure right after a verb of growth and right
 * before the mark that ends its clause is a percentage (a line break is no such mark: a PDF line may break a figure) — a change in any other unit names it (增长1.2倍, 增加5亿元, 提高0.5个
 * 百分点). Our own reading of web copies of statistical bulletins that dropped their % signs.
 */
export const LOST_PERCENT = { before: /(?:增长|下降|上涨|下跌)\s?$/, after: /^\s?[，。；,;）)]/, reach: 3 };
