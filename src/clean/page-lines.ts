import {
  CHROME_LABEL,
  CHROME_LINES,
  INFO_BAR_LINES,
  NAVIGATION_LINES,
  ORDINAL_LINE,
  PREAMBLE_LINES,
  TITLE_LINE,
} from './tables/body-cues.js';
import type { Line } from './lines.js';
import { simplifiedCode } from './tables/traditional-forms.js';

/**
 * What a line of a page is, for the body finder: the report's preamble, the page header above an article, the
 * page's chrome, prose. Cues are read on the line's cue form, so 來 源：, 政 府 工 作 报 告 and 人民代表大會 match.
 */

/** Cues read the start of a line: openings, titles and header lines are short. */
const CUE_FORM_MAX = 160;

/** A line as the cues read it: simplified characters, no white space (來 源： → 来源：), its start only. */
export function cueForm(text: string): string {
  let form = '';
  for (let i = 0; i < text.length && form.length < CUE_FORM_MAX; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    form += String.fromCharCode(simplifiedCode(code) || code);
  }
  return form;
}

/** A chrome line is short: a report paragraph that mentions 来源 or 版权 is long. */
const CHROME_LINE_MAX = 60;

/** A chrome line: short, with a chrome cue. */
export const hasChromeCue = (line: Line) =>
  line.text.length <= CHROME_LINE_MAX && CHROME_LINES.some((cue) => cue.test(cueForm(line.text)));

/** A footer line: a chrome line or one with a chrome label, not a list entry (5.推广扫码乘车). */
export function isFooter(line: Line): boolean {
  if (line.text.length > CHROME_LINE_MAX || ORDINAL_LINE.test(line.text)) return false;
  return hasChromeCue(line) || CHROME_LABEL.test(cueForm(line.text));
}

/**
 * A header line is no sentence nor list entry and has a navigation or an info-bar cue. A whole menu may be one
 * long line, so length alone does not decide; a line with a comma beyond a few words is a sentence
 * (本篇文章1607字，读完约4分钟 is not), and so is a question (记者：今年的目标是怎么确定的？ is an interview's).
 */
const HEADER_COMMA_MAX = 30;

export function headerPart(line: Line): 'navigation' | 'info bar' | undefined {
  if (/[。？]/.test(line.text) || ORDINAL_LINE.test(line.text)) return undefined;
  if (line.length > HEADER_COMMA_MAX && /[，,]/.test(line.text)) return undefined;
  const form = cueForm(line.text);
  // an info bar may name the site (www.…), so it is recognised first
  if (INFO_BAR_LINES.some((cue) => cue.test(form))) return 'info bar';
  if (NAVIGATION_LINES.some((cue) => cue.test(form))) return 'navigation';
  return undefined;
}

/** The report's title and preamble lines are short. */
const PREAMBLE_LINE_MAX = 120;

/** A line of the report's preamble above its salutation: its title, or its date line, session or speaker. */
export function preamblePart(line: Line): 'title' | 'preamble' | undefined {
  if (line.length === 0 || line.length > PREAMBLE_LINE_MAX) return undefined;
  const form = cueForm(line.text);
  if (PREAMBLE_LINES.some((cue) => cue.test(form))) return 'preamble';
  return TITLE_LINE.test(form) ? 'title' : undefined;
}

/**
 * A headline stating a figure (去年全市生产总值超5618亿元) is news about the report: the article restates the
 * figure, and a title is never an item. A title naming the document (2021年为民办实事项目) has a year at most.
 */
export const statesFigure = (line: Line) => /\d(?!\d*年)/.test(line.text);

/** Prose: a line long enough to be a sentence, with a sentence mark in it. */
export const SENTENCE_MARK = /[，。；！？,;!?]/;
const PROSE_MIN = 20;
export const isProse = (line: Line) => line.length >= PROSE_MIN && SENTENCE_MARK.test(line.text);

/** A line ending a sentence. */
export const endsSentence = (line: Line) => '。！？!?'.includes(line.text.trimEnd().at(-1) ?? '');

/** A paragraph of an article: prose ending a sentence (a photo caption ends in 摄, a weather line in a figure). */
export const isParagraph = (line: Line) => isProse(line) && endsSentence(line);

/** A short line that is no sentence, header or chrome: a name alone under a date line. */
const SHORT_LABEL_MAX = 12;
export const isShortLabel = (line: Line) =>
  line.length <= SHORT_LABEL_MAX &&
  !SENTENCE_MARK.test(line.text) &&
  headerPart(line) === undefined &&
  !hasChromeCue(line);

/** A line holding no Han character (a blank line, a stray "?" or "|", a share button's "Baidu"). */
export const hasHan = (line: Line) => /[\u3400-\u9fff]/.test(line.text);
