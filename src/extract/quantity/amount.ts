/**
 * One amount: an optional share prefix (百分之), the numeral, its multipliers (万, 亿, 千亿 …), an optional 多/余,
 * and its unit (元, 个, 平方公里, %, 个百分点 …). Units that begin with a multiplier character (千瓦, 千米, 百分点)
 * are found by giving the last characters of the numeral back to the unit (100万千瓦 = 100万 × 千瓦).
 */
import type { Span } from '../../span.js';
import { MULTIPLIER_EXPONENTS } from '../tables/multipliers.js';
import { INFIX_AT_LEAST } from '../tables/modifiers.js';
import { CHINESE_DIGITS, SHARE_PREFIXES, SHARE_SIGNS, TENTHS, TENTHS_AFTER } from '../tables/numerals.js';
import { IMPLIED_REACH, IMPLIED_UNITS, LOST_PERCENT, UNIT_CANONICAL_FORMS, UNITS } from '../tables/units.js';
import { chineseRunEnd, type Decimal, evaluateChinese, isDigit, readArabic, startsNumeral } from './numeral.js';
import { indexWords, wordAt } from './words.js';

export interface Amount {
  start: number; // the share prefix or the numeral
  end: number; // after the unit, or after the numeral when there is none
  number: Span; // numeral with its multipliers (and a 多/余 between them)
  value: Decimal;
  scale: number; // power of ten from multipliers and share signs
  unit: string | undefined; // canonical form
  unitWritten: string | undefined; // as in the text (个百分点)
  script: 'arabic' | 'chinese';
  integer: boolean; // Arabic figures without a decimal part
  infix: string | undefined; // 多/余
}

const UNIT_INDEX = indexWords(UNITS);
const SHARE_PREFIX_INDEX = indexWords(SHARE_PREFIXES.keys());
/** How many trailing numeral characters may be given back to a unit (万千瓦时 → 万 + 千瓦时). */
const GIVE_BACK = 2;

/** The amount starting at `pos` (where startsNumeral holds); its value is NaN when the numeral is malformed (十四五). */
export function readAmount(text: string, pos: number): Amount {
  const tenths = readTenths(text, pos);
  if (tenths) return tenths;
  const share = wordAt(text, pos, SHARE_PREFIX_INDEX);
  const numberStart = share !== undefined && startsNumeral(text, pos + share.length) ? pos + share.length : pos;
  const shareUnit = numberStart > pos ? SHARE_PREFIXES.get(share as string) : undefined;
  const script: Amount['script'] = isDigit(text[numberStart]) ? 'arabic' : 'chinese';
  const arabic = script === 'arabic' ? readArabic(text, numberStart) : undefined;
  const coreEnd = arabic ? arabic.end : chineseRunEnd(text, numberStart);
  const magnitudeEnd = tailEnd(text, coreEnd);
  // Ends to try, longest first; Arabic figures are never split, a Chinese run may give back its last characters.
  const shortest = arabic ? coreEnd : Math.max(numberStart + 1, coreEnd - GIVE_BACK);
  const integer = arabic?.integer ?? false;
  // Without a unit, a Chinese run is read whole or not at all, so a malformed one is skipped whole (十四五期间).
  let fallback: Amount | undefined;
  for (let e = magnitudeEnd; e >= shortest; e--) {
    const magnitude = readMagnitude(text, numberStart, coreEnd, e, arabic?.value);
    if (!magnitude) continue;
    const { value, scale, infix } = magnitude;
    const number = { start: numberStart, end: e };
    if (shareUnit !== undefined) {
      return { start: pos, end: e, number, value, scale, unit: shareUnit, unitWritten: undefined, script, integer, infix };
    }
    // 200千米 is 200 km, not 200千 m: a unit that starts with the multiplier before it takes it back
    if (e - 1 >= shortest && MULTIPLIER_EXPONENTS.has(text[e - 1]) && readUnit(text, e - 1)) continue;
    const unit = readUnit(text, e);
    if (unit) {
      const end = e + unit.written.length;
      return { start: pos, end, number, value, scale, unit: unit.unit, unitWritten: unit.written, script, integer, infix };
    }
    if (!fallback && (arabic || e === magnitudeEnd) && !INFIX_AT_LEAST.has(text[e - 1])) {
      fallback = { start: pos, end: e, number, value, scale, unit: impliedUnit(text, pos, e, scale, Boolean(arabic)), unitWritten: undefined, script, integer, infix };
    }
  }
  return fallback ?? {
    start: pos, end: magnitudeEnd, number: { start: numberStart, end: magnitudeEnd }, value: { mantissa: 'NaN', exponent: 0 },
    scale: 0, unit: undefined, unitWritten: undefined, script, integer, infix: undefined,
  };
}

