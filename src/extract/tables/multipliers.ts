/**
 * Chinese multipliers (数位词) as powers of ten. After an Arabic number they multiply it (4千亿元 = 4×10³×10⁸ 元,
 * 13.57万亿元, 95.3万亩); standing alone before a measure word they are a round number (万亩 = 10000 亩,
 * 百项 = 100 项). Source: the standard Chinese numeral system (现代汉语词典, 数词).
 */
export const MULTIPLIER_EXPONENTS: ReadonlyMap<string, number> = new Map([
  ['十', 1],
  ['百', 2],
  ['千', 3],
  ['万', 4],
  ['亿', 8],
]);

/** The two multipliers that close a section of a Chinese numeral (三亿五千万 = 3×10⁸ + 5000×10⁴). */
export const WAN = '万';
export const YI = '亿';
