import type { Confidence, Evidence } from './evidence.js';
import { weigh, type Decision } from './evidence.js';
import type { PagePart } from './page.js';
import type { Stamp } from './stamp.js';
import { numberOf } from './numerals.js';
import { FIRST_YEAR, LAST_YEAR, YEAR_MENTION } from './tables/year-cues.js';
import {
  AGAINST_LAST_YEAR,
  AGAINST_LAST_YEAR_DENSITY,
  BULLETIN_MIN,
  BULLETIN_NOTES,
  BULLETIN_TITLE,
  BULLETIN_WEIGHT,
  CHAPTER_HEADING,
  CHAPTERS_COUNTED,
  INDEX_BASE,
  NOT_COVERED_AFTER,
  NOT_COVERED_BEFORE,
  OPENING_PARAGRAPHS,
  OPENING_YEAR,
  PRELIMINARY_ACCOUNTING,
  REPORT_VOICE,
  REPORT_TITLE,
  REPORT_VOICE_COUNTED,
  REPORT_WORDS,
  TITLE_LINE_MAX,
  TITLE_YEAR,
} from './tables/bulletin-cues.js';

/** What a document is: a government's work report (or a page about one), or a statistical bulletin. */
export type DocumentKind = 'report' | 'bulletin';

/** The lines of a part with their offsets. */
function* linesOf(text: string): Generator<{ line: string; start: number }> {
  let start = 0;
  for (const line of text.split('\n')) {
    yield { line, start };
    start += line.length + 1;
  }
}

/** A short line naming the genre: the bulletin's title (in the body or on the page before it). */
function titleLine(part: PagePart): { start: number; end: number } | undefined {
  for (const { line, start } of linesOf(part.text)) {
    if (line.length > TITLE_LINE_MAX || /[。；]/.test(line)) continue;
    const m = BULLETIN_TITLE.exec(line);
    if (m) return { start: start + m.index, end: start + m.index + m[0].length };
  }
  return undefined;
}

/**
 * Whether the text is a statistical bulletin, from the genre's marks (bulletin-cues.ts) against a work report's:
 * the kind, how sure, and the marks that made it a bulletin (none for a report: it is what a text is unless the
 * marks show otherwise).
 */
export function kindOf(parts: readonly PagePart[]): { kind: DocumentKind; confidence?: Confidence; evidence: Evidence[]; score: number } {
  const evidence: Evidence[] = [];
  let against = 0;
  const mark = (part: PagePart, rule: string, weight: number, start: number, end: number) =>
    evidence.push({ field: 'kind', value: 'bulletin', rule, weight, span: part.toOriginal(start, end) });
  const first = (part: PagePart, cue: RegExp, rule: string, weight: number) => {
    const m = cue.exec(part.text);
    if (m) mark(part, rule, weight, m.index, m.index + m[0].length);
  };
  for (const part of parts.filter((p) => p.where !== 'after')) {
    const title = titleLine(part);
    if (title && !evidence.some((e) => e.rule === 'bulletin-title')) mark(part, 'bulletin-title', BULLETIN_WEIGHT.title, title.start, title.end);
    if (part.where !== 'body') continue;
    first(part, BULLETIN_NOTES, 'bulletin-notes', BULLETIN_WEIGHT.notes);
    first(part, PRELIMINARY_ACCOUNTING, 'preliminary-accounting', BULLETIN_WEIGHT.preliminaryAccounting);
    first(part, INDEX_BASE, 'index-base', BULLETIN_WEIGHT.indexBase);
    for (const m of [...part.text.matchAll(CHAPTER_HEADING)].slice(0, CHAPTERS_COUNTED)) {
      mark(part, 'bulletin-chapter', BULLETIN_WEIGHT.chapter, m.index, m.index + m[0].length);
    }
    const told = [...part.text.matchAll(AGAINST_LAST_YEAR)];
    const density = (1000 * told.length) / Math.max(1, part.text.length);
    if (density >= AGAINST_LAST_YEAR_DENSITY) {
      const weight = density >= 2 * AGAINST_LAST_YEAR_DENSITY ? BULLETIN_WEIGHT.againstLastYearOften : BULLETIN_WEIGHT.againstLastYear;
      mark(part, 'against-last-year', weight, told[0]!.index, told[0]!.index + told[0]![0].length);
    }
    if (REPORT_WORDS.test(part.text)) against += BULLETIN_WEIGHT.reportWords;
    else if (REPORT_TITLE.test(part.text)) against += BULLETIN_WEIGHT.reportTitle;
    against += BULLETIN_WEIGHT.reportVoice * Math.min(REPORT_VOICE_COUNTED, [...part.text.matchAll(REPORT_VOICE)].length);
  }
  const score = evidence.reduce((sum, e) => sum + e.weight, 0) + against;
  // a report is what a text is unless shown otherwise; one with some of the genre's marks is said to be less sure
  if (score < BULLETIN_MIN) return { kind: 'report', ...(score >= BULLETIN_MIN / 2 ? { confidence: 'medium' as const } : {}), evidence: [], score };
  return { kind: 'bulletin', confidence: score >= 2 * BULLETIN_MIN ? 'high' : 'medium', evidence: evidence.sort((a, b) => b.weight - a.weight), score };
}

