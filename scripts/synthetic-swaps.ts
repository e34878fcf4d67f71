/**
 * Swaps characters of clean text the way dirty web copies do, to measure character repair on text nobody tuned
 * it to (`npm run eval -- --only repair-synthetic`). Seeded and deterministic. Three families:
 * - lookalike: a rarer character written as the intended one plus a radical or an enclosure (噺 for 新, 囚 for 人),
 *   from the decomposition table, and the symbols drawn like a Han character (┿ for 十, 丅 for 下);
 * - homophone: a character outside the standard set read the same (toneless), not written with the intended one (垺 for 服);
 * - traditional: the traditional form (OpenCC's simplified → traditional character table: 发 → 發).
 * Every swap is one UTF-16 code for one, so offsets into the swapped text are offsets into the clean one.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import { characterRank, COMMON_RANK } from '../src/clean/tables/character-frequency.js';
import { isKangxiRadical } from '../src/clean/tables/radical-forms.js';
import { isGb2312 } from '../src/clean/tables/gb2312.js';
import { partsOf } from '../src/clean/indexes/decomposition.js';
import { drawnLike } from '../src/clean/tables/lookalikes.js';
import { readings } from '../src/clean/tables/readings.js';
import { simplifiedForm } from '../src/clean/tables/traditional-forms.js';
import { standardFormOf } from '../src/clean/tables/variants.js';
import { memo } from '../src/clean/tables/package-data.js';
import { random } from '../test/helpers/random.js';

export const SWAP_FAMILIES = ['lookalike', 'homophone', 'traditional'] as const;
export type SwapFamily = (typeof SWAP_FAMILIES)[number];

/** One swapped character: at `at`, `original` was written as `swapped`. */
export interface Swap {
  at: number;
  original: string;
  swapped: string;
  family: SwapFamily;
}

/** Characters the copies never pick as a swap: the everyday ones (the 常用字 list's size), whose swap reads as a typo. */
const EVERYDAY_RANK = 2500;

/** Ideographs a swap may use: the BMP blocks (one UTF-16 code each). */
const IDEOGRAPHS: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

/** Symbols outside those blocks drawn like a Han character (box drawing, Greek, Katakana, enclosed numbers). */
const SYMBOLS: readonly [number, number][] = [
  [0x2500, 0x257f],
  [0x0391, 0x03c9],
  [0x0410, 0x044f],
  [0x30a0, 0x30ff],
  [0x3220, 0x3229],
];

/** A character that is itself meant somewhere (a traditional form, a variant of another): not a clean swap. */
const isFormOfAnother = (character: string, original: string): boolean => {
  const standard = standardFormOf(character);
  return simplifiedForm(character) !== undefined || (standard !== undefined && standard !== original);
};

const add = (table: Map<string, string[]>, original: string, swapped: string) => {
  const list = table.get(original);
  if (list) list.push(swapped);
  else table.set(original, [swapped]);
};

/** For each common character, the swaps of each family, in code order. */
const swapTables = memo(() => {
  const tables: Record<SwapFamily, Map<string, string[]>> = {
    lookalike: new Map(),
    homophone: new Map(),
    traditional: new Map(),
  };
  const rare = (character: string) => characterRank(character) > EVERYDAY_RANK;
  const byReading = new Map<string, string[]>();
  for (const [first, last] of IDEOGRAPHS) {
    for (let code = first; code <= last; code++) {
      const character = String.fromCharCode(code);
      if (!rare(character)) continue;
      const [first, second] = partsOf(character);
      for (const [part, radical] of [[first, second], [second, first]] as const) {
        if (!part || !radical || partsOf(character).length !== 2 || !isKangxiRadical(radical)) continue;
        if (characterRank(part) <= COMMON_RANK && !isFormOfAnother(character, part)) add(tables.lookalike, part, character);
      }
      // A homophone swap outside the standard set: one inside it (芯 for 新) reads as a typo, which the copies avoid.
      if (isGb2312(character) || isKangxiRadical(character) || simplifiedForm(character) !== undefined || standardFormOf(character) !== undefined) continue;
      for (const reading of readings(character)) add(byReading, reading, character);
    }
  }
  for (const [first, last] of SYMBOLS) {
    for (let code = first; code <= last; code++) {
      const symbol = String.fromCharCode(code);
      const han = drawnLike(symbol);
      if (han) add(tables.lookalike, han, symbol);
    }
  }
  for (const character of ['丅', '丄']) add(tables.lookalike, drawnLike(character)!, character);
  return { tables, byReading };
});

/** The rare homophones of `original`: read as it is, not written with it. */
function homophonesOf(original: string): readonly string[] {
  const { byReading } = swapTables();
  const found = new Set<string>();
  for (const reading of readings(original)) {
    for (const other of byReading.get(reading) ?? []) if (!partsOf(other).includes(original)) found.add(other);
  }
  return [...found];
}

const traditionalForms = memo(() => {
  const map = new Map<string, string>();
  for (const entry of STCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    const first = to?.split(/\s/)[0];
    if (from && first && from.length === 1 && first.length === 1 && first !== from) map.set(from, first);
  }
  return map;
});

/** The swaps of `family` that `original` may be written as. */
export function swapsOf(original: string, family: SwapFamily): readonly string[] {
  if (family === 'traditional') {
    const form = traditionalForms().get(original);
    return form ? [form] : [];
  }
  if (family === 'homophone') return homophonesOf(original);
  return swapTables().tables.lookalike.get(original) ?? [];
}


/**
 * Swaps about one common Han character in `every` (never two side by side) at the offsets `inside` accepts (the
 * report's body, an article's prose lines), each of a family drawn at random among those that have a swap for it.
 */
export function swapCharacters(
  text: string,
  seed: number,
  every: number,
  inside: (offset: number) => boolean = () => true,
): { text: string; swaps: Swap[] } {
  const next = random(seed);
  const codes = [...text];
  const swaps: Swap[] = [];
  let offset = 0;
  for (let i = 0; i < codes.length; offset += codes[i]!.length, i++) {
    const original = codes[i]!;
    if (!inside(offset) || next() * every >= 1) continue;
    if (!/^\p{Script=Han}$/u.test(original) || characterRank(original) > COMMON_RANK) continue;
    if (swaps.at(-1)?.at === offset - 1) continue;
    const families = SWAP_FAMILIES.filter((family) => swapsOf(original, family).length > 0);
    if (families.length === 0) continue;
    const family = families[Math.floor(next() * families.length)]!;
    const options = swapsOf(original, family);
    const swapped = options[Math.floor(next() * options.length)]!;
    codes[i] = swapped;
    swaps.push({ at: offset, original, swapped, family });
  }
  return { text: codes.join(''), swaps };
}
