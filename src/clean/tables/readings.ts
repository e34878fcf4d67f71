import { createRequire } from 'node:module';
import { commonCharacters } from './character-frequency.js';
import { jsonForm, prebuilt, stringMapForm } from '../../prebuilt.js';

/**
 * Pronunciation from pinyin-pro: every toneless reading of a character, and the reverse index from a
 * reading to the common characters that have it (the candidates a homophone swap may stand for). The readings
 * of every character of running text (U+3400–U+9FFF, the range the judge looks at) are asked once, at build time
 * (prebuilt.ts); pinyin-pro itself, ~50 ms to load, only for a character outside it.
 */

let pinyinPro: typeof import('pinyin-pro') | undefined;

/** What pinyin-pro reads the character as, toneless, each reading once. */
function askPinyin(character: string): readonly string[] {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  const all = pinyinPro.pinyin(character, { multiple: true, type: 'array', toneType: 'none' });
  return [...new Set(all.filter((reading) => /^[a-zü]+$/.test(reading)))];
}

const FIRST = 0x3400;
const LAST = 0x9fff;

/** The readings of U+3400–U+9FFF by code, each character's joined by commas (the compact form: one string). */
const rangeReadings = prebuilt(
  'readings',
  () => Array.from({ length: LAST - FIRST + 1 }, (_, k) => askPinyin(String.fromCharCode(FIRST + k)).join(',')),
  jsonForm(
    (list: string[]) => list.join('|'),
    (joined: string) => joined.split('|'),
  ),
);

const cache = new Map<string, readonly string[]>();

/** The toneless readings of one character ([] when pinyin-pro has none). */
export function readings(character: string): readonly string[] {
  let found = cache.get(character);
  if (!found) {
    const code = character.length === 1 ? character.charCodeAt(0) : -1;
    const listed = code >= FIRST && code <= LAST ? rangeReadings()[code - FIRST]! : undefined;
    found = listed === undefined ? askPinyin(character) : listed ? listed.split(',') : [];
    cache.set(character, found);
  }
  return found;
}

const byReading = prebuilt(
  'common-by-reading',
  () => {
    const index = new Map<string, string[]>();
    for (const character of commonCharacters()) {
      for (const reading of readings(character)) {
        const list = index.get(reading);
        if (list) list.push(character);
        else index.set(reading, [character]);
      }
    }
    return index;
  },
  stringMapForm<string[]>(),
);

/** The common characters read `reading` (toneless), most frequent first. */
export function commonCharactersRead(reading: string): readonly string[] {
  return byReading().get(reading) ?? [];
}

export const shareReading = (a: string, b: string): boolean => readings(a).some((r) => readings(b).includes(r));
