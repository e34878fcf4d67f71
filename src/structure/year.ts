import type { Span } from '../span.js';
import { ruleInWords } from './tables/meta-words.js';
import type { Confidence, Decision, Evidence, MetaWarning } from './evidence.js';
import { weigh } from './evidence.js';
import type { PagePart } from './page.js';
import type { DeliveryDay, DeliveryLine } from './delivery.js';
import { fitsCycle, npcSessionYear, provincialSessionYear, type Session } from './session.js';
import type { Level } from './tables/divisions.js';
import { numberOf } from './numerals.js';
import { FIRST_YEAR, LAST_YEAR, MASKED_YEAR, YEAR_MENTION } from './tables/year-cues.js';
import type { Stamp } from './stamp.js';
import { coinedAfter, eraOf, type Era } from './era.js';
import { namedYears, namesAnotherTime, RELATION_WEIGHT } from './year-relation.js';
import {
  ANNIVERSARY,
  ANNIVERSARY_EVENTS,
  FIVE_YEAR_PLAN_START,
  PLAN_PHASE,
  PLAN_PHASE_OFFSET,
  PLAN_START,
  PLAN_START_DONE,
  PLAN_START_PREPARED,
  PLAN_START_WISHED,
} from './tables/era-words.js';
import { CONGRESS_START, CONGRESS_YEARS } from './tables/party-meetings.js';

/**
 * How much each kind of evidence weighs (a named year's, in year-relation.ts). The date line decides alone; a year
 * with words that say how the report relates to it (刚刚过去的2016年, 2017年主要预期目标) decides against anything
 * weaker; a page's publication stamp (a repost is stamped years later) and a session's number only tip a balance.
 */
const WEIGHT = {
  deliveryLine: 10,
  meetingDate: 6,
  npcSession: 6,
  /** a province's term numbers are shared by most provinces, not all (a term shifted, a province renumbered) */
  provincialSession: 3.5,
  /** 今年是“十三五”开局之年, 今年是全面贯彻党的二十大精神的开局之年, 今年是新中国成立70周年 */
  planPhase: 3,
  /** 确保“十三五”开好局: the plan's first year, said less plainly than 今年是…开局之年 */
  planStart: 2,
  /** the year named most under the review, as much as a cue when named often */
  reviewSection: 2,
  /** the one year a review names, once, and not as a bound or a baseline (…2007年全市人口自然增长率控制在4‰以内) */
  reviewNamedOnce: 1,
  /** added to a year a local session's number fits */
  cycle: 1.5,
  stamp: 1,
  /** the year after the latest party meeting the report says it implements (贯彻…十八届四中全会精神) */
  partyMeeting: 1,
} as const;
/** A year named this often under the review is the year it reviews. */
const REVIEW_MENTIONS_MIN = 2;
/** …and named this often, it weighs as much as a cue. */
const REVIEW_MENTIONS_STRONG = 5;
/** Evidence from the page after the body weighs this much (it often holds other pages' news). */
const AFTER_BODY = 0.5;
/** Evidence at least this heavy says how the text relates the year to the report. */
const STRONG = 3;

/**
 * The year named most often under the report's review of last year, plus one: in a full report most years stand
 * in sentences no cue relates, and the review names the year it reviews again and again. An excerpt's review may
 * name it once: the only year named there, unless as a bound or a baseline (比2010年, 2013年以来), weighs little.
 */
