import type { Span } from '../span.js';
import { CLOSING_MARKS, CLOSING_WORDS, OPENING_LINES } from './tables/body-cues.js';
import { linesOf, type Line } from './lines.js';
import {
  cueForm,
  endsSentence,
  hasChromeCue,
  hasHan,
  headerPart,
  isFooter,
  isParagraph,
  isProse,
  isShortLabel,
  preamblePart,
  SENTENCE_MARK,
  statesFigure,
} from './page-lines.js';

/** Non-empty lines above the opening searched for the report's title: a date line, a speaker, an info bar. */
const PREAMBLE_LOOKBACK = 8;
/** Non-empty lines searched for the end of a page header: a portal's menu may take many. */
const HEADER_LOOKAHEAD = 100;
/** Paragraphs before the chrome searched for the closing call: appended text is seldom longer. */
const CLOSING_LOOKBACK = 8;

/** Where the report starts and ends in the input; spam titles, site chrome and appended text stay outside. */
export function findBody(original: string): Span {
  const lines = linesOf(original);
  const { first, opened } = startLine(lines);
  const last = endLine(lines, first, opened);
  const startText = lines[first].text;
  const endText = lines[last].text;
  const start = lines[first].start + (startText.length - startText.trimStart().length);
  const end = lines[last].start + endText.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: original.length };
}

/**
 * The opening line (date line, salutation), moved up over the report's preamble (title, date line, speaker), and
 * `opened`: the page is a report. Only a page whose text starts there is one: an opening after a paragraph of
 * prose is the report quoted or appended in an article (news, a question and answer), which starts above it.
 */
function startLine(lines: Line[]): { first: number; opened: boolean } {
  const searchLimit = Math.max(40, Math.ceil(lines.length * 0.2));
  for (let i = 0; i < Math.min(lines.length, searchLimit); i++) {
    if (lines[i].length === 0) continue;
    const form = cueForm(lines[i].text);
    if (OPENING_LINES.some((cue) => cue.test(form))) return { first: preambleStart(lines, i), opened: true };
    if (isParagraph(lines[i]) && headerPart(lines[i]) === undefined && !hasChromeCue(lines[i])) break;
  }
  return { first: articleStart(lines), opened: false };
}

/**
 * The report's preamble above its opening line: date line, speaker and the like, up to the report's title.
 * A page's info bar between them and short lines that are no sentence (a name alone) are passed over, and kept
 * if the preamble goes on above them; anything else ends it.
 */
function preambleStart(lines: Line[], opening: number): number {
  let start = opening;
  for (let j = opening - 1, seen = 0; j >= 0 && seen < PREAMBLE_LOOKBACK; j--) {
    if (lines[j].length === 0) continue;
    seen++;
    const part = preamblePart(lines[j]);
    if (part === 'title') return j;
    if (part === 'preamble') start = j;
    else if (headerPart(lines[j]) !== 'info bar' && !isShortLabel(lines[j])) break;
  }
  return start;
}

/**
 * A page with no report opening: the article (news, a list, a page of the report) starts after the page header
 * that stands above its first line of prose. Navigation is left out; the article's title is kept with the info
 * bar under it (its year and place name the report); without a header, the article starts at the first line
 * that is not chrome.
 */
function articleStart(lines: Line[]): number {
  let start = -1; // the first line of the current run of title and article lines
  let figure = false; // whether that run states a figure
  for (let i = 0, seen = 0; i < lines.length && seen < HEADER_LOOKAHEAD; i++) {
    if (lines[i].length === 0) continue;
    seen++;
    const part = headerPart(lines[i]);
    if (part === 'navigation' || (part === 'info bar' && figure)) [start, figure] = [-1, false];
    else if (part === undefined && !hasChromeCue(lines[i])) {
      if (start < 0) start = i;
      figure ||= statesFigure(lines[i]);
    }
    if (start >= 0 && isProse(lines[i])) return start;
  }
  // no prose near the top (a list of short entries): after the last header line all the same
  if (start >= 0) return start;
  const firstContent = lines.findIndex((l) => l.length > 0 && !hasChromeCue(l));
  return Math.max(0, firstContent);
}

/**
 * The closing paragraph. The page footer and what follows it are outside; before it, in a report (`opened`), the
 * closing call (a line ending in "！" with a closing word) among the last few paragraphs, which leaves out text
 * appended after the report; failing that, the last line with Han text: an excerpt cut inside a sentence keeps
 * its truncated paragraph, which is report text like the rest. A page that is no report (news, a question and
 * answer, a paper) ends at its footer only: a "！" line there (an answer's 为…作出更大贡献！) is the article's own.
 */
function endLine(lines: Line[], first: number, opened: boolean): number {
  const cut = footerLine(lines, first);
  let last = cut - 1;
  while (last > first && !hasHan(lines[last]) && !continuesFigure(lines, last)) last--;
  if (!opened) return last;
  const end = lines[last].start + lines[last].text.length;
  for (let i = last, paragraphs = 0; i > first && paragraphs < CLOSING_LOOKBACK; i--) {
    const text = lines[i].text.trimEnd();
    if (text.trim().length === 0) continue;
    paragraphs++;
    // what follows a closing call is appended, and appended text is shorter than the report: a "！" line
    // early in an excerpt (今年是…开局之年，要怎么干！) is a rallying line, not the report's last
    const appended = end - (lines[i].start + text.length);
    const closing = CLOSING_MARKS.includes(text.at(-1) ?? '') && CLOSING_WORDS.test(text);
    if (closing && appended < lines[i].start - lines[first].start) return i;
  }
  return last;
}

/**
 * The first line of the page footer, or lines.length: the first chrome line after the first sentence (the
 * title's info bar, 来源：…, is no footer) that has less prose after it than the body has before it. A footer
 * is links, notices and at most a few paragraphs of other news; a chrome word in a report's short line is
 * followed by the rest of the report.
 */
function footerLine(lines: Line[], first: number): number {
  let sentence = first;
  while (sentence < lines.length - 1 && !SENTENCE_MARK.test(lines[sentence].text)) sentence++;
  // characters of the lines with a sentence mark from each line on
  const proseAfter = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= first; i--) {
    proseAfter[i] = proseAfter[i + 1] + (SENTENCE_MARK.test(lines[i].text) ? lines[i].length : 0);
  }
  for (let i = sentence + 1; i < lines.length; i++) {
    if (proseAfter[i + 1] < proseAfter[first] - proseAfter[i] && isFooter(lines[i])) return i;
  }
  return lines.length;
}

/**
 * A figure continuing a sentence the line before left open (…零售总额增长 / 8.9%，): cut text, not junk. A bare
 * number is a page number or a table cell.
 */
function continuesFigure(lines: Line[], i: number): boolean {
  if (!/\d/.test(lines[i].text) || /^[\d.\s]*$/.test(lines[i].text)) return false;
  let before = i - 1;
  while (before >= 0 && lines[before].length === 0) before--;
  return before >= 0 && !endsSentence(lines[before]);
}
