import type { Level } from '../structure/index.js';
import { INDICATOR_FAMILIES, type IndicatorFamily } from './tables/indicators.js';

interface Name {
  name: string;
  family: IndicatorFamily;
}

/** Names by their last character, longest first: the nearest name ending before a figure is found backwards. */
let byLastChar: Map<string, Name[]> | undefined;
function namesEndingWith(ch: string): Name[] | undefined {
  if (!byLastChar) {
    byLastChar = new Map();
    for (const family of INDICATOR_FAMILIES) {
      for (const name of family.names) {
        const last = name.at(-1)!;
        byLastChar.set(last, [...(byLastChar.get(last) ?? []), { name, family }]);
      }
    }
    for (const list of byLastChar.values()) list.sort((a, b) => b.name.length - a.name.length);
  }
  return byLastChar.get(ch);
}

const ASCII_WORD = /[A-Za-z0-9.]/;

const familyNamed = (name: string) => INDICATOR_FAMILIES.find((f) => f.names.includes(name) && (f.growth || f.level));

/**
 * Whether a family's names mean it in a report of `level`; a report whose level is unknown is read as a local
 * one (the State Council's reports always say whose they are).
 */
const meantAt = (family: IndicatorFamily, level: Level | undefined) => family.levels === undefined || family.levels.includes(level ?? 'county');

/** The indicator named nearest before `at` in `text[from, at)`; the longest name where several end at one place. */
export function subjectBefore(
  text: string,
  from: number,
  at: number,
  level?: Level,
): { family: IndicatorFamily; start: number; end: number } | undefined {
  for (let end = at; end > from; end--) {
    for (const { name, family } of namesEndingWith(text[end - 1]) ?? []) {
      if (!meantAt(family, level)) continue;
      const start = end - name.length;
      if (start < from || !text.startsWith(name, start)) continue;
      // a Latin code is a whole word: M2 in PM2.5 is not money supply
      if (ASCII_WORD.test(name[0]) && ASCII_WORD.test(text[start - 1] ?? '')) continue;
      if (ASCII_WORD.test(name.at(-1)!) && ASCII_WORD.test(text[end] ?? '')) continue;
      return { family, start: fullNameBefore(text, from, start, family) ?? start, end };
    }
  }
  return undefined;
}

/**
 * The indicator id for a figure of `family`: a rate family's % is its level; otherwise % (or 百分点) is a
 * growth and any other unit a level. `nth` picks the family of a joint subject followed by 分别.
 */
export function indicatorId(family: IndicatorFamily, unit: string, nth = 0): string | undefined {
  if (family.respectively) {
    const part = familyNamed(family.respectively[Math.min(nth, family.respectively.length - 1)]);
    return part ? indicatorId(part, unit) : undefined;
  }
  if (unit === '百分点') return undefined; // a change of a rate, not the rate or a growth
  if (family.rate) return unit === '%' ? family.level : undefined;
  if (unit === '%') return family.growth;
  return family.levelUnits && !family.levelUnits.includes(unit) ? undefined : family.level;
}

/** An alias in brackets after the full name (地区生产总值（GDP）): where the full name starts. */
function fullNameBefore(text: string, from: number, start: number, family: IndicatorFamily): number | undefined {
  if (!/[（(]/.test(text[start - 1] ?? '')) return undefined;
  const full = family.names.find((name) => name !== text.slice(start, start + name.length) && text.startsWith(name, start - 1 - name.length));
  return full && start - 1 - full.length >= from ? start - 1 - full.length : undefined;
}

/** Every indicator named in text[from, to), in order (for 分别 after a list of subjects). */
export function subjectsIn(text: string, from: number, to: number, level?: Level): { family: IndicatorFamily; start: number; end: number }[] {
  const found: { family: IndicatorFamily; start: number; end: number }[] = [];
  for (let end = to; end > from; ) {
    const subject = subjectBefore(text, from, end, level);
    if (!subject) break;
    found.unshift(subject);
    end = subject.start;
  }
  return found;
}
