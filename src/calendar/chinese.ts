/**
 * Days written as Chinese offices write them, and read back from what people type: the one place that knows
 * 2024年12月31日 is 2024-12-31. Reading running text for time words (年底, 上半年, 国庆前) is the time-word table's.
 */
import { isoDay } from './days.js';
import { TIME_WORDS, type TimeWordName } from './tables/time-words.js';

const LEADING_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/**
 * '2021-07-31' (or an ISO instant) → '2021年7月31日'; '2021-07' → '2021年7月'; '2021' → '2021年'. Anything else
 * (上半年, a span of years) is shown as it is.
 */
export function chineseDate(value: string | undefined | null): string {
  if (!value) return '';
  const day = LEADING_DAY.exec(value);
  if (day) return `${Number(day[1])}年${Number(day[2])}月${Number(day[3])}日`;
  const month = MONTH.exec(value);
  if (month) return `${Number(month[1])}年${Number(month[2])}月`;
  return YEAR.test(value) ? `${value}年` : value;
}

/** Sentences with ISO days in them (2024-09-16) → Chinese dates (2024年9月16日). */
export const localizeDates = (text: string | undefined | null): string =>
  (text ?? '').replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_m, y: string, m: string, d: string) => `${Number(y)}年${Number(m)}月${Number(d)}日`);

export type TypedDay =
  | { ok: true; day: string }
  | { ok: false; problem: 'unreadable' | 'no-such-day' | 'needs-year' };

/** Figures a day is typed with: 2024-12-31, 2024/12/31, 2024.12.31 (one separator throughout). */
const FIGURES = /^((?:19|20|21)\d\d)([-/.])(\d{1,2})\2(\d{1,2})$/;

/** The time words a typed day may be (a day, a month or a year's end); vaguer ones (下半年, 国庆前) are refused. */
const TYPED_WORDS: ReadonlySet<TimeWordName> = new Set(['day', 'year-month', 'year', 'month-day', 'month', 'this-year']);

/**
 * A day as people type it in a cell: 2024年12月31日, 2024-12-31, 2024/12/31, 2024.12.31, 2024年6月(底), 6月底,
 * 6月30日, 年底 / 2024年底, full-width figures and spaces allowed, a trailing 前 / 之前 dropped. `year` says what 年底,
 * 6月底 and 6月30日 mean; without it they are refused.
 */
export function readTypedDay(text: string, year: number | undefined): TypedDay {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/(?:之前|以前|前)$/, '');
  const figures = FIGURES.exec(s);
  if (figures) {
    const day = isoDay(Number(figures[1]), Number(figures[3]), Number(figures[4]));
    return day ? { ok: true, day } : { ok: false, problem: 'no-such-day' };
  }
  for (const word of TIME_WORDS) {
    if (!TYPED_WORDS.has(word.name)) continue;
    word.pattern.lastIndex = 0;
    const m = word.pattern.exec(s);
    if (!m || m[0].length !== s.length) continue;
    if (!word.absolute && year === undefined) return { ok: false, problem: 'needs-year' };
    const day = word.deadline(m, year ?? 0);
    return day ? { ok: true, day } : { ok: false, problem: 'no-such-day' };
  }
  return { ok: false, problem: 'unreadable' };
}
