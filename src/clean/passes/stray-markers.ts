import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { AD_LINE, DATE_IN_LINE, WEDGED_ADDRESS, LONE_BRACE, PAGE_NUMBER_LINE, SPACE_IN_FIGURE, STRAY_MARKER, ZERO_WIDTH } from '../tables/artifacts.js';

const ZERO_WIDTH_ANY = new RegExp(ZERO_WIDTH.source);

/**
 * Every match of `pattern` removed. `core` is what any match contains: a cheap test that spares the full pattern
 * (whose lookbehind is tried at every offset) on the many texts that have no such artifact at all.
 */
const removeAll = (text: string, core: RegExp, pattern: RegExp, rule: string): LocalEdit[] =>
  core.test(text)
    ? [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, to: '', type: 'artifact', rule }))
    : [];

/** Stray markers ("22M"), lone braces, page numbers, zero-width characters, spaces inside figures and advertisement lines, removed. */
export const strayMarkersPass: CleanPass = {
  name: 'stray-markers',
  run(text) {
    return [
      ...removeAll(text, /\d\d[A-Z]/, STRAY_MARKER, 'stray-marker'),
      ...removeAll(text, /[{}]/, LONE_BRACE, 'lone-brace'),
      ...removeAll(text, /^[ \t\u3000]*[—–\-－~～第]/m, PAGE_NUMBER_LINE, 'page-number'),
      ...removeAll(text, ZERO_WIDTH_ANY, ZERO_WIDTH, 'zero-width'),
      ...removeAll(text, /[\d%.．] /, SPACE_IN_FIGURE, 'space-in-figure'),
      ...removeAll(text, /www\.|https?:|\.(?:com|net|cn|org)/, AD_LINE, 'ad-line').filter((e) => !DATE_IN_LINE.test(text.slice(e.start, e.end))),
      ...removeAll(text, /\.(?:com|net|cn|org)/i, WEDGED_ADDRESS, 'wedged-address'),
    ];
  },
};
