import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { PINYIN_LETTERS, TONE_MARKED_VOWELS } from '../tables/pinyin.js';

// A parenthesised pinyin reading: one or more syllables, tone marks or tone digits (after a Han character, which is
// checked apart: a pattern opening with a lookbehind is tried at every character, one opening with the bracket is not).
const ANNOTATION = new RegExp(`[(（]([${PINYIN_LETTERS}]{1,6}[1-5]?(?: [${PINYIN_LETTERS}]{1,6}[1-5]?){0,3})[)）]`, 'g');
const isHanAt = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 0x3400 && code <= 0x9fff;
};
const TONE = new RegExp(`[${TONE_MARKED_VOWELS}]|[a-zü][1-5]`);

/** Pinyin annotations removed: 簡(jiǎn)稱(chēng) → 簡稱. Only readings with a tone, so (gdp) or (a) stay. */
export const pinyinPass: CleanPass = {
  name: 'pinyin',
  run(text) {
    const edits: LocalEdit[] = [];
    if (!text.includes('(') && !text.includes('（')) return edits; // no annotation without a parenthesis
    for (const m of text.matchAll(ANNOTATION)) {
      if (!isHanAt(text, m.index - 1) || !TONE.test(m[1])) continue;
      edits.push({ start: m.index, end: m.index + m[0].length, to: '', type: 'pinyin', rule: 'pinyin-annotation' });
    }
    return edits;
  },
};