/** How much each kind of evidence for the year a bulletin covers weighs. */
const WEIGHT = { title: 10, opening: 3, namedMost: 2, published: 1 } as const;
/** A year named this often in a bulletin is the year it covers. */
const NAMED_MIN = 2;

/** Every year the body names as a time of its own (not 比2021年, not the bound of 2018-2022年). */
function yearsNamed(part: PagePart): Map<number, { count: number; first: { start: number; end: number } }> {
  const counts = new Map<number, { count: number; first: { start: number; end: number } }>();
  for (const m of part.text.matchAll(YEAR_MENTION)) {
    const year = numberOf(m[1]!);
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    if (NOT_COVERED_BEFORE.test(part.text.slice(Math.max(0, m.index - 3), m.index)) || NOT_COVERED_AFTER.test(part.text.slice(m.index + m[0].length))) continue;
    const seen = counts.get(year);
    if (seen) seen.count++;
    else counts.set(year, { count: 1, first: { start: m.index, end: m.index + m[0].length } });
  }
  return counts;
}

/**
 * The year a bulletin covers, as evidence for the `year` field, which is the year after it (gold-format.md: the
 * bulletin stands for the next year's report): the year of its title; the year its opening names; the year it names
 * most; the year it was published in (a stamp: weak, a page may be put up later).
 */
export function coveredYear(parts: readonly PagePart[], stamps: readonly Stamp[]): Decision<number> | undefined {
  const evidence: Evidence[] = [];
  const add = (part: PagePart, covers: number, rule: string, weight: number, start: number, end: number) => {
    if (covers >= FIRST_YEAR && covers <= LAST_YEAR) evidence.push({ field: 'year', value: covers + 1, rule, weight, span: part.toOriginal(start, end) });
  };
  for (const part of parts.filter((p) => p.where !== 'after')) {
    for (const { line, start } of linesOf(part.text)) {
      const m = line.length <= TITLE_LINE_MAX && !/[。；]/.test(line) ? TITLE_YEAR.exec(line) : null;
      if (m) {
        add(part, numberOf(m[1]!), 'bulletin-title', WEIGHT.title, start + m.index, start + m.index + m[0].length);
        break;
      }
    }
    if (part.where !== 'body') continue;
    let paragraphs = 0;
    for (const { line, start } of linesOf(part.text)) {
      const words = line.trim();
      if (!words) continue;
      const m = OPENING_YEAR.exec(words);
      if (m) {
        const at = start + line.indexOf(words) + m.index;
        add(part, numberOf(m[1]!), 'bulletin-opening', WEIGHT.opening, at, at + m[0].length);
        break;
      }
      if (++paragraphs >= OPENING_PARAGRAPHS) break;
    }
    const [year, most] = [...yearsNamed(part)].sort((a, b) => b[1].count - a[1].count || b[0] - a[0])[0] ?? [];
    if (year !== undefined && most.count >= NAMED_MIN) add(part, year, 'bulletin-years', WEIGHT.namedMost, most.first.start, most.first.end);
  }
  for (const stamp of stamps.filter((s) => s.part.where !== 'after')) {
    evidence.push({ field: 'year', value: stamp.year, rule: 'bulletin-published', weight: WEIGHT.published, span: stamp.span });
  }
  const weighed = weigh<number>(evidence);
  if (!weighed) return undefined;
  const forValue = weighed.evidence.filter((e) => e.value === weighed.value);
  const clear = weighed.rival < weighed.score / 2;
  const confidence: Confidence =
    clear && forValue.some((e) => e.rule === 'bulletin-title') ? 'high' : clear && forValue.some((e) => e.weight >= WEIGHT.opening) ? 'medium' : 'low';
  return { ...weighed, confidence };
}
