import type { Span } from '../span.js';
import type { UnitRoles } from '../structure/unit-lists.js';
import { LIST_ORDINAL, ordinalStyle } from '../structure/tables/clause-marks.js';

/** A task of a split as read, in cleaned offsets, before its roles are resolved. */
export interface Found extends Span {
  roles: UnitRoles;
  leaders: string[];
  /** Where its time is said (a 完成时限 field or cell), if anywhere but its text. */
  time?: Span;
}

/** What opens a task's text and is no part of it: bullets, damage before it (?。), a label (工作任务：). */
const OPENING_MARKS = /^(?:[\s?？。，、；;:：●•·■□◆◇○◎★☆▲△▶►◉▪※\-—*]+|(?:重点)?(?:工作)?任务(?:内容)?\d*[:：])/;
const CLOSING_MARKS = /[\s。，、；;:：,.]+$/;
/** 5．6月底前建成…: an ordinal before a month, which no decimal stands before (5.6月 is no figure). */
const ORDINAL_BEFORE_MONTH = /^\d{1,2}[.．](?=\d{1,2}月)/;
const DIGIT_STYLE = 1;

/** The list ordinal text opens with: its length and style (1． / （一） / ① …, as LIST_ORDINAL tells them apart). */
export function ordinalOf(text: string): { length: number; style: number } | undefined {
  const m = LIST_ORDINAL.exec(text);
  if (m) return { length: m[0].length, style: ordinalStyle(m) };
  const month = ORDINAL_BEFORE_MONTH.exec(text);
  return month ? { length: month[0].length, style: DIGIT_STYLE } : undefined;
}

/** text[start, end) without its ordinal, opening and closing marks; undefined when nothing is left. */
export function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  for (;;) {
    const rest = text.slice(s, e);
    const marks = OPENING_MARKS.exec(rest)?.[0].length ?? 0;
    const ordinal = ordinalOf(rest.slice(marks))?.length ?? 0;
    if (marks + ordinal === 0) break;
    s += marks + ordinal;
  }
  const tail = CLOSING_MARKS.exec(text.slice(s, e));
  if (tail) e -= tail[0].length;
  return e > s ? { start: s, end: e } : undefined;
}
