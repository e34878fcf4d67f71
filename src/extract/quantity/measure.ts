/**
 * A measure is one amount or a range of two (8%-8.5%, 8—8.5%, 10到15个, 1-2万人). The ends of a range share a unit:
 * the first may omit it and then takes the second's unit and multiplier (1-2万人 is 10000 to 20000 人).
 */
import { RANGE_CONNECTORS } from '../tables/modifiers.js';
import { type Amount, readAmount } from './amount.js';
import { startsNumeral } from './numeral.js';

export type Measure = { start: number; end: number; amounts: [Amount] | [Amount, Amount] };

export function readMeasure(text: string, pos: number): Measure {
  const first = readAmount(text, pos);
  const single: Measure = { start: first.start, end: first.end, amounts: [first] };
  const connector = first.end;
  if (!RANGE_CONNECTORS.has(text[connector]) || !startsNumeral(text, connector + 1)) return single;
  const second = readAmount(text, connector + 1);
  if (second.script !== first.script || second.unit === undefined) return single;
  if (first.unit === undefined) {
    const scale = first.scale === 0 ? second.scale : first.scale;
    return { start: first.start, end: second.end, amounts: [{ ...first, unit: second.unit, scale }, second] };
  }
  return first.unit === second.unit ? { start: first.start, end: second.end, amounts: [first, second] } : single;
}
