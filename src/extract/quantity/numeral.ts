/**
 * Reading the numeral itself: Arabic figures (1,200 / 4153.25) and Chinese numerals (一千二百, 两, 十二, 二〇二一,
 * 三点五, and the bare multipliers 万/百/千 of 万亩, 百项). Values are kept as decimal mantissa and exponent so that
 * multipliers apply exactly (4153.25亿 = 415325e6, not 4153.25 × 1e8 with a rounding error).
 */
import { MULTIPLIER_EXPONENTS, WAN, YI } from '../tables/multipliers.js';
import { CHINESE_DECIMAL_POINT, CHINESE_DIGITS } from '../tables/numerals.js';

export interface Decimal {
  mantissa: string;
  exponent: number;
}

/** The number a decimal stands for, times 10^shift; NaN or Infinity for absurd input (a megabyte of digits). */
export function toNumber(d: Decimal, shift: number): number {
  return Number(`${d.mantissa}e${d.exponent + shift}`);
}

const THOUSANDS_SEPARATORS: ReadonlySet<string> = new Set([',', '，']);

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isChineseNumeral = (ch: string | undefined): boolean =>
  ch !== undefined && (CHINESE_DIGITS.has(ch) || MULTIPLIER_EXPONENTS.has(ch));

/** UTF-16 codes a numeral may start with: the scan tests every character of a report, so one array read each. */
const NUMERAL_START = new Uint8Array(0x10000);
for (const ch of ['0123456789', ...CHINESE_DIGITS.keys(), ...MULTIPLIER_EXPONENTS.keys()].join('')) NUMERAL_START[ch.charCodeAt(0)] = 1;

export const startsNumeral = (text: string, pos: number): boolean => NUMERAL_START[text.charCodeAt(pos)] === 1;

/** Arabic figures at `pos`: digits, thousands groups (",200"), one decimal part. */
export function readArabic(text: string, pos: number): { end: number; value: Decimal; integer: boolean } {
  let p = digitsEnd(text, pos);
  // A thousands group is a separator and exactly three digits after a lead of at most three (1,200 and, in older
  // reports, 11，038，000); anything else ends the number (8,9 is a list).
  if (p - pos <= 3) while (THOUSANDS_SEPARATORS.has(text[p]) && digitsEnd(text, p + 1) === p + 4) p += 4;
  let whole = '';
  for (let k = pos; k < p; k++) if (isDigit(text[k])) whole += text[k];
  if (text[p] !== '.' || !isDigit(text[p + 1])) return { end: p, value: { mantissa: whole, exponent: 0 }, integer: true };
  const fractionEnd = digitsEnd(text, p + 1);
  const fraction = text.slice(p + 1, fractionEnd);
  return { end: fractionEnd, value: { mantissa: whole + fraction, exponent: -fraction.length }, integer: false };
}

function digitsEnd(text: string, pos: number): number {
  let p = pos;
  while (isDigit(text[p])) p++;
  return p;
}

/** End of a run of Chinese numeral characters at `pos`; 点 belongs to it only between digits (三点五, 十点五, 十二点五). */
export function chineseRunEnd(text: string, pos: number): number {
  let p = pos;
  for (;;) {
    if (isChineseNumeral(text[p])) p++;
    else if (text[p] === CHINESE_DECIMAL_POINT && (CHINESE_DIGITS.has(text[p - 1]) || text[p - 1] === '十') && CHINESE_DIGITS.has(text[p + 1])) p++;
    else return p;
  }
}

/** The value of text[start, end) read as a Chinese numeral, or undefined when it is no well-formed numeral (十四五). */
export function evaluateChinese(text: string, start: number, end: number): Decimal | undefined {
  let point = start;
  while (point < end && text[point] !== CHINESE_DECIMAL_POINT) point++;
  if (point === end) {
    const whole = chineseInteger(text, start, end);
    return whole === undefined ? undefined : { mantissa: String(whole), exponent: 0 };
  }
  // 三点五(万): whole part, fraction digits, then optional multipliers.
  const whole = chineseInteger(text, start, point);
  let p = point + 1;
  let fraction = '';
  for (; CHINESE_DIGITS.has(text[p]) && p < end; p++) fraction += String(CHINESE_DIGITS.get(text[p]));
  let exponent = -fraction.length;
  for (; p < end; p++) {
    const e = MULTIPLIER_EXPONENTS.get(text[p]);
    if (e === undefined) return undefined;
    exponent += e;
  }
  return whole === undefined ? undefined : { mantissa: String(whole) + fraction, exponent };
}

/** Positional reading (一千二百 = 1200, 三亿五千万, 万 = 10000); digit by digit when there is no multiplier (二〇二一). */
function chineseInteger(text: string, start: number, end: number): number | undefined {
  if (end <= start) return undefined;
  let hasMultiplier = false;
  for (let p = start; p < end; p++) if (MULTIPLIER_EXPONENTS.has(text[p])) hasMultiplier = true;
  if (!hasMultiplier) {
    let value = 0;
    for (let p = start; p < end; p++) value = value * 10 + (CHINESE_DIGITS.get(text[p]) ?? NaN);
    return Number.isNaN(value) ? undefined : value;
  }
  let yi = 0; // the part counted in 亿
  let wan = 0; // the part counted in 万
  let section = 0; // below 万
  let digit: number | undefined;
  let lastSmall = Infinity; // 十/百/千 must fall within a section (一千二百, not 百千)
  for (let p = start; p < end; p++) {
    const ch = text[p];
    const d = CHINESE_DIGITS.get(ch);
    if (d === 0) continue; // 零 marks a gap (一百零五)
    if (d !== undefined) {
      if (digit !== undefined) return undefined; // two digits in a row: 十四五 is a name
      digit = d;
      continue;
    }
    const e = MULTIPLIER_EXPONENTS.get(ch);
    if (ch === WAN) {
      if (wan !== 0) return undefined;
      wan = section + (digit ?? 0) || 1;
    } else if (ch === YI) {
      if (yi !== 0) return undefined;
      yi = wan * 1e4 + section + (digit ?? 0) || 1;
      wan = 0;
    } else if (e !== undefined) {
      if (e >= lastSmall) return undefined;
      section += (digit ?? 1) * 10 ** e;
      lastSmall = e;
      digit = undefined;
      continue;
    } else return undefined;
    section = 0;
    digit = undefined;
    lastSmall = Infinity;
  }
  return yi * 1e8 + wan * 1e4 + section + (digit ?? 0);
}
