/**
 * Words that state a multiple without a numeral: 倍增 (to double), 翻一番 (to double), 翻两番 (to quadruple).
 * From the standard usage of 番 (现代汉语词典: 翻一番 = ×2, 翻两番 = ×4).
 */
export const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([
  ['倍增', 2],
  ['翻一番', 2],
  ['翻番', 2],
  ['翻两番', 4],
  ['翻三番', 8],
]);
export const MULTIPLE_UNIT = '倍';
