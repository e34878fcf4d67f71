import type { Span } from '../span.js';
import { FIELD_LABELS, NOT_A_UNIT_LIST, ROLE_MARKS, type FieldRole, type UnitRole } from './tables/unit-labels.js';
import {
  CLOSING,
  emptyRoles,
  namesUnits,
  OPENING,
  readUnitList,
  resolveRoles,
  splitOutside,
  type UnitRoles,
} from './unit-lists.js';

export type { UnitRoles } from './unit-lists.js';

/** "（牵头单位：市发改委；责任单位：各县区政府）": the units a task-split document names after a task. */
export interface UnitNote extends Span {
  lead: string[];
  units: string[];
}

/** A note naming a task's units, leaders and time, in the offsets of the text it was read from. */
export interface TaskNote extends Span, UnitRoles {
  leaders: string[];
  /** Where the note's time (完成时限：…) is. */
  deadline?: Span;
  /** The note stands in brackets (（牵头单位：…）), not on a line of its own. */
  bracketed: boolean;
}

const LABEL_WORDS = [...FIELD_LABELS].map(([label]) => label).sort((a, b) => b.length - a.length).join('|');
const LABEL = new RegExp(`(?:(${LABEL_WORDS})[ \\t\\u3000]*[:：]|【(${LABEL_WORDS})】[ \\t\\u3000]*[:：]?)`, 'g');
const ROLE_OF = new Map<string, FieldRole>(FIELD_LABELS);
/** What may stand between two fields of one note: separators, brackets, white space. */
const BETWEEN_FIELDS = /^[\s；;，,。、（(【\[）)】\]]*$/;

interface Field extends Span {
  role: FieldRole;
  value: Span;
}

/** Where a field's value ends: at the next field, the end of its line or sentence, or the bracket closing its note. */
function valueEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\n' || (ch === '。' && depth === 0)) return i;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch) && --depth < 0) return i;
  }
  return limit;
}

function fieldsOf(text: string): Field[] {
  const labels = [...text.matchAll(LABEL)];
  const fields: Field[] = [];
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    const limit = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
    let end = valueEnd(text, from, limit);
    while (end > from && /[\s；;，,、]/.test(text[end - 1]!)) end--;
    let start = from;
    while (start < end && /\s/.test(text[start]!)) start++;
    fields.push({ role: ROLE_OF.get(m[1] ?? m[2]!)!, start: m.index, end, value: { start, end } });
  });
  return fields;
}

/** The leaders a 责任领导 field names (张某、李某; 副县长 王某). */
const leadersIn = (value: string): string[] => splitOutside(value, '、，,；;/').filter((n) => n.length <= 16);

/**
 * Every labelled note of the text, in order: fields such as 牵头单位：…, 配合单位：…, 责任单位：…, 责任领导：…,
 * 完成时限：… standing together (in one bracket, on consecutive lines) make one note. A unit field whose value
 * names no unit (配合：做好…) is no field.
 */
export function taskNotesOf(text: string): TaskNote[] {
  if (!/牵头|单位|部门|领导|时限|时间|节点|配合|协办|参与/.test(text)) return [];
  const notes: TaskNote[] = [];
  let current: TaskNote | undefined;
  const end = text.trimEnd().length;
  for (const field of fieldsOf(text)) {
    const value = text.slice(field.value.start, field.value.end);
    const unitRoles = field.role === 'leader' || field.role === 'deadline' ? undefined : readUnitList(value);
    if (unitRoles && !namesUnits(unitRoles)) {
      // a list the text ends in (an excerpt cut at 配合单位：市财): the note is cut, and names no task's units
      if (field.value.end >= end && current && BETWEEN_FIELDS.test(text.slice(current.end, field.start))) {
        notes.pop();
        current = undefined;
      }
      continue;
    }
    if (field.value.end === field.value.start) continue;
    if (!current || !BETWEEN_FIELDS.test(text.slice(current.end, field.start))) {
      let start = field.start;
      while (start > 0 && /[ \t\u3000]/.test(text[start - 1]!)) start--;
      const bracketed = start > 0 && OPENING.includes(text[start - 1]!);
      current = { start: bracketed ? start - 1 : field.start, end: field.end, ...emptyRoles(), leaders: [], bracketed };
      notes.push(current);
    }
    current.end = field.end;
    if (unitRoles) {
      // a list under a role's label takes that role unless it marks its own (责任单位：A、B分别牵头)
      const as = field.role as UnitRole;
      current.lead.push(...unitRoles.lead);
      current[as].push(...unitRoles.responsible);
      current.cooperating.push(...unitRoles.cooperating);
    } else if (field.role === 'leader') current.leaders.push(...leadersIn(value));
    else current.deadline ??= field.value;
  }
  for (const note of notes) {
    let end = note.end;
    while (end < text.length && /[ \t\u3000；;]/.test(text[end]!)) end++;
    if (note.bracketed && CLOSING.includes(text[end] ?? '')) note.end = end + 1;
  }
  return notes;
}

/**
 * Bracketed notes with no label: units named by what they do (（市发改委牵头，市财政局、市商务局配合）, （县教育局负责）),
 * or a list of units alone that closes its task's line or sentence (（县发改局、县财政局））.
 */
export function roleNotesOf(text: string): TaskNote[] {
  const notes: TaskNote[] = [];
  for (const group of bracketGroups(text)) {
    const inner = text.slice(group.start + 1, group.end - 1);
    if (/[:：]/.test(inner) || NOT_A_UNIT_LIST.test(inner)) continue;
    const marked = ROLE_MARKS.some(([mark]) => inner.includes(mark));
    if (!marked && !/^[ \t\u3000]*(?:[。；;]|$)/m.test(text.slice(group.end, group.end + 2))) continue;
    const roles = readUnitList(inner);
    if (!namesUnits(roles)) continue;
    notes.push({ ...group, ...roles, leaders: [], bracketed: true });
  }
  return notes;
}

/** Longest bracketed note read: a longer bracket holds prose. */
const NOTE_MAX = 160;

/** The outermost bracketed stretches of the text, each on one line. */
function bracketGroups(text: string): Span[] {
  const groups: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPENING.includes(text[i]!)) continue;
    let depth = 0;
    for (let j = i; j < Math.min(text.length, i + NOTE_MAX) && text[j] !== '\n'; j++) {
      if (OPENING.includes(text[j]!)) depth++;
      else if (CLOSING.includes(text[j]!) && --depth === 0) {
        groups.push({ start: i, end: j + 1 });
        i = j;
        break;
      }
    }
  }
  return groups;
}

/**
 * The notes of a report, as reports carry them: in brackets after a task. 责任单位 alone: the unit listed first
 * leads (the usual rule of such documents: 列第一位的为牵头单位).
 */
export function unitNotesOf(text: string): UnitNote[] {
  return taskNotesOf(text)
    .filter((n) => n.bracketed && n.lead.length + n.cooperating.length + n.responsible.length > 0)
    .map((n) => {
      const { lead, cooperating } = resolveRoles(n, true);
      return { start: n.start, end: n.end, lead, units: cooperating };
    });
}
