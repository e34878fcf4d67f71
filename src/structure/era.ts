import type { Span } from '../span.js';
import type { PagePart } from './page.js';
import { numberOf } from './numerals.js';
import { CITED_MEETINGS, CONGRESS_YEARS, PLENUMS } from './tables/party-meetings.js';

/** The years a report can be of, from the latest party meeting it says it implements. */
export interface Era {
  /** No report cites a meeting before it is held (a spring plenum can be cited the same spring). */
  from: number;
  /** The year after the meeting: when local reports, delivered in winter, first cite it (unknown for 历次全会). */
  likely?: number;
  /** Until the next congress, whose spirit every report after it implements. */
  to: number;
  span: Span;
}

/** Spring plenums (by March) are cited by the national report of the same spring. */
const SPRING_LAST_MONTH = 2;

export function eraOf(parts: readonly PagePart[]): Era | undefined {
  let latest: { year: number; month: number; term: number; known: boolean; span: Span } | undefined;
  for (const part of parts.filter((p) => p.where !== 'after')) {
    for (const m of part.text.matchAll(CITED_MEETINGS)) {
      const term = numberOf(m[1]);
      const cited = m[2] ?? m[3] ?? '';
      const plenums = cited.match(/[一二三四五六七](?=中)/g) ?? [];
      const held = plenums.length ? PLENUMS[term]?.[plenums.reduce((last, p) => Math.max(last, numberOf(p)), 0) - 1] : CONGRESS_YEARS[term] && [CONGRESS_YEARS[term], 10];
      if (!held) continue;
      const [year, month] = held;
      if (!latest || year * 12 + month > latest.year * 12 + latest.month) {
        latest = { year, month, term, known: cited !== '历次', span: part.toOriginal(m.index, m.index + m[0].length) };
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
    span: latest.span,
  };
}
