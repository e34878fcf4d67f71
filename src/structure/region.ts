import type { Confidence, Decision, Evidence, MetaWarning } from './evidence.js';
import { weigh } from './evidence.js';
import type { PagePart } from './page.js';
import type { Session } from './session.js';
import type { DeliveryLine } from './delivery.js';
import { ORDINARY_WORD_NAMES, divisionsIn, divisionsNamed, shortNamesIn, type Level } from './tables/divisions.js';
import { LEVEL_LABELS } from './tables/meta-words.js';
import { HEAD_PLACE, HEAD_WORDS, NATIONAL_SPEAKER, PLACE_STOP, TERRITORY_WORDS, TITLE_PLACE, TITLE_WORDS } from './tables/meta-cues.js';

/** How much each kind of evidence weighs for the region. */
const WEIGHT = {
  deliveryLine: 10,
  nationalSpeaker: 8,
  sessionHeld: 6,
  title: 5,
  session: 3,
  speaker: 3,
  /** per mention of the full name, at most MENTIONS_COUNTED of them */
  mention: 0.5,
  /** per mention of a province's or city's short name (遵义) */
  shortMention: 0.3,
} as const;
const MENTIONS_COUNTED = 6;
/** Place names are counted in the first characters of a part: a report names its own place early and often. */
const MENTIONS_READ = 8000;
/** How far before a title or a head's office its place is looked for. */
const PLACE_BEFORE_CHARS = 24;
/** Short names are evidence only when written this often (one 中山路 is not 中山市). */
const SHORT_MENTIONS_MIN = 2;
/** 全国 says the report is the State Council's when written this often and more than any local territory word. */
const NATIONAL_TERRITORY_MIN = 3;
/** Strong evidence names the government itself: its congress, its title, its date line. */
const STRONG = 5;
/** Three mentions of its full name (or five of its short one), with no other place named. */
const UNCONTESTED_SCORE = 1.5;
/** The page after the body weighs this much of what it would inside (it often holds other pages' news). */
const AFTER_BODY = 0.5;

/**
 * The division named at the end of `text` (…召开的宜昌市西陵区 → 西陵区, 北京市朝阳区 → 朝阳区), as written: the
 * longest known name ending there, else a name missing from GB/T 2260 (one renamed since) after the last word that
 * cannot be part of one.
 */
function placeAtEnd(text: string): string | undefined {
  for (let length = Math.min(12, text.length); length >= 2; length--) {
    const name = text.slice(text.length - length);
    if (divisionsNamed(name).length > 0) return name;
  }
  const unknown = /([\u4e00-\u9fff]{1,8}?)(自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)$/.exec(text.split(PLACE_STOP).at(-1) ?? '');
  if (!unknown) return undefined;
  // a stem of one character names only a county (沛县); 宜市 and the like are abbreviations, not names
  return unknown[1].length >= 2 || unknown[2] === '县' ? unknown[0] : undefined;
}

function evidenceOf(parts: readonly PagePart[], sessions: readonly Session[], line: DeliveryLine | undefined): Evidence[] {
  const evidence: Evidence[] = [];
  const add = (value: string | undefined, rule: string, weight: number, part: PagePart, start: number, end: number) => {
    const weighed = Math.round((part.where === 'after' ? weight * AFTER_BODY : weight) * 100) / 100;
    if (value) evidence.push({ field: 'region', value, rule, weight: weighed, span: part.toOriginal(start, end) });
  };
  if (line) {
    const place = /全国/.test(line.congress) ? '全国' : placeAtEnd(line.congress.replace(/第?[一二三四五六七八九十\d]+届.*$/, '').trim());
    if (place) evidence.push({ field: 'region', value: place, rule: 'delivery-line', weight: WEIGHT.deliveryLine, span: line.span });
  }
  for (const s of sessions) {
    const place = s.national ? '全国' : placeAtEnd(s.before.replace(/[\s第]+$/, ''));
    if (s.national && s.when !== 'held') continue; // the national congress named in a local report's news
    add(place, s.when === 'held' ? 'session-held' : 'session', s.when === 'held' ? WEIGHT.sessionHeld : WEIGHT.session, s.part, s.start, s.end);
  }
  const written = new Map<string, string>();
  const shortNames = new Map<string, { count: number; part: PagePart; first: number }>();
  for (const part of parts) {
    for (const [words, place, rule, weight] of [
      [TITLE_WORDS, TITLE_PLACE, 'title', WEIGHT.title],
      [HEAD_WORDS, HEAD_PLACE, 'speaker', WEIGHT.speaker],
    ] as const) {
      for (const m of part.text.matchAll(words)) {
        const before = place.exec(part.text.slice(Math.max(0, m.index - PLACE_BEFORE_CHARS), m.index));
        if (before) add(placeAtEnd(before[1]), rule, weight, part, m.index - before[0].length, m.index + m[0].length);
      }
    }
    for (const m of part.text.matchAll(NATIONAL_SPEAKER)) add('全国', 'national-speaker', WEIGHT.nationalSpeaker, part, m.index, m.index + m[0].length);
    const opening = part.text.slice(0, MENTIONS_READ);
    const named = divisionsIn(opening);
    for (const [name, { count, first }] of named) {
      if (ORDINARY_WORD_NAMES.has(name) && !divisionsNamed(name).some((d) => d.parent && opening.includes(d.parent.slice(0, 2)))) continue;
      add(name, 'mentions', WEIGHT.mention * Math.min(count, MENTIONS_COUNTED), part, first, first + name.length);
    }
    // a short name counts again where the name stands (甘肃省 is also 甘肃), for the name as the text writes it
    // (临夏 counts for 临夏州 where the text writes that)
    for (const name of named.keys()) for (const d of divisionsNamed(name)) written.set(d.name, name);
    for (const [name, { count, first }] of shortNamesIn(opening)) {
      const seen = shortNames.get(name);
      if (seen) seen.count += count;
      else shortNames.set(name, { count, part, first });
    }
  }
  // short names over the whole page (the paper's name in the header, the place in the story): evidence when written
  // often, or once where it is of the level the text's territory words say (株洲 and 全市)
  const territory = territoryLevel(parts.find((p) => p.where === 'body'))?.level;
  for (const [name, { count, part, first }] of shortNames) {
    const fits = count === 1 && territory !== undefined && divisionsNamed(name).some((d) => d.level === territory);
    if (count < SHORT_MENTIONS_MIN && !fits) continue;
    add(written.get(name) ?? name, 'short-name', WEIGHT.shortMention * Math.min(count, MENTIONS_COUNTED), part, first, first + 2);
  }
  return evidence;
}