function reviewedYear(part: PagePart, review: readonly Span[]): Evidence[] {
  const counts = new Map<number, { count: number; first: Span; plain: boolean }>();
  for (const { start, end } of review) {
    for (const m of part.text.slice(start, end).matchAll(YEAR_MENTION)) {
      const year = numberOf(m[1]);
      if (year < FIRST_YEAR || year > LAST_YEAR) continue;
      const at = start + m.index;
      const seen = counts.get(year);
      if (seen) seen.count++;
      else counts.set(year, { count: 1, first: part.toOriginal(at, at + m[0].length), plain: !namesAnotherTime(part.text, at, at + m[0].length) });
    }
  }
  const [year, best] = [...counts].sort((a, b) => b[1].count - a[1].count || b[0] - a[0])[0] ?? [];
  if (year === undefined) return [];
  if (best.count < REVIEW_MENTIONS_MIN) {
    return counts.size === 1 && best.plain ? [{ field: 'year', value: year + 1, rule: 'review-section', weight: WEIGHT.reviewNamedOnce, span: best.first }] : [];
  }
  const weight = best.count >= REVIEW_MENTIONS_STRONG ? RELATION_WEIGHT.cue : WEIGHT.reviewSection;
  return [{ field: 'year', value: year + 1, rule: 'review-section', weight, span: best.first }];
}

/** A plan-phase sentence: the year the plan's calendar gives the year it speaks of, and the words it names that year with. */
interface PlanPhase {
  /** 今年, 去年, 过去一年 or a year named (2016年) */
  subject: string;
  planYear: number;
  /** how many years either way the phase's usage strays */
  slack: number;
  /** the plan and the phase as written (“十二五”, 收官之年) */
  plan: string;
  phase: string;
  span: Span;
}

function planPhaseYears(part: PagePart): PlanPhase[] {
  const found: PlanPhase[] = [];
  for (const m of part.text.matchAll(PLAN_PHASE)) {
    const start = FIVE_YEAR_PLAN_START[m[2].replace(/[“”]/g, '')];
    const [, offset, slack] = PLAN_PHASE_OFFSET.find(([phase]) => phase.test(m[3])) ?? [];
    if (start === undefined || offset === undefined || slack === undefined) continue;
    found.push({ subject: m[1], planYear: start + offset, slack, plan: m[2], phase: m[3], span: part.toOriginal(m.index, m.index + m[0].length) });
  }
  return found;
}

/** "今年是“十一五”规划的收官之年" names 2010; "去年是…开局之年" names the year after the plan's first. */
function planPhases(part: PagePart): Evidence[] {
  return planPhaseYears(part)
    .filter(({ subject }) => !/\d/.test(subject)) // a year named there is the named years' matter, or a rewrite's
    .map(({ subject, planYear, span }) => ({ field: 'year', value: planYear + (subject === '今年' ? 0 : 1), rule: 'plan-phase', weight: WEIGHT.planPhase, span }));
}

/**
 * "2024年是“十二五”规划的收官之年": no report says so of a year the plan's calendar does not give, a copy that
 * rewrote its years does; every year it names is off by as much (2024 for 2015). The shift, where one is found.
 */
function rewrittenYears(parts: readonly PagePart[]): (PlanPhase & { shift: number; named: number }) | undefined {
  for (const part of parts.filter((p) => p.where === 'body')) {
    for (const phase of planPhaseYears(part)) {
      const named = /\d/.test(phase.subject) ? numberOf(phase.subject.slice(0, 4)) : undefined;
      if (named !== undefined && Math.abs(named - phase.planYear) > phase.slack) return { ...phase, shift: phase.planYear - named, named };
    }
  }
  return undefined;
}

/** The weighed year moved by a rewrite's shift: the evidence the plan's calendar gives. */
function calendarChecked(
  weighed: Omit<Decision<number>, 'confidence'> | undefined,
  parts: readonly PagePart[],
  warnings: MetaWarning[],
): Omit<Decision<number>, 'confidence'> | undefined {
  const rewrite = rewrittenYears(parts);
  if (!weighed || !rewrite) return weighed;
  const value = weighed.value + rewrite.shift;
  warnings.push({
    field: 'year',
    reason: `文中称${rewrite.named}年是“${rewrite.plan.replace(/[“”]/g, '')}”规划的${rewrite.phase}，按规划应为${rewrite.planYear}年：年份被改写，报告年份按规划推算为${value}年`,
    ruleId: 'year-rewritten',
    severity: 'warning',
    place: rewrite.span,
  });
  const calendar: Evidence = { field: 'year', value, rule: 'plan-calendar', weight: WEIGHT.planPhase, span: rewrite.span };
  return { value, score: calendar.weight, evidence: [calendar, ...weighed.evidence], rival: 0 };
}

