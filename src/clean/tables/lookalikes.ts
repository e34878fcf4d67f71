/**
 * Symbols that are not Han characters (or are rare Han variants) but look like one, as left by copy-and-paste
 * and by sites that disguise text. Content from our own reading of the Unicode code charts: each symbol is
 * mapped to the Han character its glyph is drawn like. A lookalike is only repaired where the Han character
 * makes a word with its neighbours (the swapped pass checks), so box lines and Greek in formulas stay.
 */
const DRAWN_LIKE: Readonly<Record<string, string>> = {
  // Box Drawing (U+2500–257F): crossings look like 十, horizontal lines like 一, double lines like 二.
  '┼': '十', '┿': '十', '╋': '十', '╂': '十', '╀': '十', '╁': '十', '╪': '十', '╫': '十',
  '─': '一', '━': '一', '┄': '一', '┅': '一', '┈': '一', '┉': '一', '╌': '一', '╍': '一',
  '═': '二',
  // Greek and Cyrillic letters whose capitals look like 中.
  'Φ': '中', 'φ': '中', 'Ф': '中', 'ф': '中',
  // Katakana drawn like Han characters (ロ 口, エ 工, カ 力, ニ 二, ハ 八, ト 卜, タ 夕, チ 千).
  'ロ': '口', 'エ': '工', 'カ': '力', 'ニ': '二', 'ハ': '八', 'ト': '卜', 'タ': '夕', 'チ': '千',
  // Rare Han forms standing for everyday ones (Unihan lists them as old variants of 下 and 上).
  '丅': '下', '丄': '上',
};

const KANGXI_RADICALS = [0x2f00, 0x2fdf] as const; // ⼈ is drawn exactly like 人
const COMPATIBILITY_IDEOGRAPHS = [0xf900, 0xfaff] as const; // duplicates of unified ideographs
const ENCLOSED_IDEOGRAPHS = [0x3200, 0x32ff] as const; // ㈣ and ㊃ enclose 四

const within = (symbol: string, [first, last]: readonly [number, number]): boolean => {
  const code = symbol.charCodeAt(0);
  return code >= first && code <= last;
};

/** Kangxi radicals and compatibility ideographs are the same glyph as their Han character: no context needed. */
export const isSameGlyph = (symbol: string): boolean =>
  within(symbol, KANGXI_RADICALS) || within(symbol, COMPATIBILITY_IDEOGRAPHS);

/**
 * The Han character `symbol` is drawn like, if any: from the table above, else from Unicode's
 * compatibility mapping (NFKC) for the blocks of Han look-alikes, dropping the parentheses of ㈠–㈩.
 */
export function drawnLike(symbol: string): string | undefined {
  const fromTable = DRAWN_LIKE[symbol];
  if (fromTable) return fromTable;
  if (!isSameGlyph(symbol) && !within(symbol, ENCLOSED_IDEOGRAPHS)) return undefined;
  const mapped = symbol.normalize('NFKC').replace(/^\((.)\)$/u, '$1');
  return /^\p{Script=Han}$/u.test(mapped) && mapped !== symbol ? mapped : undefined;
}
