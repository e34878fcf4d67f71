import type { Span } from '../span.js';
import {
  FIELD_LABELS,
  LEVEL_PREFIXES,
  LAST_NAME_JOINS,
  LEVELS_IN_BRACKETS,
  LIST_OPENERS,
  NOT_A_UNIT_LIST,
  NAME_TAILS,
  ROLE_MARKS,
  UNIT_ENDINGS,
  UNIT_NAME_MAX,
  type FieldRole,
  type UnitRole,
} from './tables/unit-labels.js';

/** "（牵头单位：市发改委；责任单位：各县区政府）": the units a task-split document names after a task. */
export interface UnitNote extends Span {
  lead: string[];
  units: string[];
}

/** The units a list names, by what it says they do; `responsible` ones were named with no role (责任单位：A、B). */
export interface UnitRoles {
  lead: string[];
  cooperating: string[];
  responsible: string[];
}

/** A note naming a task's units, leaders and time, in the offsets of the text it was read from. */
export interface TaskNote extends Span, UnitRoles {
  leaders: string[];
  /** Where the note's time (完成时限：…) is. */
  deadline?: Span;
  /** The note stands in brackets (（牵头单位：…）), not on a line of its own. */
  bracketed: boolean;
}

const OPENING = '（([【［〔';
const CLOSING = '）)]】］〕';
/** Between two items of one list (、, a space in a table cell, /); between two parts that each say a role (，；). */
const ITEM_SEPARATORS = '、 \t\u3000/／\n';
const PART_SEPARATORS = '，,；;';
const HAS_DIGIT = /\d/;

const emptyRoles = (): UnitRoles => ({ lead: [], cooperating: [], responsible: [] });

/** Whether text is the name of a unit (or a collective one: 各乡镇, 有关部门), not a task, a time or a sentence. */
export function isUnitName(name: string): boolean {
  if (!name || name.length > UNIT_NAME_MAX || HAS_DIGIT.test(name) || /[。：:！？，,；;]/.test(name)) return false;
  const bare = withoutBrackets(name);
  return bare.startsWith('各') || UNIT_ENDINGS.test(bare);
}

