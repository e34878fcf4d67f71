/**
 * The quantity recognizer: finds the quantities of one clause in a single left-to-right scan — numerals, their
 * multipliers and units, ranges and the modifiers that give the op — and leaves out what only looks like one
 * (years, dates, ordinals, names, codes). Knowledge lives in ../tables; this folder only reads text with it.
 */
import type { Span } from '../../span.js';
import { FIXED_WORDS, NAME_QUOTE_MAX_LENGTH, NAME_QUOTES } from '../tables/not-quantities.js';
import { MULTIPLE_UNIT, MULTIPLE_WORDS, NOT_A_MULTIPLE } from '../tables/multiple-words.js';
import { isQuantity } from './context.js';
import { type Measure, readMeasure } from './measure.js';
import type { Amount } from './amount.js';
import { startsNumeral, toNumber } from './numeral.js';
import { qualify } from './ops.js';
import { indexWords, wordAt } from './words.js';

export type Op = 'exact' | 'about' | 'at_least' | 'at_most' | 'range';

export interface Quantity {
  /** UTF-16 offsets into the given text, half-open, covering the number, its unit and its modifiers. */
  start: number;
  end: number;
  /** In base units: multipliers applied (8.5万人 → 85000). For a range, its lower end. */
  low: number;
  /** Ranges only. */
  high?: number;
  /** The unit after the multiplier is removed: 元, 人, 个, 亩 …; '%' for shares; '百分点'; '' when there is none. */
  unit: string;
  op: Op;
  /** The numeral with its multipliers ("8.5万", "八" of 百分之八); for a range, from the first to the second. */
  number: Span;
  /** The modifier words that gave the op, in text order (不少于, 多, 以上, 向…迈进); empty for exact. */
  modifiers: string[];
  /** The step of the last digit written of `low`, in base units: 230.6亿 → 1e7, 2306460万 → 1e4, 4.8% → 0.1. */
  precision: number;
}

const FIXED_INDEX = indexWords(FIXED_WORDS);
const MULTIPLE_INDEX = indexWords(MULTIPLE_WORDS.keys());
/** The closing mark's UTF-16 code by the opening one's (0: not an opener): one array read per character scanned. */
const QUOTE_CLOSERS = new Uint16Array(0x10000);
for (const [open, close] of NAME_QUOTES) QUOTE_CLOSERS[open.charCodeAt(0)] = close.charCodeAt(0);

/** The quantities of `text`, in text order and non-overlapping. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let nameEnd = -1; // end of the short quotation (a name) the scan is in
  let i = 0;
  while (i < text.length) {
    if (!startsNumeral(text, i)) {
      const multiple = wordAt(text, i, MULTIPLE_INDEX);
      if (multiple !== undefined && i >= nameEnd && !NOT_A_MULTIPLE.before.test(text.slice(i - 1, i)) && !NOT_A_MULTIPLE.after.test(text.slice(i, i + 8))) {
        // 实现倍增, 翻一番: a multiple stated in words
        const end = i + multiple.length;
        found.push({ start: i, end, low: MULTIPLE_WORDS.get(multiple)!, unit: MULTIPLE_UNIT, op: 'exact', number: { start: i, end }, modifiers: [], precision: 1 });
        i = end;
        continue;
      }
      const closing = QUOTE_CLOSERS[text.charCodeAt(i)]!;
      if (closing !== 0) nameEnd = closingWithin(text, i, closing) ?? nameEnd;
      i++;
      continue;
    }
    const fixed = wordAt(text, i, FIXED_INDEX);
    if (fixed !== undefined) {
      i += fixed.length;
      continue;
    }
    const measure = readMeasure(text, i);
    i = measure.end;
    if (measure.start < nameEnd || !isQuantity(text, measure)) continue;
    const quantity = toQuantity(text, measure);
    // A modifier after the measure (以上, 向…迈进) is consumed with it.
    i = Math.max(i, quantity.end);
    found.push(quantity);
  }
  return withBorrowedUnits(text, found);
}

/** How far the figure whose unit an amount without one borrows may stand after it (突破3万亿，达到3.12万亿元). */
const BORROW_REACH = 8;
const ENDS_WITH_MULTIPLIER = /[万亿]$/;

/**
 * An amount in 万 or 亿 without a unit says the unit of the next one of its kind (首次突破3万亿，达到3.12万亿元;
 * 从2.5万亿增加到3万亿元): the writer gives it once.
 */
function withBorrowedUnits(text: string, found: Quantity[]): Quantity[] {
  for (let k = 0; k + 1 < found.length; k++) {
    const [q, next] = [found[k], found[k + 1]];
    if (q.unit !== '' || next.unit === '' || next.start - q.end > BORROW_REACH) continue;
    const numeral = (m: Quantity) => text.slice(m.number.start, m.number.end);
    if (ENDS_WITH_MULTIPLIER.test(numeral(q)) && ENDS_WITH_MULTIPLIER.test(numeral(next))) q.unit = next.unit;
  }
  return found;
}

/** Where a short quotation opened at `open` closes; undefined when it is longer (a quoted sentence is no name). */
function closingWithin(text: string, open: number, closing: number): number | undefined {
  const limit = Math.min(text.length, open + NAME_QUOTE_MAX_LENGTH + 2);
  for (let p = open + 1; p < limit; p++) if (text.charCodeAt(p) === closing) return p;
  return undefined;
}

/**
 * The step of an amount's last digit as written: every Arabic digit counts (2306460万 is to the 万); a Chinese numeral
 * is as precise as its last digit that is not zero (一千二百万 is to the 百万).
 */
function precisionOf(amount: Amount): number {
  const { mantissa, exponent } = amount.value;
  const zeros = amount.script === 'chinese' ? mantissa.length - mantissa.replace(/0+$/, '').length : 0;
  return Number(`1e${exponent + amount.scale + zeros}`);
}

function toQuantity(text: string, measure: Measure): Quantity {
  const { amounts } = measure;
  const { start, end, op, modifiers } = qualify(text, measure);
  const [first] = amounts;
  const last = amounts[amounts.length - 1];
  const quantity: Quantity = {
    start, end, low: toNumber(first.value, first.scale), unit: first.unit ?? '', op,
    number: { start: first.number.start, end: last.number.end }, modifiers, precision: precisionOf(first),
  };
  if (amounts.length === 2) quantity.high = toNumber(last.value, last.scale);
  return quantity;
}
