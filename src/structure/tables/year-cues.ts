/**
 * How the words around a named year relate it to the report: the year under review (the report is the next
 * year's) or the year planned (the report's own). Our own reading of the stock phrases of 政府工作报告 and of the
 * news pages, 民生实事 lists and excerpts that carry them (刚刚过去的2016年, 2017年主要预期目标, 2017年为民办实事项目,
 * 报告回顾了2016年工作), across levels and decades.
 */

/** A year as written: 2017年, 2017 年, 二〇一七年, 二o一七年 (a Latin o), 二0一七年 (a digit among Chinese numerals). */
export const YEAR_MENTION = /(?<![\d.])([12]\d{3}|[一二][〇○零oO0一二三四五六七八九]{3})\s?年(?!代)/g;

/**
 * A year of the 2000s written short in news ('09年, 09年, 0九年): the leading zero tells it from a count of years
 * (10年 may be ten years; 09年 cannot).
 */
export const SHORT_YEAR_MENTION = /(?<![\d.〇○零一二三四五六七八九十oO])['’]?([0〇○零o][0-9一二三四五六七八九])\s?年(?!代|来|间|内|以来|之内)/g;
export const SHORT_YEAR_CENTURY = 2000;

/** Years a report can be about. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2039;

/**
 * A year a copy masked or rewrote (201*年, 20**年, 最新或2021(历届)年): never evidence, and a sign that the other
 * years of the copy may be rewritten too.
 */
export const MASKED_YEAR = /(?<![\d.])(?:[12]\d{0,2}[*＊×]{1,3})\s?年|最新或\s?\d{4}|[(（]历届[)）]\s?年/g;

/** Just before a year, a period's bound or a baseline (到2020年, 比2010年, 从2012年的…, 2011-2015年): not the report's year. */
export const OTHER_YEAR_BEFORE = /(?:到|至|截至|截止|比|较|从|由|自|同|按|[-—～~])\s?$/;
/**
 * Just after it, a time inside the year, a period, or an event of that year (2017年底, 2016年年初, 2013年以来,
 * 2008年奥运会, 2010年世博会, 2035年远景目标): not the report's year.
 */
export const OTHER_YEAR_AFTER =
  /^(?:底|末|初|前|后|中|以来|以前|之前|以后|起|年底|年初|年末|年中|上半年|下半年|一季度|第一季度|\d{1,2}\s?月|[-—～~至到]\s?(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})|[\u4e00-\u9fff]{0,4}?(?:奥运会|冬奥会|残奥会|世博会|亚运会|运动会|博览会|园博会|峰会|论坛)|的?远景)/;

/**
 * Just after a year, its end (2017年底前, 1997年末, 2012年底): a deadline ahead is the plan's year (2017年底前…再精简20%),
 * a figure counted at the end is a result of the year under review or an aim for the year planned, as its clause's tense
 * says (力争1997年末…突破200亿元). A deadline qualifying a thing (2005年底前注册的车辆) says nothing of the report.
 */
export const YEAR_END_AFTER = /^(?:年?底|年?末)(前|以前)?/;
export const YEAR_END_QUALIFIER = /^[^，,。；;]{0,10}?的/;
/** A deadline reported met (2012年底前已全部完成): the year under review. */
export const DEADLINE_MET = /^[^，,。；;]{0,16}?(?:已经?|完成了|实现了)/;
/** Just before a year, a word aiming at it within its clause (力争1997年末…, 确保2017年底…). */
export const AIM_BEFORE = /(?:力争|确保|争取|计划)[,，]?\s?$/;

/** Just before a year under review: 刚刚过去的2016年, 回顾了2016年, 走过了极不平凡的08年. */
export const REVIEW_BEFORE =
  /(?:(?:刚刚过去的|刚过去的|过去的|已经过去的|回顾了?|回顾总结了|总结了|初步统计|初步核算|据统计)[,，]?\s?|(?:渡过了?|度过了?|走过了?)[^，,。；;]{0,10})$/;
/**
 * Just after it: 2016年工作回顾, 2016年遵义市工作回顾, 对2016年工作进行全面回顾, 2016年全县交出答卷, 2016年国民经济
 * 和社会发展计划执行情况, 2016年国民经济和社会发展统计公报 (a statistical bulletin stands for the next year's report,
 * gold-format.md), and the projects signed in it that a plan now has start (确保2016年签约项目全面开工).
 */
export const REVIEW_AFTER =
  /^(?:签约(?:的)?(?:重大)?项目|[\u4e00-\u9fff]{0,12}?(?:计划|预算)执行情况|[\u4e00-\u9fff]{0,16}?统计公报|[的]?[\u4e00-\u9fff]{0,8}?(?:工作)?(?:简要)?(?:回顾|总结)|(?:工作)?(?:进行了?|作了?)(?:全面)?(?:回顾|总结)|[,，]?\s?[\u4e00-\u9fff]{0,8}?(?:初步统计|初步核算|交出|交答卷|成绩单))/;
/**
 * An estimate of a year's outcome (预计2016年…, 2016年预计全市…): the year just ended in a report delivered early
 * in the next, but the current one in a report delivered mid-year (the 1950s' summer sessions): weaker.
 */
export const ESTIMATE_BEFORE = /(?:预计|初步预计)[,，]?\s?[\u4e00-\u9fff]{0,4}$/;
export const ESTIMATE_AFTER = /^[,，]?\s?[\u4e00-\u9fff]{0,8}?预计/;

