/**
 * When people's congresses meet, to tell a report's year from the session it was delivered at.
 */

/**
 * The National People's Congress: the years of the sessions of its first five terms, which met irregularly
 * (历届全国人民代表大会会议, npc.gov.cn); the 3rd NPC's only session opened in December 1964.
 */
export const NPC_EARLY_SESSIONS: Readonly<Record<number, readonly number[]>> = {
  1: [1954, 1955, 1956, 1957, 1958],
  2: [1959, 1960, 1962, 1963],
  3: [1964],
  4: [1975],
  5: [1978, 1979, 1980, 1981, 1982],
};
/** From the 6th NPC (1983) on, one session each spring, five per term. */
export const NPC_REGULAR = { term: 6, firstYear: 1983, termYears: 5 } as const;

/**
 * Local congresses sit for five-year terms (宪法 art. 98 as amended in 1993 for counties and 2004 for townships;
 * 选举法) and hold one session a year, so the K-th session of a term meets K-1 years after the first. First
 * sessions follow the national election calendar (the NPC Standing Committee's decisions on 县乡两级人大换届选举,
 * held 2011–2012, 2016–2017, 2021–2022): county congresses first, prefecture congresses elected by them, provincial
 * congresses in the spring after (2013, 2018, 2023). The year of a first session, modulo 5, by level. Some
 * governments run a year off (a term shifted, a session added), so the arithmetic only chooses among the years the
 * text names, never names one alone.
 */
export const FIRST_SESSION_RESIDUES: Readonly<Record<'province' | 'city' | 'county', readonly number[]>> = {
  province: [3],
  city: [1, 2],
  county: [1, 2],
};
export const TERM_YEARS = 5;

/**
 * Provincial congresses have sat for five-year terms since the 6th (1983), and most provinces' terms begin in the
 * same spring: the 13th in 2018 (the provincial congresses' own lists of their terms, 历届人民代表大会). Provincial-level
 * governments founded or numbered apart — the municipalities, and provinces and regions set up later — count their
 * own terms, so their term numbers name no year here.
 */
export const PROVINCIAL_TERMS = { term: 13, firstYear: 2018, fromTerm: 6 } as const;
export const PROVINCES_NUMBERED_APART: ReadonlySet<string> = new Set(['北京市', '天津市', '上海市', '重庆市', '海南省', '西藏自治区', '宁夏回族自治区']);