/** How far back in its clause the words about a plan's start are read (为实现, 努力实现…, 实现了). */
const PLAN_START_BEFORE = 12;

/** "确保“十三五”开好局、起好步" names 2016, "实现了“十三五”良好开局" 2017, "为“十三五”开好局打下基础" 2015. */
function planStarts(part: PagePart): Evidence[] {
  const evidence: Evidence[] = [];
  for (const m of part.text.matchAll(PLAN_START)) {
    const start = FIVE_YEAR_PLAN_START[m[1].replace(/[“”]/g, '')];
    if (start === undefined) continue;
    const before = part.text.slice(Math.max(0, m.index - PLAN_START_BEFORE), m.index).split(/[，,。；;！？\n]/).at(-1)!;
    const value = PLAN_START_PREPARED.test(m[3])
      ? start - 1
      : PLAN_START_DONE.test(before)
        ? start + 1
        : m[2] !== '良好开局' || PLAN_START_WISHED.test(before)
          ? start
          : undefined;
    if (value !== undefined) evidence.push({ field: 'year', value, rule: 'plan-start', weight: WEIGHT.planStart, span: part.toOriginal(m.index, m.index + m[0].length) });
  }
  return evidence;
}

/** "今年是全面贯彻党的二十大精神的开局之年" names 2023, "过去一年是…" 2024. */
function congressStarts(part: PagePart): Evidence[] {
  return [...part.text.matchAll(CONGRESS_START)].flatMap((m) => {
    const held = CONGRESS_YEARS[numberOf(m[2])];
    if (held === undefined) return [];
    const value = held + 1 + (m[1] === '今年' ? 0 : 1);
    return [{ field: 'year' as const, value, rule: 'plan-phase', weight: WEIGHT.planPhase, span: part.toOriginal(m.index, m.index + m[0].length) }];
  });
}

/** "今年是新中国成立70周年" names 2019; 去年 and 明年 the years around it. */
function anniversaries(part: PagePart): Evidence[] {
  const evidence: Evidence[] = [];
  for (const m of part.text.matchAll(ANNIVERSARY)) {
    const base = ANNIVERSARY_EVENTS.find(([event]) => event.test(m[2]))?.[1];
    if (base === undefined) continue;
    const value = base + numberOf(m[3]) + (m[1] === '去年' ? 1 : m[1] === '明年' ? -1 : 0);
    evidence.push({ field: 'year', value, rule: 'anniversary', weight: WEIGHT.planPhase, span: part.toOriginal(m.index, m.index + m[0].length) });
  }
  return evidence;
}

/** A page's publication stamp: weak (reposts are stamped years later); a December page plans for the next year. */
function publicationStamps(stamps: readonly Stamp[]): Evidence[] {
  return stamps
    .filter(({ year }) => year >= FIRST_YEAR && year <= LAST_YEAR)
    .map(({ year, month, part, span }) => ({
      field: 'year' as const,
      value: month === 12 ? year + 1 : year,
      rule: 'publication-stamp',
      weight: part.where === 'after' ? WEIGHT.stamp * AFTER_BODY : WEIGHT.stamp,
      span,
    }));
}

/**
 * The date line's year; a report delivered in December plans for the next year (gold-format.md), and one delivered
 * in the autumn (the 1980s' sessions) when it speaks of 明年 more than of 今年.
 */
function deliveryYear(line: DeliveryLine, body: string): Evidence {
  const next = line.month === 12 || (line.month >= 10 && body.split('明年').length > body.split('今年').length);
  return { field: 'year', value: line.year + (next ? 1 : 0), rule: next ? 'delivery-line-next-year' : 'delivery-line', weight: WEIGHT.deliveryLine, span: line.span };
}

/**
 * A national session's year is known exactly, a province's nearly (most provinces number their terms alike); a
 * city's or county's number only fits some years.
 */
