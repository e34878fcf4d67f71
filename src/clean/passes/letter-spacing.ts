import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { isHanCode } from '../han.js';
import { DATELINE_BEFORE_SPACE, LETTER_SPACED_LINE_SHARE, LETTER_SPACED_MIN_CHARACTERS } from '../tables/artifacts.js';

const isAsciiWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);
const HAN_SPACE_HAN = /[\u3400-\u9fff] [\u3400-\u9fff]/g;
const RUNNING_TEXT = /[，。；,;]/;

/**
 * Letter-spaced lines ("政 府 工 作 报 告", a PDF whose text was extracted with its character spacing): where
 * most Han characters of a line are followed by one space, the single spaces of the line are typesetting and
 * removed — but a space between two Latin words stays, and so does a wider gap.
 */
export const letterSpacingPass: CleanPass = {
  name: 'letter-spacing',
  run(text) {
    const edits: LocalEdit[] = [];
    // only the lines holding a Han character, a space and a Han character are looked at (most texts: none)
    let after = 0;
    for (const m of text.matchAll(HAN_SPACE_HAN)) {
      if (m.index < after) continue;
      const start = text.lastIndexOf('\n', m.index) + 1;
      const newline = text.indexOf('\n', m.index);
      const end = newline < 0 ? text.length : newline;
      after = end;
      for (const edit of lineEdits(text, start, end)) edits.push(edit);
    }
    return edits;
  },
};

/** The single spaces of text[start, end) to remove, if that line is letter-spaced. */
function lineEdits(text: string, start: number, end: number): LocalEdit[] {
  // how many Han characters (with something after them) are followed by a single space
  let han = 0;
  let spaced = 0;
  const single: number[] = [];
  for (let i = start; i < end; i++) {
    if (isHanCode(text.charCodeAt(i)) && i + 1 < end) {
      han++;
      if (text[i + 1] === ' ' && text[i + 2] !== ' ') spaced++;
    }
    if (text[i] === ' ' && i > start && text[i - 1] !== ' ' && text[i - 1] !== '\t' && i + 1 < end && text[i + 1] !== ' ') single.push(i);
  }
  if (han < LETTER_SPACED_MIN_CHARACTERS || spaced < LETTER_SPACED_LINE_SHARE * han) return strayEdits(text, start, end, single);
  return single
    .filter((i) => !(isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])))
    .map((i) => ({ start: i, end: i + 1, to: '', type: 'artifact', rule: 'letter-spacing' }));
}

/**
 * A line of running text (it has a sentence's punctuation) with a few single spaces between Han characters
 * (请 予审议, 一般公 共预算收入, 2000万人 次: a shared document's copy keeps where its lines broke): the spaces
 * are typesetting. A line without such punctuation (a heading, a page's menu, a byline) keeps them, and so does
 * the space after a story's dateline (本报讯 青岭县…).
 */
function strayEdits(text: string, start: number, end: number, single: number[]): LocalEdit[] {
  if (!RUNNING_TEXT.test(text.slice(start, end))) return [];
  return single
    .filter((i) => isHanCode(text.charCodeAt(i - 1)) && isHanCode(text.charCodeAt(i + 1)))
    .filter((i) => !DATELINE_BEFORE_SPACE.test(text.slice(start, i).trimStart()))
    .map((i) => ({ start: i, end: i + 1, to: '', type: 'artifact', rule: 'stray-space' }));
}
