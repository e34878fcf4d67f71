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

/**
 * Words coined at a known time, which no report says before: the first year a report can use them (a report is
 * delivered early in its year, so a word coined in the autumn first appears in the next year's reports). From the
 * documents that coined them: the Party's congress reports and plenums, the Central Economic Work Conferences, the
 * Politburo's meetings and the State Council's reports. Only words not said before in another sense.
 */
export const COINAGES: readonly [words: readonly string[], firstYear: number][] = [
  [['科学发展观'], 2004], // 十六届三中全会, October 2003
  [['社会主义和谐社会'], 2005], // 十六届四中全会, September 2004
  [['社会主义新农村建设'], 2006], // 十六届五中全会, October 2005
  [['五位一体总体布局'], 2013], // 十八大, November 2012
  [['精准扶贫'], 2014], // November 2013
  [['一带一路', '丝绸之路经济带'], 2014], // September and October 2013
  [['经济发展新常态', '经济新常态'], 2015], // May 2014
  [['大众创业', '万众创新'], 2015], // September 2014
  [['互联网+', '互联网 +', '四个全面'], 2015], // the State Council's report of March 2015; February 2015
  [['供给侧结构性改革', '三去一降一补', '放管服'], 2016], // the Central Economic Work Conference of December 2015; May 2015
  [['乡村振兴战略', '新时代中国特色社会主义'], 2018], // 十九大, October 2017
  [['新时代文明实践', '六稳', '两个维护'], 2019], // pilots of July 2018; the Politburo, July 2018; 2018
  [['新冠', '六保'], 2020], // January 2020; April 2020 (the State Council's report of May 2020)
  [['新发展格局', '国内国际双循环', '碳达峰', '碳中和'], 2021], // 2020
  [['两个确立', '中国式现代化'], 2022], // 十九届六中全会, November 2021; the speech of 1 July 2021 (中国式现代化新道路)
  [['新质生产力'], 2024], // September 2023
];