function sessionEvidence(sessions: readonly Session[], level: Level | undefined, region: string | undefined, candidates: Iterable<number>): Evidence[] {
  const evidence: Evidence[] = [];
  const held = sessions.filter((s) => s.when === 'held' && s.meeting !== undefined);
  for (const s of held.filter((s) => s.national)) {
    const year = npcSessionYear(s.term, s.meeting!);
    if (year !== undefined) evidence.push({ field: 'year', value: year, rule: 'npc-session', weight: WEIGHT.npcSession, span: s.span });
  }
  const local = held.find((s) => !s.national);
  const provincial = local && level === 'province' ? provincialSessionYear(local.term, local.meeting!, region) : undefined;
  if (provincial !== undefined) {
    evidence.push({ field: 'year', value: provincial, rule: 'provincial-session', weight: WEIGHT.provincialSession, span: local!.span });
  } else if (local && level && level !== 'national') {
    for (const year of candidates) {
      if (fitsCycle(year, local.meeting!, level)) evidence.push({ field: 'year', value: year, rule: 'session-cycle', weight: WEIGHT.cycle, span: local.span });
    }
  }
  return evidence;
}

/**
 * A year the party meetings the text cites rule out (a copy that rewrote a 2011 report's years to 2024 still
 * implements 十七届五中全会精神), or a word it uses coined later, gives way to the best-supported year they allow,
 * else the one the meetings make likely. A year only the meetings made likely, which a word rules out, is no year.
 */
function eraChecked(
  weighed: Omit<Decision<number>, 'confidence'> | undefined,
  evidence: readonly Evidence[],
  era: Era | undefined,
  meeting: Evidence | undefined,
  warnings: MetaWarning[],
): Omit<Decision<number>, 'confidence'> | undefined {
  if (!weighed || !era || (weighed.value >= era.from && weighed.value <= era.to)) return weighed;
  const ruledOut = weighed.evidence.filter((e) => e.value === weighed.value);
  if (!meeting && ruledOut.every((e) => e.rule === 'party-meeting')) return undefined;
  warnings.push({
    field: 'year',
    reason: `文中的年份（${weighed.value}）与文中${era.by === 'meeting' ? '贯彻的党的会议' : '的用语'}（${era.named}：${era.from}年${Number.isFinite(era.to) ? `至${era.to}年` : '以后'}）不符，年份可能被改写`,
    ruleId: 'year-era-conflict',
    severity: 'warning',
    place: era.span,
  });
  // the year given way to stays among the evidence, as the rival it is
  const allowed = weigh<number>(evidence.filter((e) => Number(e.value) >= era.from && Number(e.value) <= era.to));
  if (allowed) return { ...allowed, evidence: [...allowed.evidence, ...ruledOut], rival: weighed.score };
  // nothing the meetings allow is named (历次全会 gives no likely year): the text's year stands, flagged
  return meeting ? { value: Number(meeting.value), score: meeting.weight, evidence: [meeting, ...ruledOut], rival: weighed.score } : weighed;
}

/** Kinds of evidence independent of each other: the words of the text, the congress's calendar, the page's stamp… */
const SOURCE_OF: Readonly<Record<string, string>> = {
  'session-cycle': 'calendar',
  'npc-session': 'calendar',
  'provincial-session': 'calendar',
  'publication-stamp': 'page',
  'party-meeting': 'meetings',
};
/** Weak evidence of two independent kinds agreeing, nothing against: as sure as one strong piece. */
const AGREEING_SCORE = 2.5;

function confidenceOf(decision: Omit<Decision<number>, 'confidence'>): Confidence {
  const forValue = decision.evidence.filter((e) => e.value === decision.value);
  if (forValue.some((e) => e.rule.startsWith('delivery-line')) && decision.rival < decision.score / 2) return 'high';
  const strong = forValue.filter((e) => e.weight >= STRONG).length;
  if (strong >= 2 && decision.rival <= decision.score / 3) return 'high';
  if (strong >= 1 && decision.rival < decision.score / 2) return 'medium';
  const sources = new Set(forValue.map((e) => SOURCE_OF[e.rule] ?? 'text'));
  if (sources.size >= 2 && sources.has('text') && decision.rival === 0 && decision.score >= AGREEING_SCORE) return 'medium';
  return 'low';
}