/**
 * Just before a year planned, with the plan named after it: 对于2017年工作, 做好2017年经济工作, 部署了2017年各项任务;
 * or 展望2017年. Not 提出: "报告提出，2016年全县生产总值增长6.2%" states a result; not 做好2022年冬奥会筹办工作.
 */
export const PLAN_BEFORE = /(?:部署了?|安排了?|对于?|关于|做好|为实现)[,，]?\s?$/;
export const PLAN_OBJECT_AFTER = /^(?:度)?(?:的)?(?:全年)?(?:政府|经济)?(?:工作|各项工作|各项任务|发展|目标|任务|计划)/;
export const OUTLOOK_BEFORE = /展望\s?$/;
/**
 * Just after it, a subject then a word of planning: 2017年主要预期目标, 2017年，遵义将…, 2017年要…, 2017年甘肃要….
 * The subject is captured so a sentence about the year itself (2017年是…) is told apart.
 */
export const PLAN_AFTER =
  /^(?:度)?[,，]?\s?([\u4e00-\u9fff、“”"]{0,12}?)(?:(?:主要预期目标|预期目标|主要目标|发展目标|目标任务|总体要求|工作安排|重点工作|工作重点|主要任务|工作任务)(?!的?完成|的?落实情况)|(?<![主重纲摘只需])要(?!求)|将(?!近)|力争|计划(?!执行)|拟|确保|争取|擘画|蓝图)/;
/** A subject that says the sentence is about the year itself, not what it will do: 2017年是…, 2017年可能是…. */
export const NOT_A_SUBJECT = /是|的一年/;
/** A sentence about the year itself (2021年是中国共产党成立100周年, 2016年是…很不平凡的一年): its tense says nothing. */
export const ABOUT_THE_YEAR_AFTER = /^[,，]?\s?(?:也|又|更|则)?是/;

/**
 * A list opener naming its year: 2017年为民办实事项目, 2017年度十件民生实事项目, 2017年全市十大工程,
 * 2017年…拟办“十件实事”. Lists are decided when the report is delivered, so the year is the plan's — unless the
 * list is reported done (2016年十件民生实事全面完成).
 */
const LIST = String.raw`^(?:度)?[^，,。；;！!\n]{0,16}?(?:实事|[十\d一二三四五六七八九]{1,2}(?:大|件|项)(?:重点)?(?:工程|项目|行动|任务|民生))`;
const DONE = String.raw`[^，,。；;\n]{0,8}(?:完成|兑现|办结|落实情况)`;
export const LIST_OPENER_AFTER = new RegExp(`${LIST}(?!${DONE})`);
export const LIST_DONE_AFTER = new RegExp(`${LIST}${DONE}`);

/** A title naming the report by its year: 2017年遵义市政府工作报告, 翻开2017年遵义《政府工作报告》. */
export const TITLE_AFTER = /^[^，,。；;！!\n]{0,14}?《?(?:人民)?政府工作报告/;
/** A media commentary (解读) may name the report by the year it reviews: its title says little. */
export const COMMENTARY_BEFORE = /解读[《“]?\s?$/;

/** The sentence of a year speaks of this year or of last year. */
export const THIS_YEAR_WORDS = /今年|本年度|新的一年|新一年/;
export const LAST_YEAR_WORDS = /去年|过去一年|过去的一年|上年|一年来/;
/**
 * 今年 in a later clause than a named year, and going on from it (2013年新建文化礼堂25个，今年再建30个): the named
 * year is the one before.
 */
export const THIS_YEAR_GOING_ON = /[，,；;]\s?(?:今年|新的一年)(?:[\u4e00-\u9fff]{0,6}?)(?:再|还将?|又|继续)/;
/** A clause break before a clause about this year (…，今年全县…). */
export const THIS_YEAR_CLAUSE = /[，,；;]\s?(?=今年|新的一年)/;

/**
 * Words of a sentence looking forward, a figure aimed at (增长6.5%左右: results are counted, targets are about), words
 * reporting a result with its figure, and words of aims (目标, 预期) unless reached (完成了…确定的目标任务).
 */
export const FORWARD_WORDS = /将(?!近)|(?<![主重纲摘只需])要(?!求)|力争|确保|争取|着力/;
export const TARGET_FIGURE = /\d[\d.]*\s?[%万亿千百]*[\u4e00-\u9fff]{0,2}(?:左右|的?目标)|(?:增长|提高)\d[\d.]*\s?%以上/;
export const RESULT_WORDS = /(?:达到?|实现|完成|增长|突破|下降|提高|增加|减少)了?[^，,。；;\d目预]{0,3}\d(?![\d.]*\s?[%万亿千百]*[\u4e00-\u9fff]{0,2}左右)/;
export const AIM_WORDS = /(?<!(?:完成|实现|达到)[^，,。；;]{0,20})(?:预期|目标)/;

/**
 * A page's publication stamp: 发布时间:2017-02-21, 2017-02-21 16:27:15, 2017年02月21日17:01, 2017年02月21日 星期二, and a
 * newspaper page's masthead (某某日报　2016年02月24日　第01版, as e-paper editions print it).
 */
export const PUBLICATION_STAMP =
  /(?:(?:发布|更新|发表|录入)(?:时间|日期)[:：]?\s*(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2}))|(?:(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s?\d{1,2}:\d{2})|(?:(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:\d{1,2}:\d{2}|星期|周[一二三四五六日]|第\s?[A-Z]?\d{1,3}\s?版))/g;
