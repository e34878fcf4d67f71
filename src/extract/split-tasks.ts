import type { Span } from '../span.js';
import type { Structured } from '../structure/index.js';
import { linesOf, type Line } from '../clean/lines.js';
import { readUnitList, resolveRoles, roleNotesOf, taskNotesOf, type TaskNote, type UnitRoles } from '../structure/unit-notes.js';
import { taskTablesOf, type TableCell, type TaskRow } from '../structure/task-tables.js';
import { LIST_ORDINAL, ordinalStyle } from '../structure/tables/clause-marks.js';
import { FIRST_LISTED_LEADS, LEADER_TITLES } from '../structure/tables/unit-labels.js';
import { timeIn } from './deadline.js';

/** One task a 分工方案 assigns, in the shape of `luoshi split` (extraction-contract.md). */
export interface SplitTask {
  /** What the task states, in cleaned text (its number and closing mark left out). */
  text: string;
  lead: string[];
  cooperating: string[];
  leaders: string[];
  deadline: string | null;
  /** Where the text is in the original decoded input. */
  span: Span;
}

/** A task read, in cleaned offsets, before its roles are resolved. */
interface Found extends Span {
  roles: UnitRoles;
  leaders: string[];
  /** Where its time is said (a 完成时限 field or cell), if anywhere but its text. */
  time?: Span;
}

/** Lines a task's text may run back over from its note (a task of several paragraphs). */
const TASK_LINES_MAX = 6;
/** Longest line read as a heading naming a leader (一、王某副县长牵头负责的工作（5项）). */
const LEADER_HEADING_MAX = 40;
/** A leader's name beside the title: two or three characters, not a verb of the heading (负责, 分管) nor before one. */
const HEADING_VERBS = '负责|牵头|分管|联系|主持|同志|的';
const HAN = '[\\u4e00-\\u9fff]';
const TITLE_FIRST = new RegExp(`(${LEADER_TITLES.source})[ \\u3000：:]*((?!${HEADING_VERBS})${HAN}{2,3})(?=${HEADING_VERBS}|[^\\u4e00-\\u9fff]|$)`);
const NAME_FIRST = new RegExp(`((?!常务|${HEADING_VERBS})${HAN}{2,3})(?:同志)?[ \\u3000]*[（(]?(${LEADER_TITLES.source})`);

/** The leader a heading names, as "title name" (副县长 王某), the way a split's tables write them. */
function leaderIn(words: string): string | undefined {
  const titleFirst = TITLE_FIRST.exec(words);
  if (titleFirst) return `${titleFirst[1]} ${titleFirst[2]}`;
  const nameFirst = NAME_FIRST.exec(words);
  return nameFirst ? `${nameFirst[2]} ${nameFirst[1]}` : undefined;
}
/** What opens a task's text and is no part of it: an ordinal, a bullet, damage before it (?。). */
const OPENING_MARKS = /^[\s?？。，、；;:：●•·■□◆◇○◎★☆▲△▶►◉▪※\-—*]+/;
const CLOSING_MARKS = /[\s。，、；;:：,.]+$/;
/** A task's text on several lines (a table cell of two paragraphs) reads as one. */
const LINE_BREAKS = /[ \t\u3000]*\n\s*/g;
/** 5．6月底前建成…: an ordinal before a month, which no decimal stands before (5.6月 is no figure). */
const ORDINAL_BEFORE_MONTH = /^\d{1,2}[.．](?=\d{1,2}月)/;
const DIGIT_STYLE = 1;

/** The list ordinal text opens with: its length and style (1． / （一） / ① …). */
function ordinalOf(text: string): { length: number; style: number } | undefined {
  const m = LIST_ORDINAL.exec(text);
  if (m) return { length: m[0].length, style: ordinalStyle(m) };
  const month = ORDINAL_BEFORE_MONTH.exec(text);
  return month ? { length: month[0].length, style: DIGIT_STYLE } : undefined;
}

/**
 * The tasks of a task-split document and the units, leaders and time each is given: in tables (序号/工作任务/
 * 牵头单位/…), and in notes after each task — bracketed (（牵头单位：…；配合单位：…）, （A牵头，B配合）) or on lines of
 * their own (责任单位：…, 责任领导：…). A 责任单位 list leads whole unless the document says its first unit leads.
 */
export function splitTasks(doc: Structured): SplitTask[] {
  const { text } = doc.cleaned;
  const year = doc.meta.year;
  const tables = taskTablesOf(text);
  const inTable = (s: Span) => tables.some((t) => s.start >= t.start && s.start < t.end);
  const found: Found[] = tables.flatMap((t) => t.rows.map((row) => fromRow(row)).filter((f): f is Found => f !== undefined));
  found.push(...fromNotes(text, notesOutside(text, inTable), tables));
  withLeaderHeadings(text, found);
  const firstListedLeads = FIRST_LISTED_LEADS.test(text);
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const { lead, cooperating } = resolveRoles(f.roles, firstListedLeads);
      const time = (f.time && timeIn(text, year, f.time.start, f.time.end)) ?? timeIn(text, year, f.start, f.end);
      return {
        text: text.slice(f.start, f.end).replace(LINE_BREAKS, ''),
        lead,
        cooperating,
        leaders: f.leaders,
        deadline: time?.deadline ?? null,
        span: doc.cleaned.toOriginal(f.start, f.end),
      };
    });
}

