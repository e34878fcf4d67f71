import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { FULL_WIDTH_DECIMAL_POINT, GAPS_IN_FIGURE, MASKED_DIGIT, PERCENT_LOOKALIKES, ZERO_LOOKALIKES, halfWidthOf } from '../tables/width.js';

const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9０-９]/.test(ch);

/** A digit, or what a copy put for one (a zero look-alike, a masked digit). */
const standsForDigit = (ch: string | undefined) => ch !== undefined && (isDigit(ch) || ZERO_LOOKALIKES.includes(ch) || ch === MASKED_DIGIT);

/** The character next to `i` in a figure, one way (`step` ±1), over one gap a copy put inside it (a space, \r\n). */
function figureNeighbour(text: string, i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  if (text[j] === '\r' || text[j + step] === '\r') j += step; // a line break written \r\n is one gap
  if (text[j] !== undefined && GAPS_IN_FIGURE.includes(text[j]!)) j += step;
  return text[j];
}

/** The percent look-alikes as a table by code: the pass asks at every character. */
const IS_PERCENT_LOOKALIKE = new Uint8Array(0x10000);
for (const code of PERCENT_LOOKALIKES.keys()) IS_PERCENT_LOOKALIKE[code] = 1;
const IS_ZERO_LOOKALIKE = new Uint8Array(0x10000);
for (const sign of ZERO_LOOKALIKES) IS_ZERO_LOOKALIKE[sign.charCodeAt(0)] = 1;

/**
 * Full-width digits, letters and number symbols to half-width (１２．５％ → 12.5%); a sign drawn like % after a figure
 * is one, and one drawn like zero inside a figure is the digit.
 */
export const widthPass: CleanPass = {
  name: 'width',
  run(text) {
    const edits: LocalEdit[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const sign = IS_PERCENT_LOOKALIKE[code] ? PERCENT_LOOKALIKES.get(code) : undefined;
      if (sign !== undefined && isDigit(text[i - 1])) {
        edits.push({ start: i, end: i + 1, to: sign, type: 'other', rule: 'percent-lookalike' });
        continue;
      }
      if (IS_ZERO_LOOKALIKE[code] === 1 && (isDigit(text[i - 1]) || (/[.．]/.test(text[i - 1] ?? '') && isDigit(text[i - 2])))) {
        edits.push({ start: i, end: i + 1, to: '0', type: 'width', rule: 'zero-lookalike' });
        continue;
      }
      if (code < 0xff01 || code > 0xff5e) continue;
      const ch = text[i];
      let to = halfWidthOf(ch);
      if (to === undefined && ch === FULL_WIDTH_DECIMAL_POINT && standsForDigit(figureNeighbour(text, i, -1)) && standsForDigit(figureNeighbour(text, i, 1))) to = '.';
      if (to !== undefined) edits.push({ start: i, end: i + 1, to, type: 'width', rule: 'full-width' });
    }
    return edits;
  },
};
