import type { Span } from '../span.js';
import type { PagePart } from './page.js';
import { numberOf } from './numerals.js';
import type { Stamp } from './stamp.js';
import { BARE_DAY, CONGRESS, DATE_LINE, DELIVERED, NEWS_DAY, STORY_DAY } from './tables/meta-cues.js';

/** The report's date line: "——2017年2月20日在临溪县第十七届人民代表大会第一次会议上". */
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
  /** `news-day`: the day as written; `stamp-month`: the story's bare day in the month of the page's stamp. */
  rule: 'news-day' | 'stamp-month';
  span: Span;
}

/** How far after a day the words saying the report was delivered may stand. */
const DELIVERED_CHARS = 120;

/** The sentence a day stands in, from its last sentence mark before to its next after. */
function sentenceOf(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - DELIVERED_CHARS), start);
  const tail = text.slice(end, end + DELIVERED_CHARS);
  const opened = Math.max(...['。', '！', '？', '\n'].map((mark) => head.lastIndexOf(mark)));
  const closed = tail.search(/[。！？\n]/);
  return head.slice(opened + 1) + (closed < 0 ? tail : tail.slice(0, closed));
}

/** The sentence says the report was delivered at the people's congress, not explained to the CPPCC (政协). */
const says = (sentence: string) => DELIVERED.test(sentence) && (!/政协/.test(sentence) || CONGRESS.test(sentence));

/**
 * The day a news page says the report was delivered: a day (or a dateline and the story's day) in a sentence saying
 * the meeting opened or the report was delivered; or the story's bare day ("8日上午，县长…所作的《政府工作报告》")
 * in the month of the page's stamp. A newspaper's dateline alone is not it.
 */
export function deliveryDayOf(parts: readonly PagePart[], stamps: readonly Stamp[]): DeliveryDay | undefined {
  for (const part of parts.filter((p) => p.where !== 'after')) {
    for (const m of part.text.matchAll(NEWS_DAY)) {
      const end = m.index + m[0].length;
      let day = numberOf(m[3]);
      let sentence = sentenceOf(part.text, m.index, end);
      if (/[电讯息]$/.test(m[0])) {
        const rest = part.text.slice(end, end + DELIVERED_CHARS);
        const story = STORY_DAY.exec(rest);
        if (!story) continue;
        if (story[1]) day = Number(story[1]);
        sentence = rest.split(/[。！？\n]/)[0];
      }
      if (!says(sentence)) continue;
      return { year: m[1] ? Number(m[1]) : undefined, month: numberOf(m[2]), day, rule: 'news-day', span: part.toOriginal(m.index, end) };
    }
    const stamp = stamps[0];
    for (const m of stamp ? part.text.matchAll(BARE_DAY) : []) {
      const day = Number(m[1]);
      const sentence = sentenceOf(part.text, m.index, m.index + m[0].length);
      if (day > stamp.day || !says(sentence)) continue;
      return { month: stamp.month, day, rule: 'stamp-month', span: part.toOriginal(m.index, m.index + m[0].length) };
    }
  }
  return undefined;
}
