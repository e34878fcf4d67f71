/**
 * Time words of work reports and the deadline each gives, relative to the report year Y (gold-format.md:
 * 年底/年内/全年 → Y-12-31; 上半年 → Y-06-30; "5月" → Y-05-31; "“五一”前" → Y-04-30; "国庆前" → Y-09-30), and of
 * the next year (明年6月 → Y+1-06-30).
 * Holidays: 五一 (May 1), 七一 (July 1), 国庆/十一 (October 1), 元旦 (January 1), 春节 (the lunar new year).
 */
export type TimeWordName =
  | 'next-year' | 'day' | 'year-month' | 'years-counted' | 'plan-end' | 'year' | 'first-half' | 'second-half' | 'quarter'
  | 'month-day' | 'month' | 'may-day' | 'july-first' | 'national-day' | 'new-year' | 'spring-festival' | 'this-year';

export interface TimeWord {
  /** What kind of time the word names (a typed 完成时限 may be only a day, a month or a year's end). */
  name: TimeWordName;
  /** The characters a match can start with: only positions holding one of them are tried. */
  starts: string;
  /** Matched at a position of the clause (sticky). */
  pattern: RegExp;
  /** Month and day of the deadline in the report year, or a function of the match. */
  deadline: (match: RegExpExecArray, year: number) => string | undefined;
  /** The word names its year itself (2025年6月底, “十五五”末): it gives a deadline where the report year is unknown. */
  absolute?: true;
}

import { addDays, isoDay, monthEnd, yearEnd } from '../days.js';


/** Chinese month numerals (一月 … 十二月). */
const MONTHS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};
const monthOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : MONTHS[s]);

/**
 * Spring Festival (春节, lunar new year's day) dates, from the Chinese calendar as published under
 * GB/T 33661-2017 (农历的编算和颁行). "春节前" is due the day before.
 */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2015: '02-19', 2016: '02-08', 2017: '01-28', 2018: '02-16', 2019: '02-05', 2020: '01-25',
  2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10', 2025: '01-29', 2026: '02-17',
  2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03',
};

/** Five-year plans by ordinal: “十四五” runs 2021–2025. */
export const FIVE_YEAR_PLAN_END: Readonly<Record<string, number>> = {
  十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035,
};

/** The end of a month, quarter or half of `year` (the groups of a match, in that order), or of the year itself. */
const partOf = (year: number, [month, quarter, half]: (string | undefined)[]): string | undefined => {
  if (month !== undefined) return monthEnd(year, monthOf(month));
  if (quarter !== undefined) return monthEnd(year, 3 * (monthOf(quarter) ?? 4));
  return half === '上' ? monthEnd(year, 6) : yearEnd(year);
};

/** A count of years in words or figures (两年, 3年). */
const YEARS_COUNTED: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

/** Tried in order at each position; the first that matches wins (longer forms first). */
export const TIME_WORDS: readonly TimeWord[] = [
  {
    name: 'next-year', starts: '明',
    pattern: /明年(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末|前|中旬|上旬|下旬)?|(?:第)?([一二三四1-4])季度|([上下])半年|底|末|内|年底)?/y,
    deadline: (m, y) => partOf(y + 1, m.slice(1)),
  },
  // a day due (2025年11月30日前), or a day that ends the text read (a 完成时限 cell: 2025年11月30日); a day
  // otherwise is a date something happened on, and its month is read as before
  {
    name: 'day', starts: '到至于在2',
    pattern: /(?:到|至|于|在)?(20\d\d)年(\d{1,2})月(\d{1,2})[日号](?:之前|以前|前|$)/y,
    deadline: (m) => isoDay(Number(m[1]), Number(m[2]), Number(m[3])),
    absolute: true,
  },
  // a named year and a month, quarter or half of it (2025年6月底, 2015年上半年)
  {
    name: 'year-month', starts: '到至于在2',
    pattern: /(?:到|至|于|在)?(20\d\d)年(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末|前|中旬|上旬|下旬)?|(?:第)?([一二三四1-4])季度|([上下])半年)/y,
    deadline: (m) => partOf(Number(m[1]), m.slice(2)),
    absolute: true,
  },
  // 用两年左右时间: within that many years, this one the first
  {
    name: 'years-counted', starts: '用',
    pattern: /用([一两二三四五]|\d)年(?:左右|多)?(?:的)?时间/y,
    deadline: (m, y) => yearEnd(y + (YEARS_COUNTED[m[1]] ?? Number(m[1])) - 1),
  },
  { name: 'plan-end', starts: '“十', pattern: /“?十([一二三四五六])五”?(?:时期|期间)?末/y, deadline: (m) => yearEnd(FIVE_YEAR_PLAN_END[`十${m[1]}五`]), absolute: true },
  { name: 'year', starts: '到至于在2', pattern: /(?:到|至|于|在)?(20\d\d)年(?:底|末|前|年底)?/y, deadline: (m) => yearEnd(Number(m[1])), absolute: true },
  { name: 'first-half', starts: '上', pattern: /上半年/y, deadline: (_m, y) => isoDay(y, 6, 30) },
  { name: 'second-half', starts: '下', pattern: /下半年/y, deadline: (_m, y) => yearEnd(y) },
  { name: 'quarter', starts: '第一二三四1234', pattern: /(?:第)?([一二三四1-4])季度/y, deadline: (m, y) => monthEnd(y, 3 * (monthOf(m[1]) ?? 4)) },
  {
    name: 'month-day', starts: '0123456789十一二三四五六七八九',
    pattern: /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(\d{1,2})日(?:之前|以前|前|$)/y,
    deadline: (m, y) => isoDay(y, monthOf(m[1]), Number(m[2])),
  },
  // (not the day a meeting was held: 1月8日闭幕的…会议上, 2月3日召开)
  {
    name: 'month', starts: '0123456789十一二三四五六七八九',
    pattern: /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?(?:底|末|前|中旬|上旬|下旬)?(?!\d{1,2}[日号](?:上午|下午|晚上?)?(?:闭幕|开幕|召开))/y,
    deadline: (m, y) => monthEnd(y, monthOf(m[1])),
  },
  { name: 'may-day', starts: '“五', pattern: /“?五一”?(?:前|之前|节前)/y, deadline: (_m, y) => isoDay(y, 4, 30) },
  { name: 'july-first', starts: '“七', pattern: /“?七一”?(?:前|之前)/y, deadline: (_m, y) => isoDay(y, 6, 30) },
  { name: 'national-day', starts: '国“', pattern: /(?:国庆|“十一”)(?:节)?(?:前|之前)/y, deadline: (_m, y) => isoDay(y, 9, 30) },
  { name: 'new-year', starts: '元', pattern: /元旦(?:前|之前)/y, deadline: (_m, y) => yearEnd(y) },
  { name: 'spring-festival', starts: '春', pattern: /春节(?:前|之前)/y, deadline: (_m, y) => (SPRING_FESTIVAL[y] ? addDays(`${y}-${SPRING_FESTIVAL[y]}`, -1) : undefined) },
  { name: 'this-year', starts: '年全今本', pattern: /(?:年底|年末|年内|全年|今年|本年度|年度内)/y, deadline: (_m, y) => yearEnd(y) },
];
