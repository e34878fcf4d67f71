import type { Span } from '../span.js';
import { linesOf, type Line } from '../clean/lines.js';
import { namesUnits, readUnitList } from '../structure/unit-lists.js';
import { roleNotesOf, taskNotesOf, type TaskNote } from '../structure/unit-notes.js';
import { ordinalOf, trimmed, type Found } from './split-text.js';

/** Lines a task's text may run back over from its note (a task of several paragraphs). */
const TASK_LINES_MAX = 6;
/**
 * A heading naming the units of the tasks under it (一、县发改局牵头的工作（5项）; （二）县教育局负责): a role or a
 * count of items says the line is no task.
 */
const GROUP_COUNT = /[（(]共?\d+项[）)]$/;
const GROUP_TAIL = /(?:的)?(?:重点)?(?:工作|任务|事项)?$/;
const GROUP_ROLE = /(?:牵头|负责|承担)/;

/** The notes of the text outside its tables, label notes first where a bracket is read both ways. */
function notesOutside(text: string, tables: readonly Span[]): TaskNote[] {
  const inTable = (s: Span) => tables.some((t) => s.start >= t.start && s.start < t.end);
  const labelled = taskNotesOf(text).filter((n) => !inTable(n));
  const overlaps = (n: Span) => labelled.some((l) => n.start < l.end && l.start < n.end);
  const byRole = roleNotesOf(text).filter((n) => !inTable(n) && !overlaps(n));
  return [...labelled, ...byRole].sort((a, b) => a.start - b.start);
}

/** Headings that name units without a label (一、县发改局牵头的工作（5项）), as notes with no task before them. */
function groupHeadings(lines: Line[], notes: readonly TaskNote[]): TaskNote[] {
  const headings: TaskNote[] = [];
  for (const line of lines) {
    const words = line.text.trim();
    const ordinal = ordinalOf(words);
    if (!ordinal || notes.some((n) => n.start < line.start + line.text.length && line.start < n.end)) continue;
    const rest = words.slice(ordinal.length).replace(GROUP_COUNT, '');
    if (!GROUP_ROLE.test(rest) && !GROUP_COUNT.test(words)) continue;
    const roles = readUnitList(rest.replace(GROUP_TAIL, ''));
    if (!namesUnits(roles)) continue;
    const start = line.start + line.text.indexOf(words);
    headings.push({ start, end: start + words.length, ...roles, leaders: [], bracketed: false });
  }
  return headings;
}

/** The list style most notes' tasks open with (1． or （一）…): a line of another style above a task is a heading. */
function taskStyle(lines: Line[], notes: readonly TaskNote[]): number | undefined {
  const counts = new Map<number, number>();
  for (const note of notes) {
    const line = lines.findLast((l) => l.start < note.start && l.length > 0 && l.text.slice(0, note.start - l.start).trim().length > 0);
    const ordinal = line && ordinalOf(line.text.trim());
    if (ordinal) counts.set(ordinal.style, (counts.get(ordinal.style) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Where the task a note follows starts: the text before the note on its line, or the nearest line above, and lines
 * above that continue it up to the one opening it with the tasks' list style; never before `floor` (the note or
 * table above), nor over a heading (a line of another list style).
 */
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
    if (taken > 0 && (style === undefined || (ordinal && ordinal.style !== style))) break;
    start = from;
    taken++;
    if (ordinal || from > line.start) break;
  }
  return start;
}

const foundOf = (span: Span, note: TaskNote): Found => ({
  ...span,
  roles: { lead: [...note.lead], cooperating: [...note.cooperating], responsible: [...note.responsible] },
  leaders: [...note.leaders],
  ...(note.deadline ? { time: note.deadline } : {}),
});

/** What a note gives a task: what the task does not say itself (a group's heading), or all of it (`added`). */
function fillFrom(task: Found, note: TaskNote, added = false): void {
  const { roles } = task;
  if (added || roles.lead.length + roles.responsible.length === 0) {
    roles.lead.push(...note.lead);
    roles.responsible.push(...note.responsible);
  }
  if (added || roles.cooperating.length === 0) roles.cooperating.push(...note.cooperating);
  if (task.leaders.length === 0) task.leaders.push(...note.leaders);
  if (note.deadline) task.time ??= note.deadline;
}

/**
 * The tasks of a group heading (一、牵头单位：县发改局; 一、县发改局牵头的工作) that name no units themselves: each
 * numbered line under it, of the style most of them share, with the lines that continue it.
 */
function groupMembers(lines: Line[], text: string, from: number, to: number, taken: readonly Span[]): Span[] {
  const free = lines.filter(
    (l) => l.length > 0 && l.start >= from && l.start < to && !taken.some((t) => t.start < l.start + l.text.length && l.start < t.end),
  );
  const styles = new Map<number, number>();
  for (const l of free) {
    const ordinal = ordinalOf(l.text.trim());
    if (ordinal) styles.set(ordinal.style, (styles.get(ordinal.style) ?? 0) + 1);
  }
  const style = [...styles].sort((a, b) => b[1] - a[1])[0]?.[0];
  const members: Span[] = [];
  for (const l of free) {
    const ordinal = ordinalOf(l.text.trim());
    const end = l.start + l.text.length;
    if (ordinal?.style === style) members.push({ start: l.start, end });
    else if (!ordinal && members.length > 0 && members.at(-1)!.end >= l.start - 2) members.at(-1)!.end = end;
  }
  return members.map((m) => trimmed(text, m.start, m.end)).filter((m): m is Span => m !== undefined);
}

/**
 * The tasks notes name units for. A note follows its task (（牵头单位：…）after it, 责任单位：… on the line under it);
 * a note on a numbered line of its own heads a group (一、牵头单位：县发改局) whose tasks take what it gives; any
 * other note with no text before it adds to the task above (（牵头单位：…）。（完成时限：…）).
 */
export function fromNotes(text: string, tables: readonly Span[]): Found[] {
  const lines = linesOf(text);
  const labelled = notesOutside(text, tables);
  const unlabelled = groupHeadings(lines, labelled);
  const notes = [...labelled, ...unlabelled].sort((a, b) => a.start - b.start);
  const style = taskStyle(lines, notes);
  let floor = 0;
  const read = notes.map((note) => {
    floor = Math.max(floor, ...tables.filter((t) => t.end <= note.start).map((t) => t.end));
    const start = unlabelled.includes(note) ? undefined : taskStart(lines, text, note.start, floor, style);
    // the note's line before it: a heading's number, or nothing
    const before = { start: Math.max(floor, text.lastIndexOf('\n', note.start - 1) + 1), end: note.start };
    floor = note.end;
    return { note, before, span: start === undefined ? undefined : trimmed(text, start, note.start) };
  });
  const found: Found[] = [];
  const groups: TaskNote[] = [];
  for (const { note, before, span } of read) {
    if (span) found.push(foundOf(span, note));
    // a group's heading stands on a numbered line of its own; a note with nothing before it adds to the task above
    else if (unlabelled.includes(note) || ordinalOf(text.slice(before.start, before.end).trim())) groups.push(note);
    else if (found.length > 0) fillFrom(found.at(-1)!, note, true);
  }
  const members: Found[] = [];
  groups.forEach((note, k) => {
    const to = k + 1 < groups.length ? groups[k + 1]!.start : text.length;
    for (const task of found.filter((f) => f.start > note.end && f.start < to)) fillFrom(task, note);
    members.push(...groupMembers(lines, text, note.end, to, [...found, ...tables]).map((span) => foundOf(span, note)));
  });
  return [...found, ...members];
}
