import type { Span } from '../span.js';
import { CHROME_LABEL, CHROME_LINES, CLOSING_MARKS, CLOSING_WORDS, INFO_BAR_LINES, NAVIGATION_LINES, OPENING_LINES, ORDINAL_LINE, TITLE_LINE } from './tables/body-cues.js';
import { linesOf, type Line } from './lines.js';
import { simplifiedCode } from './tables/traditional-forms.js';

/** Non-empty lines between the salutation or date line and a title above it. */
const TITLE_LOOKBACK = 4;
/** Paragraphs before the chrome searched for the closing call: appended text is seldom longer. */
const CLOSING_LOOKBACK = 8;
/** A chrome line is short: a report paragraph that mentions 微信 or 来源 is long. */
const CHROME_LINE_MAX = 60;


/** Where the report starts and ends in the input; spam titles, site chrome and appended text stay outside. */
export function findBody(original: string): Span {
  const lines = linesOf(original);
  const first = startLine(lines);
  const last = endLine(lines, first);
  const startText = lines[first].text;
  const endText = lines[last].text;
  const start = lines[first].start + (startText.length - startText.trimStart().length);
  const end = lines[last].start + endText.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: original.length };
}

/**
 * The opening line (date line, salutation), moved up to a report title a few lines above it if there is one.
 * Only a page whose text starts there is a report: an opening after a paragraph of prose is the report quoted
 * or appended in an article (news, a question and answer), which starts above it.
 */
function startLine(lines: Line[]): number {
  const searchLimit = Math.max(40, Math.ceil(lines.length * 0.2));
  for (let i = 0; i < Math.min(lines.length, searchLimit); i++) {
    if (!OPENING_LINES.some((cue) => cue.test(lines[i].text))) {
      if (isParagraph(lines[i]) && headerPart(lines[i]) === undefined && !isChromeForm(cueForm(lines[i].text))) break;
      continue;
    }
    // the title may stand a few lines above, with a speaker or a blank line between
    for (let j = i - 1, seen = 0; j >= 0 && seen < TITLE_LOOKBACK; j--) {
      if (lines[j].text.trim().length === 0) continue;
      if (TITLE_LINE.test(lines[j].text)) return j;
      seen++;
    }
    return i;
  }
  return articleStart(lines, searchLimit);
}

/**
 * A page with no report opening: the article (news, a list, a page of the report) starts after the page header
 * that stands above its first line of prose. Navigation is left out; the article's title is kept with the info
 * bar under it (its year and place name the report); without a header, the article starts at the first line
 * that is not chrome.
 */
function articleStart(lines: Line[], searchLimit: number): number {
  let start = -1; // the first line of the current run of title and article lines
  let figure = false; // whether that run states a figure
  for (let i = 0; i < Math.min(lines.length, searchLimit); i++) {
    if (lines[i].length === 0) continue;
    const part = headerPart(lines[i]);
    if (part === 'navigation' || (part === 'info bar' && figure)) [start, figure] = [-1, false];
    else if (part === undefined && !isChromeForm(cueForm(lines[i].text))) {
      if (start < 0) start = i;
      figure ||= statesFigure(lines[i]);
    }
    if (start >= 0 && isProse(lines[i])) return start;
  }
  const firstContent = lines.findIndex((l) => l.length > 0 && !isChromeForm(cueForm(l.text)));
  return Math.max(0, firstContent);
}

/**
 * A headline stating a figure (去年全市生产总值超5618亿元) is news about the report: the article restates the
 * figure, and a title is never an item. A title naming the document (2021年为民办实事项目) has a year at most.
 */
const statesFigure = (line: Line) => /\d(?!\d*年)/.test(line.text);

/** A header line is short, is no sentence nor list entry, and has a navigation or an info-bar cue. */
const HEADER_LINE_MAX = 120;
/** Longer than this, a line with a comma is a sentence (本篇文章1607字，读完约4分钟 is not). */
const HEADER_COMMA_MAX = 30;
function headerPart(line: Line): 'navigation' | 'info bar' | undefined {
  if (line.length > HEADER_LINE_MAX || /。/.test(line.text) || ORDINAL_LINE.test(line.text)) return undefined;
  if (line.length > HEADER_COMMA_MAX && /[，,]/.test(line.text)) return undefined;
  const form = cueForm(line.text);
  // an info bar may name the site (www.…), so it is recognised first
  if (INFO_BAR_LINES.some((cue) => cue.test(form))) return 'info bar';
  if (NAVIGATION_LINES.some((cue) => cue.test(form))) return 'navigation';
  return undefined;
}

/** Prose: a line long enough to be a sentence, with a sentence mark in it. */
const SENTENCE_MARK = /[，。；！？,;!?]/;
const PROSE_MIN = 20;
const isProse = (line: Line) => line.length >= PROSE_MIN && SENTENCE_MARK.test(line.text);
/** A paragraph of an article: prose ending a sentence (a photo caption ends in 摄, a weather line in a figure). */
const isParagraph = (line: Line) => isProse(line) && '。！？!?'.includes(line.text.trimEnd().at(-1) ?? '');

/** A line as the chrome cues read it: simplified characters, no white space (來 源： → 来源：). */
function cueForm(text: string): string {
  let form = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    form += String.fromCharCode(simplifiedCode(code) || code);
  }
  return form;
}

const isChromeForm = (form: string) => CHROME_LINES.some((cue) => cue.test(form));

/** A footer line: short, not a list entry (5.推广扫码乘车), with a chrome cue or label. */
const isChrome = (line: Line) => {
  if (line.text.length > CHROME_LINE_MAX || ORDINAL_LINE.test(line.text)) return false;
  const form = cueForm(line.text);
  return isChromeForm(form) || CHROME_LABEL.test(form);
};

/** A line holding no Han character (a blank line, a stray "?", "|" or "1", a share button's "Baidu"): not the report. */
const hasHan = (line: Line) => /[\u3400-\u9fff]/.test(line.text);

/**
 * The closing paragraph. Everything from the first site-chrome line in the second half on is outside; before
 * it, the closing call (a line ending in "！" with a closing word) among the last few paragraphs, which leaves
 * out text appended after the report; failing that, the last line with Han text: an excerpt cut inside a
 * sentence keeps its truncated paragraph, which is report text like the rest.
 */
function endLine(lines: Line[], first: number): number {
  // in the second half by characters, and after the first sentence: the title's info bar (来源：…) is no footer
  let sentence = first;
  while (sentence < lines.length - 1 && !SENTENCE_MARK.test(lines[sentence].text)) sentence++;
  const half = (lines[first].start + lines[lines.length - 1].start) / 2;
  let cut = lines.length;
  for (let i = sentence + 1; i < lines.length; i++) if (lines[i].start >= half && isChrome(lines[i])) {
    cut = i;
    break;
  }
  let last = cut - 1;
  while (last > first && !hasHan(lines[last])) last--;
  const end = lines[last].start + lines[last].text.length;
  for (let i = last, paragraphs = 0; i > first && paragraphs < CLOSING_LOOKBACK; i--) {
    const text = lines[i].text.trimEnd();
    if (text.trim().length === 0) continue;
    paragraphs++;
    // what follows a closing call is appended, and appended text is shorter than the report: a "！" line
    // early in an excerpt (今年是…开局之年，要怎么干！) is a rallying line, not the report's last
    const appended = end - (lines[i].start + text.length);
    if (CLOSING_MARKS.includes(text.at(-1) ?? '') && CLOSING_WORDS.test(text) && appended < lines[i].start - lines[first].start) return i;
  }
  return last;
}
