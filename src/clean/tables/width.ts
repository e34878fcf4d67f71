/**
 * Full-width (U+FF01–U+FF5E) forms made half-width: digits, Latin letters and the symbols used inside
 * numbers and codes. Chinese sentence punctuation in the same block (，。！？：；（）) stays as it is —
 * it is the normal form in Chinese text (GB/T 15834-2011, 标点符号用法).
 * Source: Unicode Halfwidth and Fullwidth Forms block; the symbol choice is our own analysis.
 */
const FULL_TO_HALF_OFFSET = 0xfee0;

/** Symbols converted besides digits and letters: percent and the arithmetic/code marks found in figures. */
const SYMBOLS = '％＋－＝＜＞／＊＃＆＠＄～';

/** The half-width form of a full-width digit, letter or listed symbol; undefined for anything else. */
export function halfWidthOf(ch: string): string | undefined {
  const code = ch.charCodeAt(0);
  const isDigit = code >= 0xff10 && code <= 0xff19;
  const isLetter = (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
  if (isDigit || isLetter || SYMBOLS.includes(ch)) return String.fromCharCode(code - FULL_TO_HALF_OFFSET);
  return undefined;
}

/**
 * The full-width full stop is a decimal point only between digits (８．５％) — or what stands for one in a copy: a
 * zero look-alike (７．〇８), a masked digit (２１１２．*, 1**．7) — across one gap a copy put inside the figure (a
 * letter-spaced １ １ ．６, a PDF's line break after ３．).
 */
export const FULL_WIDTH_DECIMAL_POINT = '．';
export const MASKED_DIGIT = '*';
export const GAPS_IN_FIGURE = ' \n';

/**
 * Signs drawn like the percent sign that pages put after figures (增长15.2℅): care of (U+2105) and the small
 * percent sign (U+FE6A), by UTF-16 code (the width pass asks at every character). Our own reading of copied pages;
 * Unicode code charts.
 */
export const PERCENT_LOOKALIKES: ReadonlyMap<number, string> = new Map([
  ['℅', '%'],
  ['﹪', '%'],
].map(([sign, to]) => [sign.charCodeAt(0), to]));

/**
 * Signs drawn like zero that copies put for the digit inside an Arabic figure (2〇3.5亿元, 4.〇6亿元, 1〇.2%): the
 * ideographic zero (U+3007) and the white circle (U+25CB), a zero only after a digit or a decimal point after one
 * (二〇二一年 stays: its neighbours are Chinese digits). Our own reading of copied pages.
 */
export const ZERO_LOOKALIKES = '〇○';
