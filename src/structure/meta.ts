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
import { SPEAKER_LINE } from './tables/meta-cues.js';

export type { Confidence, Evidence, MetaField, MetaWarning } from './evidence.js';

/**
 * Who delivered the report and when. Fields the text does not give are left out, never guessed from a file name;
 * each inferred field says how sure it is and on what evidence, and `warnings` say where an office should look.
 */
export interface ReportMeta {
  region?: string;
  level?: Level;
  /** The division the region belongs to (a county's city, a city's province), from GB/T 2260. */
  parent?: string;
  /** The year the report plans for: the best guess the evidence allows (see `confidence.year`). */
  year?: number;
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
  const meta: ReportMeta = { confidence: {}, evidence: [], warnings: [] };

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
