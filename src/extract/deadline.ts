import { TIME_WORDS, type TimeWord } from '../calendar/index.js';

/**
 * The time word found in a clause, with the deadline it gives and where it is. A word that counts from the report
 * year (年底, 7月, 上半年) gives none where that year is unknown: the time is there, its date is not.
 */
export interface TimeMention {
  deadline?: string;
  start: number;
  end: number;
}

/**
 * The time words that can start with each character (by UTF-16 code), in table order: other positions are skipped
 * at once.
 */
const BY_FIRST_CHAR = new Map<number, TimeWord[]>();
/** 1 where some time word starts with the character: most characters of a text start none, which this tells at once. */
const STARTS_A_WORD = new Uint8Array(0x10000);
for (const word of TIME_WORDS) {
  for (const c of word.starts) {
    BY_FIRST_CHAR.set(c.charCodeAt(0), [...(BY_FIRST_CHAR.get(c.charCodeAt(0)) ?? []), word]);
    STARTS_A_WORD[c.charCodeAt(0)] = 1;
  }
}

/**
 * The first time word in `text` that gives a deadline no earlier than the report year (a year before it is a
 * comparison base, as in 比2020年下降13.5%). `spoken` is the year the text was delivered in when that is the year
 * before the report year (a report given in December): its 明年 is the report year.
 */
export function timeIn(text: string, year: number | undefined, from = 0, to = text.length, spoken?: number): TimeMention | undefined {
  return timesIn(text, year, from, to, 1, spoken)[0];
}

/** Every time word in text[from, to) that gives a deadline, in order (at most `limit`). */
export function timesIn(text: string, year: number | undefined, from = 0, to = text.length, limit = Infinity, spoken?: number): TimeMention[] {
  const found: TimeMention[] = [];
  for (let i = from; i < to && found.length < limit; i++) {
    const code = text.charCodeAt(i);
    if (STARTS_A_WORD[code] !== 1) continue;
    for (const word of BY_FIRST_CHAR.get(code)!) {
      word.pattern.lastIndex = i;
      const m = word.pattern.exec(text);
      if (!m || m.index + m[0].length > to) continue;
      if (year === undefined && !word.absolute) {
        found.push({ start: i, end: i + m[0].length });
        i += m[0].length - 1;
        break;
      }
      const deadline = word.deadline(m, word.name === 'next-year' && spoken !== undefined ? spoken : year ?? 0);
      if (deadline && (year === undefined || Number(deadline.slice(0, 4)) >= year)) {
        found.push({ deadline, start: i, end: i + m[0].length });
        i += m[0].length - 1;
      }
      if (deadline) break; // a past year: not a deadline, and no shorter reading of it is either
    }
  }
  return found;
}
