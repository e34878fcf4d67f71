/**
 * Words that state a multiple without a numeral: 倍增 (to double), 翻一番 (to double), 翻两番 (to quadruple), with
 * 了 when done (翻了一番).
 * From the standard usage of 番 (现代汉语词典: 翻一番 = ×2, 翻两番 = ×4).
 */
export const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([
  ['倍增', 2],
  ['翻一番', 2],
  ['翻了一番', 2],
  ['翻番', 2],
  ['翻两番', 4],
  ['翻了两番', 4],
  ['翻三番', 8],
]);
export const MULTIPLE_UNIT = '倍';