/** The notes of the text outside its tables, label notes first where a bracket is read both ways. */
function notesOutside(text: string, inTable: (s: Span) => boolean): TaskNote[] {
  const labelled = taskNotesOf(text).filter((n) => !inTable(n));
  const overlaps = (n: Span) => labelled.some((l) => n.start < l.end && l.start < n.end);
  const byRole = roleNotesOf(text).filter((n) => !inTable(n) && !overlaps(n));
  return [...labelled, ...byRole].sort((a, b) => a.start - b.start);
}

/** The text of a cell or stretch without its ordinal and closing marks; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | undefined {
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

function fromRow(row: TaskRow): Found | undefined {
  const task = row.cells.task?.[0];
  if (!task) return undefined;
  const span = trimmed(task.text, 0, task.text.length);
  if (!span) return undefined;
  // a merged cell: the units, leaders and time of the row it continues (or the row above), where it gives none
  const own = (role: keyof TaskRow['cells']): TableCell[] | undefined => row.cells[role] ?? row.sharing?.cells[role];
  const roles: UnitRoles = { lead: [], cooperating: [], responsible: [] };
  for (const role of ['lead', 'cooperating', 'responsible'] as const) {
    for (const cell of own(role) ?? []) {
      const listed = readUnitList(cell.text);
      roles.lead.push(...listed.lead);
      roles.cooperating.push(...listed.cooperating);
      roles[role].push(...listed.responsible);
    }
  }
  const time = own('deadline')?.[0];
  const leaders = (own('leader') ?? []).flatMap((c) => c.text.split(/[、，,；;]/).map((n) => n.trim()).filter(Boolean));
  return { start: task.start + span.start, end: task.start + span.end, roles, leaders, ...(time ? { time } : {}) };
}

/** The list style the notes' tasks open with (1． or （一）…): a line of another style above a task is a heading. */
function taskStyle(lines: Line[], notes: TaskNote[]): number | undefined {
  const counts = new Map<number, number>();
  for (const note of notes) {
    const line = lineBefore(lines, note.start);
    const ordinal = line && ordinalOf(line.text.trim());
    if (ordinal) counts.set(ordinal.style, (counts.get(ordinal.style) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The last line with text that starts before `at` (the note's own line when text stands before it there). */
function lineBefore(lines: Line[], at: number): Line | undefined {
  return lines.findLast((l) => l.start < at && l.length > 0 && l.text.slice(0, at - l.start).trim().length > 0);
}

/**
 * The task each note follows: from the note back to the line that opens it (one with the tasks' list style), not
 * before the note or table above, nor over a heading.
 */
function fromNotes(text: string, notes: TaskNote[], tables: readonly Span[]): Found[] {
  const lines = linesOf(text);
  const style = taskStyle(lines, notes);
  const found: Found[] = [];
  let previous: Found | undefined;
  let floor = 0;
  for (const note of notes) {
    floor = Math.max(floor, ...tables.filter((t) => t.end <= note.start).map((t) => t.end));
    const start = taskStart(lines, text, note.start, floor, style);
    const span = start === undefined ? undefined : trimmed(text, start, note.start);
    floor = note.end;
    if (!span) {
      // a note with no text before it goes on the one above (责任领导 on the line under 责任单位)
      if (previous) mergeNote(previous, note);
      continue;
    }
    previous = { ...span, roles: { lead: [...note.lead], cooperating: [...note.cooperating], responsible: [...note.responsible] }, leaders: [...note.leaders], ...(note.deadline ? { time: note.deadline } : {}) };
    found.push(previous);
  }
  return found;
}

function mergeNote(task: Found, note: TaskNote): void {
  task.roles.lead.push(...note.lead);
  task.roles.cooperating.push(...note.cooperating);
  task.roles.responsible.push(...note.responsible);
  task.leaders.push(...note.leaders);
  if (note.deadline) task.time ??= note.deadline;
}

function taskStart(lines: Line[], text: string, noteStart: number, floor: number, style: number | undefined): number | undefined {
  let start: number | undefined;
  let taken = 0;
  for (let i = lines.length - 1; i >= 0 && taken < TASK_LINES_MAX; i--) {
    const line = lines[i]!;
    if (line.start >= noteStart || line.length === 0) continue;
    const from = Math.max(line.start, floor);
    const to = Math.min(line.start + line.text.length, noteStart);
    if (to <= from) break;
    const words = text.slice(from, to).trim();
    if (!words) continue;
    const ordinal = ordinalOf(words);
    // the line of the note, or the nearest above it, is the task's; lines above continue it up to its ordinal
    if (taken > 0 && (style === undefined || (ordinal && ordinal.style !== style))) break;
    start = from;
    taken++;
    if (ordinal || from > line.start) break;
  }
  return start;
}

/**
 * Leaders named by a heading over their tasks (一、王某副县长负责的工作; （二）常务副市长 李某): the tasks under it, to
 * the next such heading, that name no leader of their own take them.
 */
function withLeaderHeadings(text: string, found: Found[]): void {
  const headings: { at: number; leaders: string[] }[] = [];
  for (const line of linesOf(text)) {
    const words = line.text.trim();
    if (!words || words.length > LEADER_HEADING_MAX || /[。：:]$/.test(words) || /[:：]/.test(words)) continue;
    if (found.some((f) => f.start < line.start + line.text.length && line.start < f.end)) continue;
    const leader = leaderIn(words);
    if (leader) headings.push({ at: line.start, leaders: [leader] });
  }
  if (headings.length === 0) return;
  for (const task of found) {
    const heading = headings.findLast((h) => h.at < task.start);
    if (heading && task.leaders.length === 0) task.leaders = heading.leaders;
  }
}
