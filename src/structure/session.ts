import type { Span } from '../span.js';
import type { Level } from './tables/divisions.js';
import type { PagePart } from './page.js';
import { numberOf } from './numerals.js';
import { SESSION, SESSION_EARLIER_AFTER, SESSION_EARLIER_BEFORE, SESSION_HELD_AFTER } from './tables/meta-cues.js';
import { FIRST_SESSION_RESIDUES, NPC_EARLY_SESSIONS, NPC_REGULAR, PROVINCES_NUMBERED_APART, PROVINCIAL_TERMS, TERM_YEARS } from './tables/congress-terms.js';

/** A people's congress session named in the text. */
export interface Session {
  term: number;
  /** The session of the term (第K次会议), when written. */
  meeting?: number;
  national: boolean;
  /** As written, with 人大 written out: 第十四届人民代表大会第三次会议. */
  name: string;
  /** `held`: the report is delivered there; `earlier`: one before it (…会议确定的目标); else unknown. */
  when: 'held' | 'earlier' | 'unknown';
  /** The text just before it, where the congress's place is named. */
  before: string;
  part: PagePart;
  /** Where it stands in its part. */
  start: number;
  end: number;
  span: Span;
}

/** How far before a session its place may be named (…宜昌市西陵区九届人大三次会议). */
const PLACE_CHARS = 14;

/** Every congress session the page names, with whether the report is delivered there. */
export function sessionsIn(parts: readonly PagePart[]): Session[] {
  const sessions: Session[] = [];
  for (const part of parts) {
    for (const m of part.text.matchAll(SESSION)) {
      const start = m.index;
      const end = start + m[0].length;
      const after = part.text.slice(end, end + 30);
      const before = part.text.slice(Math.max(0, start - PLACE_CHARS), start);
      sessions.push({
        term: numberOf(m[1].replace(/[第届\s]/g, '')),
        meeting: m[3] ? numberOf(m[3].replace(/^第/, '').replace(/\s?次.*$/, '')) : undefined,
        national: m[2] !== undefined,
        name: `${m[1]}${m[2] ?? ''}人民代表大会${m[3] ?? ''}`.replace(/\s/g, ''),
        when:
          SESSION_EARLIER_AFTER.test(after) || SESSION_EARLIER_BEFORE.test(before)
            ? 'earlier'
            : SESSION_HELD_AFTER.test(after)
              ? 'held'
              : 'unknown',
        before,
        part,
        start,
        end,
        span: part.toOriginal(start, end),
      });
    }
  }
  return sessions;
}

/** The year of a session of the National People's Congress (exact: the NPC's calendar is known). */
export function npcSessionYear(term: number, meeting: number): number | undefined {
  if (term < NPC_REGULAR.term) return NPC_EARLY_SESSIONS[term]?.[meeting - 1];
  if (meeting > NPC_REGULAR.termYears) return undefined;
  return NPC_REGULAR.firstYear + (term - NPC_REGULAR.term) * NPC_REGULAR.termYears + meeting - 1;
}

/**
 * The year of a session of a province's congress, where the province numbers its terms with the others; a province
 * the text does not name (省十四届人大一次会议) is taken to be one of the most that do.
 */
export function provincialSessionYear(term: number, meeting: number, region: string | undefined): number | undefined {
  if ((region !== undefined && PROVINCES_NUMBERED_APART.has(region)) || term < PROVINCIAL_TERMS.fromTerm || meeting > TERM_YEARS) return undefined;
  return PROVINCIAL_TERMS.firstYear + (term - PROVINCIAL_TERMS.term) * TERM_YEARS + meeting - 1;
}

/** Whether a local session's number fits a year under the level's election cycle. */
export function fitsCycle(year: number, meeting: number, level: Exclude<Level, 'national'>): boolean {
  const firstSessionYear = year - (meeting - 1);
  return FIRST_SESSION_RESIDUES[level].includes(((firstSessionYear % TERM_YEARS) + TERM_YEARS) % TERM_YEARS);
}
