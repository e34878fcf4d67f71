import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import {
  BLOCK_START,
  CANNOT_START,
  CUT_PROSE,
  FIGURE_CUTS,
  OPEN_MID_SENTENCE,
  SENTENCE_END,
  SUBTITLE_HEAD,
  SUBTITLE_LINE,
  SUBTITLE_TAIL,
} from '../tables/artifacts.js';
import { linesOf, type Line } from '../lines.js';

/** How a document marks its paragraphs, which decides what a single line break means. */
type Layout = 'blank-line' | 'fixed-width' | 'line';

/** A page or screen column holds fewer characters than this (an A4 page about 40 Han characters a line). */
const COLUMN_MAX = 100;
/** Long lines the column width is read from: a layout shows in the first thousands; 10 MB need not be measured. */
const LAYOUT_SAMPLE = 5000;
/** A column shows in at least this many lines of one width: four short lines alike are a list, not a page. */
const COLUMN_LINES_MIN = 5;

/**
 * blank-line: most paragraphs are separated by an empty line, so a single break inside a paragraph is a hard
 * break (wiki links, copied layouts). fixed-width: most long lines share one width, a copy wrapped at a
 * column (PDF, fixed-width text). line: one paragraph per line; only a break after an opening mark is hard.
 */
function layoutOf(lines: Line[]): { layout: Layout; width: number; measure: Measure } {
  let blankSeparated = 0;
  let sentenceBreaks = 0; // single breaks after a finished sentence: a one-paragraph-per-line layout
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1];
    if (previous.length === 0) continue;
    if (lines[i].length === 0) blankSeparated++;
    else if (SENTENCE_END.includes(previous.text.trimEnd().at(-1) ?? '')) sentenceBreaks++;
  }
  // a paragraph on one line is no column line
  const long = lines.filter((l) => l.length >= 16).slice(0, LAYOUT_SAMPLE);
  const column = long.filter((l) => l.length <= COLUMN_MAX);
  const [width, best, measure] = COLUMN_MEASURES.map((m) => [...commonWidth(column, m), m] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best >= COLUMN_LINES_MIN && best >= 0.5 * long.length) return { layout: 'fixed-width', width, measure };
  if (blankSeparated >= 3 && blankSeparated > sentenceBreaks) return { layout: 'blank-line', width, measure };
  return { layout: 'line', width, measure };
}

/** The width most lines share under one measure (give or take one), and how many lines are that wide. */
function commonWidth(lines: Line[], measure: Measure): [width: number, lines: number] {
  const lengths = new Map<number, number>();
  for (const l of lines) {
    const w = measure(l);
    lengths.set(w, (lengths.get(w) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [len, n] of lengths) {
    const near = n + (lengths.get(len - 1) ?? 0) + (lengths.get(len + 1) ?? 0);
    if (near > best || (near === best && len > width)) [width, best] = [len, near];
  }
  return [width, best];
}

type Measure = (line: Line) => number;

/**
 * A line's width as a column: digits, Latin letters and spaces take one, everything else two (Han characters,
 * punctuation, which a Chinese page sets full-width even where a copy made it ASCII). A PDF column wraps at
 * one width, and a line with many digits holds more characters.
 */
function visualWidth(line: Line): number {
  const [start, end] = trimmedBounds(line.text);
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = line.text.charCodeAt(i);
    width += code < 0x80 ? ASCII_WIDTH[code] : 2;
  }
  return width;
}

/**
 * A line's width as a count of characters: a copy a program wrapped at N characters, whose later cleaning (a
 * space in a figure taken out) left lines a character or two shorter — hence one a character, not two.
 */
function characterWidth(line: Line): number {
  const [start, end] = trimmedBounds(line.text);
  return end - start;
}

/** How a column is measured, the visual width first (a page's PDF): the one most lines agree on decides. */
const COLUMN_MEASURES: readonly Measure[] = [visualWidth, characterWidth];

function trimmedBounds(text: string): [start: number, end: number] {
  let [start, end] = [0, text.length];
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return [start, end];
}

/** Columns an ASCII character takes: one for white space, digits, Latin letters, "%" and "."; two for the rest. */
const ASCII_WIDTH = Uint8Array.from({ length: 0x80 }, (_, code) =>
  code <= 0x20 || code === 0x25 || code === 0x2e || (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 2,
);

/** A paragraph's first line is indented by two full-width spaces, which copies often drop: it is that much shorter. */
const INDENT = 4;

/**
 * What a joined break becomes: a space between two Latin words (Made in⏎China) and between two figures that cannot
 * be one (a table's cells, 100.2⏎104.5: two decimal points); nothing inside a figure a column cut (达1⏎2.3亿元, M⏎2).
 */
function joinedWith(before: string, after: string): string {
  if (/[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after)) return ' ';
  return /\d[.．]\d+$/.test(before) && /^\d+[.．]\d/.test(after) ? ' ' : '';
}

/**
 * A row of a table: cells split by tabs (the HTML reader puts one after each cell), by two gaps of two spaces or
 * more (a text copy's aligned columns), or by two bars (a table flattened to text: 1|学前教育|新增学位|区教委). Its
 * line break ends the row, whatever the layout.
 */
const TABLE_ROW = /\S(?:\t|[ \u3000]{2,})\S.*?(?:\t|[ \u3000]{2,})\S|\S\t\S|[|｜][^|｜\n]+[|｜]/;

/**
 * A block of lines without a blank line between them that are table cells, one a line (a page's table copied as
 * text: 序号 / 工作任务 / 责任单位 / 1 / 新建2座人行天桥。/ 县住建局 / 9月底前): many lines, most of them a word or
 * two without a comma. A paragraph wrapped in pieces has few, or long ones.
 */
const CELL_BLOCK_LINES = 6;
const CELL_MAX = 16;
const CELL_SHARE = 0.75;

function cellBlocks(lines: Line[]): boolean[] {
  const inCells = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; ) {
    if (lines[i].length === 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end].length > 0) end++;
    const block = lines.slice(i, end);
    const cells = block.filter((l) => l.length <= CELL_MAX && !/[，,]/.test(l.text)).length;
    if (block.length >= CELL_BLOCK_LINES && cells >= CELL_SHARE * block.length) inCells.fill(true, i, end);
    i = end;
  }
  return inCells;
}

