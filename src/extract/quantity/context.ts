/**
 * Whether a measure is a quantity, judged from its context (spec/gold-format.md "Which quantities count").
 * Each rule looks at most a few characters around the measure; the tables say what each rule knows.
 */
import { MULTIPLIER_EXPONENTS } from '../tables/multipliers.js';
import {
  BARE_INTEGER_FOLLOWERS, CHROME_COUNT_AFTER, CHROME_COUNT_BEFORE, CODE_MARKS, DATE_OR_NAME_AFTER, NAME_AFTER_UNIT,
  FRAGMENT_BEFORE, GRADE, ORDINAL_OR_RATE_BEFORE, PACKAGE_AFTER_UNIT, PACKAGE_BEFORE, QUOTED_PACKAGE, THRESHOLD_AFTER, PER_AMOUNT_OF, VAGUE_BEFORE, VAGUE_BEFORE_ROUND,
} from '../tables/not-quantities.js';
import { CHINESE_NAME_UNITS, ONE, ONE_COUNTERS, ORDINAL_TWO, TENTHS, ZERO } from '../tables/numerals.js';
import type { Amount } from './amount.js';
import type { Measure } from './measure.js';
import { toNumber } from './numeral.js';
import { indexWords, wordAt } from './words.js';

const DATE_OR_NAME_INDEX = indexWords(DATE_OR_NAME_AFTER);

export function isQuantity(text: string, measure: Measure): boolean {
  const { amounts } = measure;
  const first = amounts[0];
  const last = amounts[amounts.length - 1];
  return (
    amounts.every((a) => Number.isFinite(toNumber(a.value, a.scale)) && !isCode(text, a) && isChineseCount(text, a)) &&
    !ORDINAL_OR_RATE_BEFORE.has(text[first.start - 1]) &&
    !isVague(text, first) &&
    !isDateOrName(text, last) &&
    !isPackage(text, first, last) &&
    !isChromeCount(text, first, last) &&
    !isDatePart(text, first) &&
    !FRAGMENT_BEFORE.test(text.slice(Math.max(0, first.start - 2), first.start)) &&
    !isPerAmount(text, last) &&
    !(amounts.length === 1 && isBareIntegerName(text, first))
  );
}

function isLatin(ch: string | undefined): boolean {
  const lower = (ch?.charCodeAt(0) ?? 0) | 0x20; // ASCII letters fold to lower case
  return ch?.length === 1 && lower >= 0x61 && lower <= 0x7a;
}

/** 5G, 4A级, PM2.5, R1号线, 1+30, 7×24小时: a letter or a code mark touches the figure (not a unit written in letters: 80EFLOPS). */
function isCode(text: string, a: Amount): boolean {
  const before = text[a.start - 1];
  const after = text[a.number.end];
  const latinUnit = isLatin(a.unit?.[0]) && text.startsWith(a.unit!, a.number.end);
  return isLatin(before) || (isLatin(after) && !latinUnit) || CODE_MARKS.has(before) || CODE_MARKS.has(after);
}

/**
 * A Chinese numeral counts only with a unit that makes no name (a phase, a group of counties: 三期, 北三县; a count in
 * 万 of them is none: 二十万门), if it is not zero, and a lone 一 or 二 only as numerals.ts says.
 */
const NAMED_COUNT_MAX = 10000;

function isChineseCount(text: string, a: Amount): boolean {
  if (a.script === 'arabic') return true;
  if (a.unit === undefined || a.value.mantissa === ZERO) return false;
  if (CHINESE_NAME_UNITS.has(a.unit) && toNumber(a.value, a.scale) < NAMED_COUNT_MAX) return false;
  const lone = a.number.end - a.number.start === 1 && a.start === a.number.start ? text[a.start] : undefined;
  if (lone === ONE) return ONE_COUNTERS.has(a.unit) || a.unitWritten === TENTHS;
  return lone !== ORDINAL_TWO;
}

function isVague(text: string, first: Amount): boolean {
  if (first.script !== 'chinese') return false;
  const before = text[first.start - 1];
  return VAGUE_BEFORE.has(before) || (VAGUE_BEFORE_ROUND.has(before) && MULTIPLIER_EXPONENTS.has(text[first.start]));
}

/** 2021年, 7月, 3号线, 千亿级, 100周年 (no unit); 6个月, 二次会议, 一期工程 (a unit, then a word that makes it a name). */
function isDateOrName(text: string, last: Amount): boolean {
  if (last.unitWritten === undefined) return wordAt(text, last.number.end, DATE_OR_NAME_INDEX) !== undefined;
  // 千万千瓦级基地, 百万吨级: a grade, whatever its unit
  if (text[last.end] === GRADE) return true;
  return NAME_AFTER_UNIT.get(last.unitWritten)?.some((w) => text.startsWith(w, last.end)) ?? false;
}

/** 九个方面工作, 十件民生实事, 实事项目共11项, 八个“行动方案”, 千亿元台阶: the size of the report's structure or a list, a package, a threshold named. */
function isPackage(text: string, first: Amount, last: Amount): boolean {
  if (PACKAGE_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start))) return true;
  if (last.unitWritten === undefined) return false;
  const after = text.slice(last.end, last.end + 20);
  if (QUOTED_PACKAGE.test(after)) return true;
  // a bare multiplier is a threshold named (千亿元台阶)
  if (THRESHOLD_AFTER.test(after) && isBareMultiplier(text, last)) return true;
  return PACKAGE_AFTER_UNIT.get(last.unitWritten)?.test(after) ?? false;
}

const isBareMultiplier = (text: string, a: Amount) => [...text.slice(a.number.start, a.number.end)].every((c) => MULTIPLIER_EXPONENTS.has(c));

/** 浏览次数：36, 1751次浏览: a page counting its readers. */
function isChromeCount(text: string, first: Amount, last: Amount): boolean {
  return CHROME_COUNT_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start)) || CHROME_COUNT_AFTER.test(text.slice(last.end, last.end + 3));
}

/** 2018-01-09, 2018/1/9: a figure after a figure and a date separator is part of a date. */
function isDatePart(text: string, first: Amount): boolean {
  return (text[first.start - 1] === '-' || text[first.start - 1] === '.') && isDigitAt(text, first.start - 2);
}

const isDigitAt = (text: string, i: number) => i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;

/** 万元GDP能耗: a bare multiplier with its unit before what is produced per that amount. */
function isPerAmount(text: string, last: Amount): boolean {
  const bare = last.number.end - last.number.start === 1 && MULTIPLIER_EXPONENTS.has(text[last.number.start]);
  return bare && PER_AMOUNT_OF.some((w) => text.startsWith(w, last.end));
}

/** 12345热线, "1、", "(1)", 亮点1: a plain integer with nothing after it but a name or a list mark, or nothing. */
function isBareIntegerName(text: string, a: Amount): boolean {
  if (!a.integer || a.unit !== undefined || a.scale !== 0) return false;
  // one ending the text labels it (亮点1, 专栏2): reports state no unitless counts
  return a.end === text.length || !BARE_INTEGER_FOLLOWERS.has(text[a.end]);
}
