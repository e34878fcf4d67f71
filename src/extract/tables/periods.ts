/**
 * Words that say which period a reported result covers (our own reading of reviews in work reports).
 */

/**
 * A result over several years: 年均增长, 连续五年, 前四年, 五年来, “十一五”期间. (累计 alone is a total, often of one
 * year: 累计完成42架航班 in a review of last year.)
 */
export const MULTI_YEAR =
  /年均|连续[一二三四五六七八九十两\d]+年|前[一二三四两\d]年|[一二三四五六七八九十两\d]+年来|“?十[一二三四五六]五”?(?:时期|期间|以来|前)|\d{4}(?:年)?[-—－至到]\d{4}年/;

/**
 * A result over a stated number of years ending last year: 连续三年, 三年来, 前两年 (the years, group 1 or 2, in
 * Arabic or Chinese figures). Other multi-year words mean the plan period.
 */
export const YEARS_SPANNED = /(?:连续|前)([一二三四五六七八九十两\d]+)年|([一二三四五六七八九十两\d]+)年来/;

/** A target stated as an average over years (年均增长6.5%左右, 每年平均): due at the end of the plan period. */
export const AVERAGE_OVER_YEARS = /年均|每年平均|平均每年/;

/** A span of years written out: 2016-2020年, 2016年至2020年. */
export const YEAR_SPAN = /(\d{4})(?:年)?[-—－至到](\d{4})年/;

/** A result measured against a base year: 2005年与2000年相比 (group 1 the year, group 2 the base). */
export const YEARS_COMPARED = /(\d{4})年(?:与|同|比|较)(\d{4})年(?:相比|比较)?/;

/** A result said to be last year's. */
export const LAST_YEAR_MENTION = /去年|上年末|上年底/;

/** A level reached at the end of a period is that last year's figure (国内生产总值达到39.8万亿元). */
export const LEVEL_REACHED = /达到|增加到|增至|提高到|突破|超过|降到|下降到/;