/** Hard line breaks inside sentences joined (PDF columns, fixed-width copies, wiki link lines). */
export const lineBreaksPass: CleanPass = {
  name: 'line-breaks',
  run(text) {
    const lines = linesOf(text);
    const { layout, width, measure } = layoutOf(lines);
    const inCells = layout === 'blank-line' ? cellBlocks(lines) : [];
    const edits: LocalEdit[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i];
      if (line.length === 0 || SUBTITLE_LINE.test(line.text)) continue;
      // the next line with text; blank lines between count only where the next cannot start a sentence
      let k = i + 1;
      while (k < lines.length && lines[k].length === 0) k++;
      const next = lines[k];
      if (!next || TABLE_ROW.test(line.text) || TABLE_ROW.test(next.text)) continue;
      const trimmed = line.text.trimEnd();
      const last = trimmed.at(-1);
      const nextText = next.text.trimStart();
      const first = nextText[0];
      // (a figure cut at a range's dash is no list item after it: 中心1⏎-2家)
      const figureCut = FIGURE_CUTS.some(([end, start]) => end.test(trimmed) && start.test(nextText));
      if (!figureCut && BLOCK_START.test(next.text)) continue;
      const continues = (CANNOT_START.includes(first ?? '') && !SENTENCE_END.includes(last ?? '')) || figureCut;
      const hard =
        (k > i + 1
          ? continues
          : OPEN_MID_SENTENCE.includes(last ?? '') ||
            continues ||
            (trimmed.length >= CUT_PROSE.min && CUT_PROSE.inside.test(trimmed) && CUT_PROSE.end.test(trimmed) && CUT_PROSE.next.test(nextText)) ||
            (layout === 'fixed-width' && measure(line) >= width - 2 - INDENT && !SENTENCE_END.includes(last ?? '')) ||
            (layout === 'blank-line' && !SENTENCE_END.includes(last ?? '') && !inCells[i])) ||
        (SUBTITLE_HEAD.test(line.text) && SUBTITLE_TAIL.test(next.text));
      if (!hard) continue;
      const start = line.start + trimmed.length;
      const end = next.start + (next.text.length - next.text.trimStart().length);
      edits.push({
        start,
        end,
        to: joinedWith(trimmed, nextText),
        type: 'artifact',
        rule: `hard-line-break:${layout}`,
      });
    }
    return edits;
  },
};