function confidenceOf(decision: Omit<Decision<string>, 'confidence'>): Confidence {
  const strong = decision.evidence.filter((e) => e.value === decision.value && e.weight >= STRONG).length;
  if (strong > 0 && decision.rival < decision.score / 2) return 'high';
  if (decision.score >= WEIGHT.speaker && decision.rival < decision.score / 2) return 'medium';
  // a place named again and again, and no other: likely the government's own
  if (decision.score >= UNCONTESTED_SCORE && decision.rival === 0) return 'medium';
  return 'low';
}

interface LevelFound {
  level: Level;
  parent?: string;
  /** The territory word it was read from (全市), when no name gave it. */
  word?: string;
  confidence: Confidence;
  evidence: Evidence;
}

/**
 * The government's level: its division's in GB/T 2260 (as sure as the region), else what its name ends in, else the
 * territory word its report uses most (全市, 全县 …: weak, a county-level city says 全市 too).
 */
function levelOf(region: Decision<string> | undefined, body: PagePart | undefined): LevelFound | undefined {
  const text = body?.text ?? '';
  if (region) {
    const level = (value: Level, rule: string, confidence: Confidence, parent?: string): LevelFound => ({
      level: value,
      parent,
      confidence,
      evidence: { field: 'level', value, rule, weight: 1, span: region.evidence[0].span },
    });
    if (region.value === '全国') return level('national', 'national', region.confidence);
    const known = divisionsNamed(region.value);
    // of same-named divisions, the one whose parent the text names
    const division = known.find((d) => d.parent !== undefined && text.includes(d.parent)) ?? known[0];
    if (division) return level(division.level, 'division-table', region.confidence, division.parent);
    const ending = NAME_ENDINGS.find(([pattern]) => pattern.test(region.value));
    if (ending) return level(ending[1], 'name-ending', 'medium');
  }
  const best = territoryLevel(body);
  if (!best || !body) return undefined;
  const at = text.indexOf(best.word);
  const span = body.toOriginal(at, at + best.word.length);
  const evidence: Evidence = { field: 'level', value: best.level, rule: 'territory-words', weight: best.count, span };
  return { level: best.level, word: best.word, confidence: 'low', evidence };
}

/** The level the territory word a text uses most says (全市 …); 全国 only when said often, as local reports compare with it. */
function territoryLevel(body: PagePart | undefined): { level: Level; word: string; count: number } | undefined {
  const text = body?.text ?? '';
  let best: { level?: Level; word: string; count: number } = { word: '', count: 0 };
  for (const [word, level] of TERRITORY_WORDS) {
    let count = 0;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
    if (count > best.count) best = { level, word, count };
  }
  if (!best.level || (best.level === 'national' && best.count < NATIONAL_TERRITORY_MIN)) return undefined;
  return { level: best.level, word: best.word, count: best.count };
}

/** What a name missing from GB/T 2260 ends in says of its level. */
const NAME_ENDINGS: readonly [RegExp, Level][] = [
  [/(?:省|自治区)$/, 'province'],
  [/(?:州|盟)$/, 'city'],
  [/(?:县|旗|区)$/, 'county'],
];

export interface RegionResult {
  region?: Decision<string>;
  level?: LevelFound;
  warnings: MetaWarning[];
}

/** Region (as written) and level, with their evidence. */
export function regionOf(parts: readonly PagePart[], sessions: readonly Session[], line: DeliveryLine | undefined): RegionResult {
  const warnings: MetaWarning[] = [];
  const weighed = weigh<string>(evidenceOf(parts, sessions, line));
  const region = weighed && { ...weighed, confidence: confidenceOf(weighed) };
  const level = levelOf(region, parts.find((p) => p.where === 'body'));
  if (!region) warnings.push({ field: 'region', reason: '正文未写明是哪一级政府的报告', ruleId: 'region-missing', severity: 'warning' });
  else if (region.confidence === 'low') {
    warnings.push({ field: 'region', reason: `地区“${region.value}”只是依据文中提到的地名推断`, ruleId: 'region-weak', severity: 'warning', place: region.evidence[0].span });
  }
  if (level?.word) {
    warnings.push({ field: 'level', reason: `层级“${LEVEL_LABELS[level.level] ?? level.level}”只是依据“${level.word}”一词推断`, ruleId: 'level-weak', severity: 'warning', place: level.evidence.span });
  }
  return { region, level, warnings };
}
