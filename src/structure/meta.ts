import type { Cleaned } from '../clean/index.js';
import { isoDay } from '../calendar/index.js';
import type { Span } from '../span.js';
import { divisionsNamed, type Level } from './tables/divisions.js';
import type { Confidence, Evidence, MetaField, MetaWarning } from './evidence.js';
import { pageParts } from './page.js';
import { sessionsIn } from './session.js';
import { stampsIn } from './stamp.js';
import { deliveryDayOf, deliveryLineOf, type DeliveryDay, type DeliveryLine } from './delivery.js';
import { regionOf } from './region.js';
import { yearOf } from './year.js';
import { coveredYear, kindOf, type DocumentKind } from './genre.js';
import { SPEAKER_LINE } from './tables/meta-cues.js';
import { ruleInWords } from './tables/meta-words.js';

export type { Confidence, Evidence, MetaField, MetaWarning } from './evidence.js';
export type { DocumentKind } from './genre.js';

/**
 * Who delivered the report and when. Fields the text does not give are left out, never guessed from a file name;
 * each inferred field says how sure it is and on what evidence, and `warnings` say where an office should look.
 */
export interface ReportMeta {
  /** A government's work report (or a page about one), or a statistical bulletin. */
  kind: DocumentKind;
  region?: string;
  level?: Level;
  /** The division the region belongs to (a county's city, a city's province), from GB/T 2260. */
  parent?: string;
  /** The year the report plans for: the best guess the evidence allows (see `confidence.year`). */
  year?: number;
  /** A bulletin: the year whose figures it reports (`year` is the one after, as for the report reviewing it). */
  covers?: number;
  /** ISO date of delivery, when the text says the report was delivered that day. */
  date?: string;
  session?: string;
  speaker?: string;
  confidence: Partial<Record<MetaField, Confidence>>;
  /** The evidence for each inferred field's value (strongest first), then the strongest for each rival value. */
  evidence: Evidence[];
  warnings: MetaWarning[];
}

/** How far after the date line its speaker line may stand. */
const SPEAKER_CHARS = 200;

/** The date, session and speaker of the date line (the day the report was delivered, as it says). */
function fromDeliveryLine(meta: ReportMeta, line: DeliveryLine): void {
  const date = isoDay(line.year, line.month, line.day); // a day the calendar has none of (2月30日) dates nothing
  if (date) {
    meta.date = date;
    meta.confidence.date = 'high';
    meta.evidence.push({ field: 'date', value: date, rule: 'delivery-line', weight: 1, span: line.span });
  }
  meta.session = (line.congress.match(/第[一二三四五六七八九十\d]+届/)?.[0] ?? '') + '人民代表大会' + (line.meeting ?? '');
  const speaker = SPEAKER_LINE.exec(line.part.text.slice(line.end, line.end + SPEAKER_CHARS));
  if (speaker) meta.speaker = `${speaker[1]} ${speaker[2].replace(/[ \u3000]/g, '')}`;
}

/**
 * The date of a news page's day of delivery: its year as written, else the report's (the year before for a day in
 * December: such a report plans for the next year); a month taken from the page's stamp is a guess.
 */
function fromDeliveryDay(meta: ReportMeta, day: DeliveryDay, year: number): void {
  const date = isoDay(day.year ?? (day.month === 12 ? year - 1 : year), day.month, day.day);
  if (!date) return;
  meta.date = date;
  meta.confidence.date = day.rule === 'stamp-month' ? 'low' : day.year ? 'high' : meta.confidence.year;
  meta.evidence.push({ field: 'date', value: meta.date, rule: day.rule, weight: 1, span: day.span });
  if (day.rule === 'stamp-month') {
    meta.warnings.push({ field: 'date', reason: '报告日期的月份取自网页发布时间', ruleId: 'date-month-from-stamp', severity: 'warning', place: day.span });
  }
}

/**
 * Region, level, year, date, session and speaker from the report and the page around it: each field from every
 * piece of evidence the text gives, weighed (see region.ts, year.ts), with its confidence. `review` is where the
 * report reviews last year (cleaned offsets), when its sections say.
 */