export interface YearResult {
  year?: Decision<number>;
  warnings: MetaWarning[];
}

/** The report year from all the evidence the page gives, with a confidence and what is wrong with it. */
export function yearOf(
  parts: readonly PagePart[],
  sessions: readonly Session[],
  line: DeliveryLine | undefined,
  day: DeliveryDay | undefined,
  stamps: readonly Stamp[],
  level: Level | undefined,
  region: string | undefined,
  review: readonly Span[],
): YearResult {
  const warnings: MetaWarning[] = [];
  const era = eraOf(parts);
  const body = parts.find((p) => p.where === 'body')?.text ?? '';
  const evidence: Evidence[] = line ? [deliveryYear(line, body)] : [];
  if (day?.year !== undefined) evidence.push({ field: 'year', value: day.year, rule: 'meeting-date', weight: WEIGHT.meetingDate, span: day.span });
  for (const part of parts) {
    const found = [
      ...namedYears(part),
      ...planPhases(part),
      ...planStarts(part),
      ...congressStarts(part),
      ...anniversaries(part),
      ...(part.where === 'body' ? reviewedYear(part, review) : []),
    ];
    for (const e of found) evidence.push(part.where === 'after' ? { ...e, weight: e.weight * AFTER_BODY } : e);
    for (const m of part.text.matchAll(MASKED_YEAR)) {
      warnings.push({
        field: 'year',
        reason: `年份被遮盖或改写（“${m[0]}”），不作依据；同一文本中的其他年份也可能被改写`,
        ruleId: 'year-masked',
        severity: 'info',
        place: part.toOriginal(m.index, m.index + m[0].length),
      });
    }
  }
  for (const e of publicationStamps(stamps)) evidence.push(e);
  const meeting: Evidence | undefined =
    era?.likely === undefined ? undefined : { field: 'year', value: era.likely, rule: 'party-meeting', weight: WEIGHT.partyMeeting, span: era.span };
  if (meeting) evidence.push(meeting);
  for (const e of sessionEvidence(sessions, level, region, new Set(evidence.map((e) => Number(e.value))))) evidence.push(e);
  const calendared = calendarChecked(weigh<number>(evidence), parts, warnings);
  // a word coined after the year, or after the year the meetings make likely, bounds the era further
  const bounds = coinedAfter(parts, Math.min(calendared?.value ?? -Infinity, era?.likely ?? Infinity), era) ?? era;
  const likely = meeting && Number(meeting.value) >= (bounds?.from ?? -Infinity) ? meeting : undefined;
  const weighed = eraChecked(calendared, evidence, bounds, likely, warnings);
  if (!weighed) {
    // what the era says is a bound, not a year: the office is told it all the same
    const bound = bounds && `；文中${bounds.by === 'meeting' ? '贯彻的党的会议' : '的用语'}“${bounds.named}”表明报告不早于${bounds.from}年`;
    warnings.push({ field: 'year', reason: `文中没有可以判断报告年份的依据${bound ?? ''}`, ruleId: 'year-missing', severity: 'warning', place: bounds?.span });
    return { warnings };
  }
  const year = { ...weighed, confidence: confidenceOf(weighed) };
  if (year.confidence === 'low') {
    const rules = [...new Set(year.evidence.filter((e) => e.value === year.value).map((e) => ruleInWords(e.rule)))].join('、');
    warnings.push({ field: 'year', reason: `报告年份${year.value}依据不足（${rules}），请核对`, ruleId: 'year-weak', severity: 'warning', place: year.evidence[0].span });
  }
  const rival = year.evidence.find((e) => e.value !== year.value);
  if (rival && year.rival >= year.score / 2) {
    warnings.push({ field: 'year', reason: `文中也有指向${rival.value}年的依据`, ruleId: 'year-conflict', severity: 'warning', place: rival.span });
  }
  return { year, warnings };
}
