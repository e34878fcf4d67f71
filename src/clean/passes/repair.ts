import type { EditType, LocalEdit } from '../edit.js';
import { MAX_WORD_LENGTH } from '../indexes/lexicon.js';
import { simplifiedCode } from '../tables/traditional-forms.js';
import { type Verdict, findSuspects, restsOnFormAlone, isStandardSuspect, judge, judgePair, support, type JudgeWindow } from './character-judge.js';

/** How many neighbours a judgement sees on each side: two words' worth, so a segmentation settles. */
const REACH = 2 * MAX_WORD_LENGTH - 2;

/**
 * Walks the text, judges each suspect character that `select` accepts in its context, and returns the
 * replacements whose type `wanted` accepts. Judged left to right: a repaired character is what its right
 * neighbour sees. `select` gets the character's UTF-16 code.
 */
export function repairCharacters(
  text: string,
  rule: string,
  select: (code: number) => boolean,
  wanted: (type: EditType) => boolean,
): LocalEdit[] {
  const suspects = findSuspects(text, select);
  if (suspects.length === 0) return [];
  const edits: LocalEdit[] = [];
  const window: JudgeWindow = { codes: new Uint16Array(2 * REACH + 1), at: 0, length: 0 };
  /** Fills the window around text[i]: the left neighbours as repaired so far, the right ones as simplified. */
  const place = (i: number, repaired: boolean) => {
    const start = Math.max(0, i - REACH);
    const end = Math.min(text.length, i + 1 + REACH);
    const { codes } = window;
    for (let k = start; k <= i; k++) codes[k - start] = text.charCodeAt(k);
    for (let k = i + 1; k < end; k++) {
      const code = text.charCodeAt(k);
      codes[k - start] = simplifiedCode(code) || code;
    }
    if (repaired) {
      for (let e = edits.length - 1; e >= 0 && edits[e].start >= start; e--) codes[edits[e].start - start] = edits[e].to.charCodeAt(0);
    }
    window.at = i - start;
    window.length = end - start;
  };
  // Standard characters the document uses in a word somewhere are meant (盂 in 盂县, so 大盂 is a name too).
  const attested = new Set<number>();
  for (const i of suspects) {
    const code = text.charCodeAt(i);
    if (attested.has(code) || !isStandardSuspect(code)) continue;
    place(i, false);
    if (support(window, code) > 0) attested.add(code);
  }
  const push = (i: number, verdict: Verdict) => edits.push({ start: i, end: i + 1, to: verdict.to, type: verdict.type, rule: `${rule}:${verdict.rule}` });
  for (let n = 0; n < suspects.length; n++) {
    const i = suspects[n]!;
    place(i, true);
    const verdict = judge(window, { attested: attested.has(text.charCodeAt(i)) });
    // kept alone (or taken for a function word on no evidence but its own frequency), and its right neighbour is
    // suspect too: the two may be swapped together, which a word they make shows
    const pair = (!verdict || restsOnFormAlone(verdict)) && suspects[n + 1] === i + 1 ? judgePair(window) : undefined;
    if (pair) {
      if (wanted(pair[0].type) && wanted(pair[1].type)) [push(i, pair[0]), push(i + 1, pair[1])];
      n++;
    } else if (verdict && wanted(verdict.type)) push(i, verdict);
  }
  return edits;
}