/** 四成, 两成: a lone Chinese digit (not zero, not inside a run: 三五成群) and 成, in tenths of a whole, so in %. */
function readTenths(text: string, pos: number): Amount | undefined {
  const digit = CHINESE_DIGITS.get(text[pos]!);
  if (!digit || text[pos + 1] !== TENTHS || CHINESE_DIGITS.has(text[pos - 1] ?? '') || !TENTHS_AFTER.test(text.slice(pos + 2, pos + 4))) return undefined;
  const number = { start: pos, end: pos + 1 };
  return { start: pos, end: pos + 2, number, value: { mantissa: String(digit), exponent: 0 }, scale: 1, unit: '%', unitWritten: TENTHS, script: 'chinese', integer: false, infix: undefined };
}

/**
 * The unit a count of many leaves unwritten, told by the people counted around it (减少贫困人口125万, 924万农民工); the %
 * of a growth rate a copy lost (比上年增长0.8，).
 */
function impliedUnit(text: string, start: number, end: number, scale: number, arabic: boolean): string | undefined {
  if (scale === 0) {
    const lost = arabic && LOST_PERCENT.before.test(text.slice(Math.max(0, start - LOST_PERCENT.reach), start)) && LOST_PERCENT.after.test(text.slice(end, end + 2));
    return lost ? '%' : undefined;
  }
  const implied = IMPLIED_UNITS.find(
    ({ before, after }) => after.test(text.slice(end, end + IMPLIED_REACH)) || before.test(text.slice(Math.max(0, start - IMPLIED_REACH), start)),
  );
  return implied?.unit;
}

/** After the numeral: multipliers, with at most one 多/余 before or after them (200余万, 1万余, 2000多). */
function tailEnd(text: string, pos: number): number {
  let p = pos;
  let infixSeen = false;
  for (;;) {
    if (MULTIPLIER_EXPONENTS.has(text[p])) p++;
    else if (!infixSeen && INFIX_AT_LEAST.has(text[p])) {
      infixSeen = true;
      p++;
    } else return p;
  }
}

/**
 * text[start, end) as numeral + multipliers. Arabic figures end at coreEnd and every multiplier after them scales
 * (4千亿 = 4e11); a Chinese run carries its own multipliers (一千二百万) and only those after a 多/余 scale (二百多万).
 */
function readMagnitude(
  text: string, start: number, coreEnd: number, end: number, arabic: Decimal | undefined,
): { value: Decimal; scale: number; infix: string | undefined } | undefined {
  let infixAt = -1;
  for (let p = coreEnd; p < end; p++) if (INFIX_AT_LEAST.has(text[p])) infixAt = p;
  const headEnd = arabic ? coreEnd : infixAt < 0 ? end : infixAt;
  const value = arabic ?? evaluateChinese(text, start, headEnd);
  if (!value) return undefined;
  let scale = 0;
  for (let p = headEnd; p < end; p++) {
    if (p === infixAt) continue;
    const e = MULTIPLIER_EXPONENTS.get(text[p]);
    if (e === undefined) return undefined;
    scale += e;
  }
  return { value, scale, infix: infixAt < 0 ? undefined : text[infixAt] };
}

/** The unit at `pos`: a share sign (%, ‰) or the longest unit of the table. */
function readUnit(text: string, pos: number): { unit: string; written: string } | undefined {
  if (SHARE_SIGNS.has(text[pos])) return { unit: text[pos], written: text[pos] };
  const written = wordAt(text, pos, UNIT_INDEX);
  return written === undefined ? undefined : { unit: UNIT_CANONICAL_FORMS.get(written) ?? written, written };
}
