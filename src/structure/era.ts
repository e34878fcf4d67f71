import type { Span } from '../span.js';
import type { PagePart } from './page.js';
import { numberOf } from './numerals.js';
import { CITED_MEETINGS, CONGRESS_YEARS, PLENUMS } from './tables/party-meetings.js';
import { COINAGES } from './tables/era-words.js';

/** The years a report can be of, from the latest party meeting it says it implements and the latest words it uses. */
export interface Era {
  /** No report cites a meeting before it is held (a spring plenum can be cited the same spring), nor uses a word before it is coined. */
  from: number;
  /** The year after the meeting: when local reports, delivered in winter, first cite it (unknown for 历次全会). */
  likely?: number;
  /** Until the next congress, whose spirit every report after it implements. */
  to: number;
  /** What bounds it: the meetings cited or a word used, as written (十八届五中全会, 新时代文明实践). */
  by: 'meeting' | 'word';
  named: string;
  span: Span;
}

/** Spring plenums (by March) are cited by the national report of the same spring. */
const SPRING_LAST_MONTH = 2;

/** For each first year, one pattern of the words coined in it or later (a text is read once for all of them). */
const COINED_FROM = new Map(
  [...new Set(COINAGES.map(([, firstYear]) => firstYear))].map((from) => [
    from,
    new RegExp(
      COINAGES.filter(([, firstYear]) => firstYear >= from)
        .flatMap(([words]) => words)
        .map((word) => word.replace(/[+]/g, '\\$&'))
        .join('|'),
      'g',
    ),
  ]),
);
const FIRST_YEAR_OF = new Map(COINAGES.flatMap(([words, firstYear]) => words.map((word) => [word, firstYear] as const)));

/**
 * The bound a word the text uses sets when it was coined after `year` (新时代文明实践 in a text of 2016): from its
 * first year, a bound and not a guess (a report uses a word for years after it is coined); the meetings' era's end
 * and likely year where they allow it. Only words coined after the year are looked for; the latest-coined decides.
 */
export function coinedAfter(parts: readonly PagePart[], year: number, meetings: Era | undefined): Era | undefined {
  const after = Math.max(year, meetings?.from ?? -Infinity);
  const from = Math.min(...[...COINED_FROM.keys()].filter((first) => first > after));
  const words = COINED_FROM.get(from);
  if (!words) return undefined;
  let latest: { firstYear: number; named: string; span: Span } | undefined;
  for (const part of parts.filter((p) => p.where !== 'after')) {
    for (const m of part.text.matchAll(words)) {
      const firstYear = FIRST_YEAR_OF.get(m[0])!;
      if (!latest || firstYear > latest.firstYear) latest = { firstYear, named: m[0], span: part.toOriginal(m.index, m.index + m[0].length) };
    }
  }
  if (!latest) return undefined;
  const likely = meetings?.likely !== undefined && meetings.likely >= latest.firstYear ? meetings.likely : undefined;
  return { from: latest.firstYear, likely, to: Math.max(meetings?.to ?? Infinity, latest.firstYear), by: 'word', named: latest.named, span: latest.span };
}

/** The years the latest party meeting the text says it implements allows. */
export function eraOf(parts: readonly PagePart[]): Era | undefined {
  let latest: { year: number; month: number; term: number; known: boolean; named: string; span: Span } | undefined;
  for (const part of parts.filter((p) => p.where !== 'after')) {
    for (const m of part.text.matchAll(CITED_MEETINGS)) {
      const term = numberOf(m[1]);
      const cited = m[2] ?? m[3] ?? '';
      const plenums = cited.match(/[一二三四五六七](?=中)/g) ?? [];
      const held = plenums.length ? PLENUMS[term]?.[plenums.reduce((last, p) => Math.max(last, numberOf(p)), 0) - 1] : CONGRESS_YEARS[term] && [CONGRESS_YEARS[term], 10];
      if (!held) continue;
      const [year, month] = held;
      if (!latest || year * 12 + month > latest.year * 12 + latest.month) {
        latest = { year, month, term, known: cited !== '历次', named: m[0], span: part.toOriginal(m.index, m.index + m[0].length) };
      }
    }
  }
  if (!latest) return undefined;
  // the plenum before a congress (十八届七中全会, October 2017) is cited until the congress's spirit takes over
  const next = Math.max(CONGRESS_YEARS[latest.term + 1] ?? Infinity, latest.year + 1);
  return {
    from: latest.month <= SPRING_LAST_MONTH ? latest.year : latest.year + 1,
    likely: latest.known ? latest.year + 1 : undefined,
    to: next,
    by: 'meeting',
    named: latest.named,
    span: latest.span,
  };
}
