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

/**
 * Where those words state no multiple: 成倍增长 (manifold), and a programme named for doubling (工业倍增行动,
 * 收入倍增计划). Matched around the word: the character before it, then the word and what follows.
 */
export const NOT_A_MULTIPLE = { before: /成$/, after: /^倍增(?:行动|计划|工程|战略|工作)/ } as const;
