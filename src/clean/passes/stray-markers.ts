import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { AD_CORE, AD_LINE, DATE_IN_LINE, WEDGED_ADDRESS, LONE_BRACE, PAGE_NUMBER_LINE, RUNNING_HEADER_MAX, SPACE_IN_FIGURE, STRAY_MARKER, ZERO_WIDTH } from '../tables/artifacts.js';

const ZERO_WIDTH_ANY = new RegExp(ZERO_WIDTH.source);

/**
 * Every match of `pattern` removed. `core` is what any match contains: a cheap test that spares the full pattern
 * (whose lookbehind is tried at every offset) on the many texts that have no such artifact at all.
 */
const removeAll = (text: string, core: RegExp, pattern: RegExp, rule: string): LocalEdit[] =>
  core.test(text)
    ? [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, to: '', type: 'artifact', rule }))
    : [];

/**
 * The running header of a PDF's pages (芜湖市人民政府公报　2022年第2期), copied between two pages with the page number:
 * a short line without a sentence's punctuation right after a page number (blank lines aside) that stands elsewhere
 * in the text too. The page break — blank lines, page number, header — goes as one: where it cut a sentence
 * (…一般公共预算收入3 | 60.8亿元) the sentence joins up again, else a line break stays.
 */
function pageBreaks(text: string, pageNumbers: readonly LocalEdit[]): { breaks: LocalEdit[]; numbers: LocalEdit[] } {
  const breaks: LocalEdit[] = [];
  const numbers: LocalEdit[] = [];
  for (const page of pageNumbers) {
    const start = page.end + (/^\s*/.exec(text.slice(page.end, page.end + 20))?.[0].length ?? 0);
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).trim();
    const header = line.length > 0 && line.length <= RUNNING_HEADER_MAX && !/[，。；！？,;!?]/.test(line) && text.split(line).length - 1 >= 2;
    if (!header) {
      numbers.push(page);
      continue;
    }
    const from = page.start - (/\s*$/.exec(text.slice(Math.max(0, page.start - 20), page.start))?.[0].length ?? 0);
    const to = end + (/^\s*/.exec(text.slice(end, end + 20))?.[0].length ?? 0);
    const cut = !SENTENCE_END.test(text[from - 1] ?? '。');
    breaks.push({ start: from, end: to, to: cut ? '' : '\n', type: 'artifact', rule: 'page-break' });
  }
  return { breaks, numbers };
}

/** Punctuation that ends a sentence or a list entry: a page break after it is also a line break. */
const SENTENCE_END = /[。！？；：!?;:]/;

/** Stray markers ("22M"), lone braces, page numbers and page breaks with their running headers, zero-width characters, spaces inside figures and advertisement lines, removed. */
export const strayMarkersPass: CleanPass = {
  name: 'stray-markers',
  run(text) {
    const { breaks, numbers } = pageBreaks(text, removeAll(text, /^[ \t\u3000]*[—–\-－~～第]/m, PAGE_NUMBER_LINE, 'page-number'));
    return [
      ...removeAll(text, /\d\d[A-Z]/, STRAY_MARKER, 'stray-marker'),
      ...removeAll(text, /[{}]/, LONE_BRACE, 'lone-brace'),
      ...numbers,
      ...breaks,
      ...removeAll(text, ZERO_WIDTH_ANY, ZERO_WIDTH, 'zero-width'),
      ...removeAll(text, /[\d%.．] /, SPACE_IN_FIGURE, 'space-in-figure'),
      ...removeAll(text, AD_CORE, AD_LINE, 'ad-line').filter((e) => !DATE_IN_LINE.test(text.slice(e.start, e.end))),
      ...removeAll(text, /\.(?:com|net|cn|org)/i, WEDGED_ADDRESS, 'wedged-address'),
    ];
  },
};
