/** Lists of units as a 分工方案 writes them (after a label, in a table cell, in a bracket): names and their roles. */
import {
  LAST_NAME_JOINS,
  LEVEL_PREFIXES,
  LEVELS_IN_BRACKETS,
  LIST_OPENERS,
  NAME_TAILS,
  ROLE_MARKS,
  UNIT_ENDINGS,
  UNIT_NAME_MAX,
  type UnitRole,
} from './tables/unit-labels.js';

/** The units a list names, by what it says they do; `responsible` ones were named with no role (责任单位：A、B). */
export interface UnitRoles {
  lead: string[];
  cooperating: string[];
  responsible: string[];
}

/** Brackets a list or a note may stand in: full-width, half-width, square and lenticular. */
export const OPENING = '（([【［〔';
export const CLOSING = '）)]】］〕';
/** Between two items of one list (、, a space in a table cell, /); between two parts that each say a role (，；). */
const ITEM_SEPARATORS = '、 \t\u3000/／\n';
const PART_SEPARATORS = '，,；;';
const HAS_DIGIT = /\d/;

export const emptyRoles = (): UnitRoles => ({ lead: [], cooperating: [], responsible: [] });

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
export function roleAtEnd(text: string): [UnitRole | undefined, string] {
  for (const [mark, role] of ROLE_MARKS) if (text.endsWith(mark)) return [role, text.slice(0, -mark.length)];
  return [undefined, text];
}

/** Splits text at separators outside brackets (各县（市、区）政府 is one name). */
export function splitOutside(text: string, separators: string): string[] {
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

