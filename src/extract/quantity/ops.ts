/**
 * The op of a measure from the modifiers around it (spec/gold-format.md "op"). A suffix decides over a prefix
 * (控制在3%左右 is about, 控制在4.5%以内 at_most); a range stays a range whatever surrounds it.
 */
import type { Op } from './index.js';
import { PREFIX_OPS, SUFFIX_OPS, TOWARD_AFTER, TOWARD_BEFORE, TOWARD_WINDOW } from '../tables/modifiers.js';
import type { Measure } from './measure.js';
import { indexWords, wordAt, wordBefore } from './words.js';

const PREFIX_INDEX = indexWords(PREFIX_OPS.keys());
const SUFFIX_INDEX = indexWords(SUFFIX_OPS.keys());
const TOWARD_INDEX = indexWords(TOWARD_AFTER);
/** Between 向 N and 迈进 there are only words (目标, 规模), no punctuation and no other figure. */
const TOWARD_BREAKS = new Set('，。；：、！？,;:!?0123456789');

export interface Qualified {
  start: number;
  end: number;
  op: Op;
  modifiers: string[]; // the words that gave the op, in text order (不少于, 多, 以上, 向…迈进)
}

export function qualify(text: string, measure: Measure): Qualified {
  const prefix = wordBefore(text, measure.start, PREFIX_INDEX);
  const suffix = wordAt(text, measure.end, SUFFIX_INDEX);
  const afterSuffix = measure.end + (suffix?.length ?? 0);
  const towardEnd = prefix === undefined && TOWARD_BEFORE.has(text[measure.start - 1]) ? goalEnd(text, afterSuffix) : undefined;
  const infix = measure.amounts.find((a) => a.infix !== undefined)?.infix;

  const modifiers: string[] = [];
  if (prefix !== undefined) modifiers.push(prefix);
  else if (towardEnd !== undefined) modifiers.push(`${text[measure.start - 1]}…${text.slice(towardEnd - 2, towardEnd)}`);
  if (infix !== undefined) modifiers.push(infix);
  if (suffix !== undefined) modifiers.push(suffix);

  let op: Op = 'exact';
  if (measure.amounts.length === 2) op = 'range';
  else if (suffix !== undefined) op = SUFFIX_OPS.get(suffix) as Op;
  else if (towardEnd !== undefined) op = 'about';
  else if (infix !== undefined) op = 'at_least';
  else if (prefix !== undefined) op = PREFIX_OPS.get(prefix) as Op;

  return {
    start: prefix !== undefined ? measure.start - prefix.length : towardEnd !== undefined ? measure.start - 1 : measure.start,
    end: towardEnd ?? afterSuffix,
    op,
    modifiers,
  };
}

/** The end of 迈进/奋进 within a few characters after `pos`, if there is one. */
function goalEnd(text: string, pos: number): number | undefined {
  for (let p = pos; p < pos + TOWARD_WINDOW && p < text.length && !TOWARD_BREAKS.has(text[p]); p++) {
    const goal = wordAt(text, p, TOWARD_INDEX);
    if (goal !== undefined) return p + goal.length;
  }
  return undefined;
}
