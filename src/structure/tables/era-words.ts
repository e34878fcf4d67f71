/**
 * Words whose years are known: the five-year plans and the place of a year inside one ("今年是“十一五”规划的收官之年"
 * names 2010). Years of the plans from their own titles (国民经济和社会发展第十个五年计划纲要 2001–2005 …
 * 第十五个五年规划 2026–2030, adopted by the NPC).
 */
export const FIVE_YEAR_PLAN_START: Readonly<Record<string, number>> = {
  '十五': 2001,
  '十一五': 2006,
  '十二五': 2011,
  '十三五': 2016,
  '十四五': 2021,
  '十五五': 2026,
};

/**
 * Which year of its plan a phrase names: 开局之年 the first, 承上启下 the middle (third), 收官之年 the last; and by how
 * many years usage strays from it either way (reports call the second year 承上启下 too).
 */
export const PLAN_PHASE_OFFSET: readonly [phase: RegExp, offset: number, slack: number][] = [
  [/开局之年|起步之年|第一年|开局年/, 0, 0],
  [/承上启下|中期之年/, 2, 1],
  [/收官之年|最后一年|收官年|完成之年/, 4, 0],
];

/**
 * A sentence saying what a year is within a plan: (今年|去年|过去一年|2016年)是…“十三五”规划的开局之年. The plan
 * is quoted when it is 十五 (a bare 十五 is a number). A year named there is the plan's year unless the copy
 * rewrote its years.
 */
export const PLAN_PHASE =
  /(今年|去年|过去的?一年|(?:19|20)\d{2}年)[,，]?(?:也)?是[^。！？\n]{0,80}?(“十五”|十[一二三四五]五)[”"]?\s?(?:规划|计划)?(?:实施)?(?:的)?(开局之年|起步之年|第一年|开局年|承上启下|中期之年|收官之年|最后一年|收官年|完成之年)/g;

/**
 * A plan's start as reports wish it or report it: 确保“十四五”开好局、起好步 and 努力实现“十二五”时期良好开局 are
 * said in its first year, 实现了“十三五”良好开局 in the year after it, 为“十五五”良好开局打下基础 in the last year of
 * the plan before. 开局良好, said of a plan years into it, names no year. Our reading of the national reports' usage.
 */
export const PLAN_START =
  /(“十五”|十[一二三四五]五)[”"]?\s?(?:规划|计划)?(?:时期)?[\u4e00-\u9fff]{0,8}?(开好局|起好步|良好开局)(?:[、，,]?(?:开好局|起好步))?([^。；;！？\n]{0,10})/g;
/** Before a plan's start in its clause, words reporting it done (实现了, 取得了): the year after. */
export const PLAN_START_DONE = /了/;
/** …and words wishing it (确保, 努力实现, 为): the first year, as 开好局 and 起好步 are always. */
export const PLAN_START_WISHED = /确保|努力|力争|争取|为|要/;
/** After it, a foundation laid for it (打下基础, 奠定基础): the year before. */
export const PLAN_START_PREPARED = /基础/;

/**
 * Events whose anniversaries reports mark ("今年是新中国成立70周年"), with their years: the founding of the
 * People's Republic (1949), of the Communist Party of China (1921), reform and opening up (the 3rd plenum of the
 * 11th Central Committee, 1978), the victory in the War of Resistance (1945), the end of the Long March (1936), the
 * 1911 Revolution, the May Fourth Movement (1919), the return of Hong Kong (1997) and Macao (1999). Dates as
 * commemorated by the State Council and the NPC.
 */
export const ANNIVERSARY_EVENTS: readonly [RegExp, number][] = [
  [/新中国成立|中华人民共和国成立|建国/, 1949],
  [/中国共产党成立|建党/, 1921],
  [/改革开放/, 1978],
  [/抗日战争|抗战|世界反法西斯战争/, 1945],
  [/长征/, 1936],
  [/辛亥革命/, 1911],
  [/五四运动/, 1919],
  [/香港回归/, 1997],
  [/澳门回归/, 1999],
];
/** (今年|去年|明年)是…(event)N周年. */
export const ANNIVERSARY =
  /(今年|去年|明年)[,，]?(?:也)?(?:是|恰逢|适逢)[^。！？\n]{0,40}?((?:新中国|中华人民共和国|中国共产党|建国|建党|改革开放|抗日战争|抗战|世界反法西斯战争|长征|辛亥革命|五四运动|香港回归|澳门回归)[^。！？\n]{0,12}?)(\d{2,3}|[一二三四五六七八九十百]{2,4})\s?周年/g;