const withoutBrackets = (s: string): string => {
  let out = '';
  let depth = 0;
  for (const ch of s) {
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
};

/** The role a text ending in a role mark states, and the text before the mark. */
function roleAtEnd(text: string): [UnitRole | undefined, string] {
  for (const [mark, role] of ROLE_MARKS) if (text.endsWith(mark)) return [role, text.slice(0, -mark.length)];
  return [undefined, text];
}

/** Splits text at separators outside brackets (各县（市、区）政府 is one name). */
function splitOutside(text: string, separators: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let group = '';
  for (const ch of text) {
    if (OPENING.includes(ch)) {
      if (depth === 0) group = '';
      depth++;
      group += ch;
      continue;
    }
    if (depth > 0) {
      group += ch;
      if (CLOSING.includes(ch) && --depth === 0) current += group;
      continue;
    }
    if (separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current + (depth > 0 ? group : ''));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The last two names of a list joined by a word (县财政局和县审计局); a name with the word inside (县发展和改革局) stays. */
function unjoined(name: string): string[] {
  for (const m of name.matchAll(LAST_NAME_JOINS)) {
    const [before, after] = [name.slice(0, m.index), name.slice(m.index + m[0].length)];
    if (isUnitName(before) && isUnitName(after)) return [before, ...unjoined(after)];
  }
  return [name];
}

/** Names glued together where a line break or a cell border was (县水务局县住建局): split before a repeated prefix. */
function unglued(name: string): string[] {
  const prefix = name[0] ?? '';
  if (!LEVEL_PREFIXES.includes(prefix) || name.length < 6) return [name];
  const names: string[] = [];
  let from = 0;
  for (let i = 2; i < name.length - 1; i++) {
    if (name[i] === prefix && i - from >= 3 && UNIT_ENDINGS.test(name.slice(from, i)) && isUnitName(name.slice(i))) {
      names.push(name.slice(from, i));
      from = i;
    }
  }
  names.push(name.slice(from));
  return names;
}

/**
 * The units of a list as written after a label or in a table cell: "市发改委、市财政局", "A牵头，B、C配合",
 * "A、B分别牵头", "A（牵头）、B". Names are kept as written, without an opening 由 or a closing 等.
 */
export function readUnitList(value: string): UnitRoles {
  const roles = emptyRoles();
  for (const part of splitOutside(value.trim().replace(LIST_OPENERS, ''), PART_SEPARATORS)) {
    const [partRole, names] = roleAtEnd(part);
    for (const item of splitOutside(names, ITEM_SEPARATORS)) {
      const [ownRole, name] = nameAndRole(item);
      if (!name) continue;
      for (const one of unjoined(name).flatMap(unglued)) roles[ownRole ?? partRole ?? 'responsible'].push(one);
    }
  }
  return roles;
}

/**
 * A list item's name and the role it marks itself with (市发改委（牵头）, 市发改委牵头). A bracket after a whole name
 * is a remark on it (县发改局（王某）) unless it gives the levels a collective name spans (各县（市、区））.
 */
function nameAndRole(item: string): [UnitRole | undefined, string] {
  const bracket = /[（(]([^（()）]+)[）)]$/.exec(item);
  if (bracket) {
    const before = item.slice(0, bracket.index);
    const [role, rest] = roleAtEnd(bracket[1]!);
    if (role && rest === '') return [role, tidy(before)];
    if (!LEVELS_IN_BRACKETS.test(bracket[1]!) && isUnitName(tidy(before))) return [undefined, tidy(before)];
  }
  const [role, name] = roleAtEnd(item);
  return [role, tidy(name)];
}

const tidy = (name: string): string => name.trim().replace(NAME_TAILS, '').trim();

/** Whether every name of a list is a unit's (a list of a task's words is not). */
export const namesUnits = (roles: UnitRoles): boolean => {
  const all = [...roles.lead, ...roles.cooperating, ...roles.responsible];
  return all.length > 0 && all.every(isUnitName);
};

/**
 * Lead and cooperating units from the roles a note gives. Named leads lead and all others cooperate; a 责任单位
 * list with a cooperating list beside it leads; alone, its first unit leads where the document says so
 * (`firstListedLeads`: 排在第一位的为牵头单位), else all of it does.
 */
export function resolveRoles(roles: UnitRoles, firstListedLeads: boolean): { lead: string[]; cooperating: string[] } {
  const { lead, cooperating, responsible } = roles;
  const [leads, others] =
    lead.length > 0
      ? [lead, [...cooperating, ...responsible]]
      : cooperating.length > 0 || !firstListedLeads
        ? [responsible, cooperating]
        : [responsible.slice(0, 1), responsible.slice(1)];
  // a unit named twice (牵头单位 and again in 责任单位) leads
  const led = [...new Set(leads)];
  return { lead: led, cooperating: [...new Set(others)].filter((u) => !led.includes(u)) };
}

const LABEL_WORDS = [...FIELD_LABELS].map(([label]) => label).sort((a, b) => b.length - a.length).join('|');
const LABEL = new RegExp(`(?:(${LABEL_WORDS})[ \\t\\u3000]*[:：]|【(${LABEL_WORDS})】[ \\t\\u3000]*[:：]?)`, 'g');
const ROLE_OF = new Map<string, FieldRole>(FIELD_LABELS);
/** What may stand between two fields of one note: separators, brackets, white space. */
const BETWEEN_FIELDS = /^[\s；;，,。、（(【\[）)】\]]*$/;

interface Field extends Span {
  role: FieldRole;
  label: number;
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
    fields.push({ role: ROLE_OF.get(m[1] ?? m[2]!)!, label: m.index, start: m.index, end, value: { start, end } });
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
  for (const field of fieldsOf(text)) {
    const value = text.slice(field.value.start, field.value.end);
    const unitRoles = field.role === 'leader' || field.role === 'deadline' ? undefined : readUnitList(value);
    if (unitRoles && !namesUnits(unitRoles)) continue;
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
