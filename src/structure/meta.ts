import { divisionsNamed, type Level } from './tables/divisions.js';
import {
  DATE_DIGITS,
  CONGRESS_MENTION,
  DATE_LINE,
  DAY_MENTION,
  NATIONAL_CUE,
  REGION,
  SPEAKER_LINE,
  TERRITORY_WORDS,
  TITLE,
  YEAR_MENTION,
  YEAR_OF_PLAN,
  YEAR_OF_REVIEW,
} from './tables/meta-cues.js';

/** Who delivered the report and when. Fields the text does not give are left out, never guessed from a file name. */
export interface ReportMeta {
  region?: string;
  level?: Level;
  /** The division the region belongs to (a county's city, a city's province), from GB/T 2260. */
  parent?: string;
  year?: number;
  /** ISO date of delivery, when the text gives it. */
  date?: string;
  session?: string;
  speaker?: string;
}

/** 2021 / 二〇二一 / 十二 / 二十三 → a number. */
function dateNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) return Number([...s].map((c) => DATE_DIGITS[c] ?? 0).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? DATE_DIGITS[tens] : 1) * 10 + (ones ? DATE_DIGITS[ones] : 0);
}

/** The part of a report where its date line, title and speaker stand. */
const OPENING_CHARS = 3000;

const pad = (n: number) => String(n).padStart(2, '0');

function levelOf(region: string | undefined, text: string): { level?: Level; parent?: string } {
  if (region === '全国') return { level: 'national' };
  const known = region ? divisionsNamed(region) : [];
  if (known.length > 0) return { level: known[0].level, parent: known[0].parent };
  if (region && /(?:省|自治区)$/.test(region)) return { level: 'province' };
  if (region && /(?:县|旗|区)$/.test(region)) return { level: 'county' };
  // the territory word the report uses most (全市 / 全县 …)
  let best: { level?: Level; count: number } = { count: 0 };
  for (const [word, level] of TERRITORY_WORDS) {
    const count = text.split(word).length - 1;
    if (count > best.count) best = { level, count };
  }
  return best.level ? { level: best.level } : {};
}

/** The year mentioned most often in `text` (2021年, 一九八四年), if any. */
function mostMentionedYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR_MENTION)) {
    const year = dateNumber(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/**
 * Region, level, year, date, session and speaker from the report's opening and headings. The year comes
 * from the date line, else a heading naming this year's plan or last year's review, else the year the
 * review of last year talks about, plus one.
 */
export function reportMeta(text: string, headings: readonly string[], lastYearReview: string): ReportMeta {
  const opening = text.slice(0, OPENING_CHARS);
  const meta: ReportMeta = {};
  const dateLine = DATE_LINE.exec(opening);
  if (dateLine) {
    const [, y, m, d, congress, meeting] = dateLine;
    meta.year = dateNumber(y);
    meta.date = `${meta.year}-${pad(dateNumber(m))}-${pad(dateNumber(d))}`;
    const place = congress.replace(/^[^\u4e00-\u9fff]+/, '');
    meta.region = /全国/.test(congress) ? '全国' : REGION.exec(place)?.[0];
    meta.session = (place.match(/第[一二三四五六七八九十\d]+届/)?.[0] ?? '') + '人民代表大会' + (meeting ?? '');
    const speaker = SPEAKER_LINE.exec(opening.slice(dateLine.index + dateLine[0].length, dateLine.index + dateLine[0].length + 200));
    if (speaker) meta.speaker = `${speaker[1]} ${speaker[2].replace(/[ \u3000]/g, '')}`;
  }
  const congress = dateLine ? undefined : CONGRESS_MENTION.exec(opening);
  if (congress) {
    meta.region = congress[1];
    meta.session = `${congress[2]}人民代表大会${congress[3] ?? ''}`;
  }
  if (!meta.region) {
    const title = TITLE.exec(opening);
    if (title) meta.region = title[1];
    else if (NATIONAL_CUE.test(opening)) meta.region = '全国';
  }
  if (meta.year === undefined) {
    // headings first, then the opening itself (a digest: "报告回顾了2024年的工作成果")
    for (const heading of [...headings, opening]) {
      const plan = YEAR_OF_PLAN.exec(heading);
      if (plan) {
        meta.year = Number(plan[1]);
        break;
      }
      const review = YEAR_OF_REVIEW.exec(heading);
      if (review) {
        meta.year = Number(review[1]) + 1;
        break;
      }
    }
  }
  if (meta.year === undefined) {
    const reviewed = mostMentionedYear(lastYearReview) ?? mostMentionedYear(text.slice(0, Math.max(OPENING_CHARS, Math.ceil(text.length / 3))));
    if (reviewed !== undefined) meta.year = reviewed + 1;
  }
  const day = meta.date ? undefined : DAY_MENTION.exec(opening);
  if (day && meta.year !== undefined) meta.date = `${meta.year}-${pad(Number(day[1]))}-${pad(Number(day[2]))}`;
  Object.assign(meta, levelOf(meta.region, text));
  if (meta.level === 'national') meta.region = '全国';
  return meta;
}
