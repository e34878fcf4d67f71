/**
 * Heading numbering of Chinese official documents (GB/T 9704-2012 党政机关公文格式: 一、 (一) 1. (1)), the
 * parts of a long provincial report (第一部分), and the short unnumbered headings of older reports (结束语).
 * Levels are the numbering depth.
 */
export const HEADING_MARKERS: readonly { level: 1 | 2 | 3; marker: RegExp }[] = [
  { level: 1, marker: /^[一二三四五六七八九十]{1,3}[、.．]/ },
  // (not a sentence that names the parts: 第一部分是2010年工作回顾，第二部分是…)
  { level: 1, marker: /^第[一二三四五六七八九十]{1,3}部分(?![是为包])[ \t\u3000、：:]*/ },
  { level: 2, marker: /^[（(][一二三四五六七八九十]{1,3}[）)]/ },
  { level: 3, marker: /^\d{1,2}[.．、](?!\d)/ },
];

/** An unnumbered line this short, without sentence punctuation, is a heading. */
export const BARE_HEADING_MAX = 24;
/** The heading text of a numbered line runs to its first sentence mark, at most this long. */
export const HEADING_TEXT_MAX = 40;
