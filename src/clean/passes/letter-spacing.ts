import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { LETTER_SPACED_LINE_SHARE, LETTER_SPACED_MIN_CHARACTERS } from '../tables/artifacts.js';
import { linesOf } from '../lines.js';

const isAsciiWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);
/** U+3400–U+9FFF: the CJK ideographs of running text (a code comparison: this runs on every character). */
const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const HAN_SPACE_HAN = /[\u3400-\u9fff] [\u3400-\u9fff]/;

/**
 * Letter-spaced lines ("政 府 工 作 报 告", a PDF whose text was extracted with its character spacing): where
 * most Han characters of a line are followed by one space, the single spaces of the line are typesetting and
 * removed — but a space between two Latin words stays, and so does a wider gap.
 */
export const letterSpacingPass: CleanPass = {
  name: 'letter-spacing',
  run(text) {
    if (!HAN_SPACE_HAN.test(text)) return []; // most texts: one native scan
    const edits: LocalEdit[] = [];
    for (const line of linesOf(text)) {
      const s = line.text;
      // how many Han characters (with something after them) are followed by a single space
      let han = 0;
      let spaced = 0;
      const single: number[] = [];
      for (let i = 0; i < s.length; i++) {
        if (isHan(s.charCodeAt(i)) && i + 1 < s.length) {
          han++;
          if (s[i + 1] === ' ' && s[i + 2] !== ' ') spaced++;
        }
        if (s[i] === ' ' && i > 0 && s[i - 1] !== ' ' && s[i - 1] !== '\t' && s[i + 1] !== undefined && s[i + 1] !== ' ') single.push(i);
      }
      if (han < LETTER_SPACED_MIN_CHARACTERS || spaced < LETTER_SPACED_LINE_SHARE * han) continue;
      for (const i of single) {
        if (isAsciiWordChar(s[i - 1]) && isAsciiWordChar(s[i + 1])) continue;
        edits.push({ start: line.start + i, end: line.start + i + 1, to: '', type: 'artifact', rule: 'letter-spacing' });
      }
    }
    return edits;
  },
};
