import { pinyin } from 'pinyin-pro';
import { commonCharacters } from './character-frequency.js';
import { memo } from './package-data.js';

/**
 * Pronunciation from pinyin-pro: every toneless reading of a character, and the reverse index from a
 * reading to the common characters that have it (the candidates a homophone swap may stand for).
 */

const cache = new Map<string, readonly string[]>();

/** The toneless readings of one character ([] when pinyin-pro has none). */
export function readings(character: string): readonly string[] {
  let found = cache.get(character);
  if (!found) {
    const all = pinyin(character, { multiple: true, type: 'array', toneType: 'none' });
    found = [...new Set(all.filter((reading) => /^[a-zü]+$/.test(reading)))];
    cache.set(character, found);
  }
  return found;
}

const byReading = memo(() => {
  const index = new Map<string, string[]>();
  for (const character of commonCharacters()) {
    for (const reading of readings(character)) {
      const list = index.get(reading);
      if (list) list.push(character);
      else index.set(reading, [character]);
    }
  }
  return index;
});

/** The common characters read `reading` (toneless), most frequent first. */
export function commonCharactersRead(reading: string): readonly string[] {
  return byReading().get(reading) ?? [];
}

export const shareReading = (a: string, b: string): boolean => readings(a).some((r) => readings(b).includes(r));
