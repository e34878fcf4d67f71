/**
 * Chinese numerals and the ways a share is written. Source: the standard Chinese numeral system
 * (现代汉语词典, 数词; GB/T 15835-2011 出版物上数字用法 for when reports use Chinese rather than Arabic figures).
 */

/** Chinese digits. 〇/零 are zero (二〇二一, 一百零五); 两 is 2 before measure words (两轮, 两个). */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);

/** The decimal point inside a Chinese numeral (百分之三点五, 零点五个百分点). */
export const CHINESE_DECIMAL_POINT = '点';

/**
 * Words before a number that make it a share, and the share's unit: 百分之八 is 8 %, 千分之四点五 is 4.5 ‰ (as
 * population growth rates are given; gold-format.md writes the unit as written).
 */
export const SHARE_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['百分之', '%'],
  ['千分之', '‰'],
  ['万分之', '‱'],
]);

/**
 * 成 after a lone Chinese digit is tenths, a share in % (占比提高到四成 is 40 %, 两成 20 %); only before a
 * modifier, 的 or a mark, so that the idioms stay words (一成不变, 三五成群).
 */
export const TENTHS = '成';
export const TENTHS_AFTER = /^(?:以上|左右|以下|以内|多|的|[，。；、,;：:)）\s]|$)/;

/** Signs after a number that make it a share, each its own unit: 8%, 3‰. */
export const SHARE_SIGNS: ReadonlySet<string> = new Set(['%', '‰', '‱']);

/**
 * A lone 一 before a measure word is almost always the article "a" (一批重大项目, 一个重要, 一项改革, 一条路子:
 * over 500 such uses in the national reports 1954–2025). It is a count only before these counters, where reports
 * use it for one facility each (各打造一所养老服务中心, 办好一所卫生院), and in 增长一倍, 提高一个百分点.
 */
export const ONE_COUNTERS: ReadonlySet<string> = new Set(['所', '座', '倍', '百分点']);
export const ONE = '一';

/**
 * Counting uses 两, not 二: a lone 二 before a measure word is an ordinal (二次会议, 二次创业, 二期工程),
 * so it is never a count.
 */
export const ORDINAL_TWO = '二';

/** A Chinese numeral worth zero before a measure word is part of a word (零部件, 零件), never a count. */
export const ZERO = '0';

/**
 * Measure words that, after a Chinese numeral, make a name rather than a count: a phase (机场三期, 碳纤维三期), a
 * group of counties (北三县, “三县一市”), a place (三门峡). After digits, or in 万 and 亿, they count (举办培训班3期,
 * 建成林周等5县污水处理厂, 程控电话3万门, 二十万门).
 */
export const CHINESE_NAME_UNITS: ReadonlySet<string> = new Set(['期', '县', '门']);