export function reportMeta(cleaned: Pick<Cleaned, 'original' | 'text' | 'body' | 'toOriginal'>, review: readonly Span[] = []): ReportMeta {
  const parts = pageParts(cleaned);
  const line = deliveryLineOf(parts);
  const sessions = sessionsIn(parts);
  const meta: ReportMeta = { kind: 'report', confidence: {}, evidence: [], warnings: [] };

  const where = regionOf(parts, sessions, line);
  if (where.region) {
    meta.region = where.region.value;
    meta.confidence.region = where.region.confidence;
    for (const e of where.region.evidence) meta.evidence.push(e);
  }
  if (where.level) {
    meta.level = where.level.level;
    meta.confidence.level = where.level.confidence;
    meta.evidence.push(where.level.evidence);
    if (where.level.parent) meta.parent = where.level.parent;
    // the State Council's report has one region, however its level was found
    if (meta.level === 'national') {
      meta.region = '全国';
      meta.confidence.region ??= where.level.confidence;
    }
  }
  for (const w of where.warnings) meta.warnings.push(w);

  const stamps = stampsIn(parts);
  const genre = kindOf(parts);
  if (genre.kind === 'bulletin') return bulletinMeta(meta, genre, parts, stamps);
  if (genre.confidence) meta.confidence.kind = genre.confidence;
  const day = line ? undefined : deliveryDayOf(parts, stamps);
  const when = yearOf(parts, sessions, line, day, stamps, meta.level, meta.region, review);
  if (when.year) {
    meta.year = when.year.value;
    meta.confidence.year = when.year.confidence;
    for (const e of when.year.evidence) meta.evidence.push(e);
  }
  for (const w of when.warnings) meta.warnings.push(w);

  if (line) fromDeliveryLine(meta, line);
  else {
    if (day && meta.year !== undefined) fromDeliveryDay(meta, day, meta.year);
    const held = sessions.find((s) => s.when === 'held' && s.meeting !== undefined);
    if (held) meta.session = held.name;
  }
  // the fields first, then what backs them
  const { confidence, evidence, warnings, ...fields } = meta;
  return { ...fields, confidence, evidence, warnings };
}

/**
 * A statistical bulletin's year: the one after the year it covers, from its title, opening and the years it names. A
 * bulletin is published, not delivered: no date, session or speaker.
 */
function bulletinMeta(meta: ReportMeta, genre: ReturnType<typeof kindOf>, parts: ReturnType<typeof pageParts>, stamps: ReturnType<typeof stampsIn>): ReportMeta {
  meta.kind = 'bulletin';
  if (genre.confidence) meta.confidence.kind = genre.confidence;
  for (const e of genre.evidence) meta.evidence.push(e);
  const covered = coveredYear(parts, stamps);
  if (!covered) {
    meta.warnings.push({ field: 'year', reason: '文中没有可以判断统计公报年份的依据', ruleId: 'year-missing', severity: 'warning' });
  } else {
    meta.year = covered.value;
    meta.covers = covered.value - 1;
    meta.confidence.year = covered.confidence;
    for (const e of covered.evidence) meta.evidence.push(e);
    if (covered.confidence === 'low') {
      const rules = [...new Set(covered.evidence.filter((e) => e.value === covered.value).map((e) => ruleInWords(e.rule)))].join('、');
      meta.warnings.push({ field: 'year', reason: `统计公报年份${meta.covers}依据不足（${rules}），请核对`, ruleId: 'year-weak', severity: 'warning', place: covered.evidence[0]!.span });
    }
  }
  const { confidence, evidence, warnings, ...fields } = meta;
  return { ...fields, confidence, evidence, warnings };
}

/** What a reader knows better than the text: the year or region an office corrected before the items are stored. */
export type KnownMeta = Partial<Pick<ReportMeta, MetaField>>;

/**
 * The metadata with the fields a reader gave in place of the inferred ones: sure, and no longer warned about. A
 * region given brings its level and parent from GB/T 2260 unless the level is given too (one the table does not
 * know leaves the inferred level as it is).
 */
export function withKnown(meta: ReportMeta, known: KnownMeta): ReportMeta {
  // a field present but undefined is not given: it leaves the inferred value as it is
  const given = (Object.keys(known) as MetaField[]).filter((field) => known[field] !== undefined);
  if (given.length === 0) return meta;
  const next: ReportMeta = { ...meta, confidence: { ...meta.confidence }, warnings: meta.warnings.filter((w) => !given.includes(w.field)) };
  if (known.region !== undefined) next.region = known.region;
  if (known.level !== undefined) next.level = known.level;
  if (known.year !== undefined) next.year = known.year;
  if (known.date !== undefined) next.date = known.date;
  if (known.kind !== undefined) next.kind = known.kind;
  // a bulletin covers the year before the one it stands for
  if (next.kind === 'bulletin' && next.year !== undefined) next.covers = next.year - 1;
  else delete next.covers;
  if (known.region !== undefined && known.level === undefined) {
    const division = divisionsNamed(known.region)[0];
    if (division || known.region === '全国') {
      next.level = division?.level ?? 'national';
      next.parent = division?.parent;
      given.push('level');
    }
  }
  for (const field of given) next.confidence[field] = 'high';
  next.evidence = meta.evidence.filter((e) => !given.includes(e.field));
  return next;
}
