import type { Span } from '../span.js';
import type { PagePart } from './page.js';
import { numberOf } from './numerals.js';
import { DATE_LINE, DELIVERED, NEWS_DAY, STORY_DAY } from './tables/meta-cues.js';

/** The report's date line: "——2021年2月23日在太原市第十四届人民代表大会第五次会议上". */
export interface DeliveryLine {
  year: number;
  month: number;
  day: number;
  /** The congress as written between 在 and 人民代表大会 (its place and term). */
  congress: string;
  /** The session as written after it (第五次会议). */
  meeting?: string;
  part: PagePart;
  /** Where the line ends in its part (a speaker line may follow). */
  end: number;
  span: Span;
}

/** The date line, in the body first, else in the page before it. */
export function deliveryLineOf(parts: readonly PagePart[]): DeliveryLine | undefined {
  for (const part of parts.filter((p) => p.where !== 'after')) {
    const m = DATE_LINE.exec(part.text);
    if (!m) continue;
    const [, y, month, day, congress, meeting] = m;
    return {
      year: numberOf(y),
      month: numberOf(month),
      day: numberOf(day),
      congress: congress.replace(/\s+/g, ''),
      meeting,
      part,
      end: m.index + m[0].length,
      span: part.toOriginal(m.index, m.index + m[0].length),
    };
  }
  return undefined;
}

/** A day of delivery a news page gives, with its year when written. */
export interface DeliveryDay {
  year?: number;
  month: number;
  day: number;
  span: Span;
}

/** How far after a day the words saying the report was delivered may stand. */
const DELIVERED_CHARS = 120;

/**
 * The day a news page says the report was delivered: a day (or a dateline and the story's day) followed, within
 * the sentence, by the meeting opening or the report being delivered. A newspaper's dateline alone is not it.
 */
export function deliveryDayOf(parts: readonly PagePart[]): DeliveryDay | undefined {
  for (const part of parts.filter((p) => p.where !== 'after')) {
    for (const m of part.text.matchAll(NEWS_DAY)) {
      const end = m.index + m[0].length;
      const rest = part.text.slice(end, end + DELIVERED_CHARS);
      let day = numberOf(m[3]);
      const dateline = /[电讯息]$/.test(m[0]);
      if (dateline) {
        const story = STORY_DAY.exec(rest);
        if (!story) continue;
        if (story[1]) day = Number(story[1]);
      }
      const sentence = rest.split(/[。！？\n]/)[0];
      if (!DELIVERED.test(sentence)) continue;
      return { year: m[1] ? Number(m[1]) : undefined, month: numberOf(m[2]), day, span: part.toOriginal(m.index, end) };
    }
  }
  return undefined;
}
