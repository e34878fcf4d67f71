import type { Span } from '../span.js';
import type { Structured } from '../structure/index.js';
import { readUnitList, resolveRoles, type UnitRoles } from '../structure/unit-lists.js';
import { taskTablesOf, type TableCell, type TaskRow } from '../structure/task-tables.js';
import { FIRST_LISTED_LEADS } from '../structure/tables/unit-labels.js';
import { timeIn } from './deadline.js';
import { fromNotes } from './split-notes.js';
import { withLeaderHeadings } from './split-leaders.js';
import { trimmed, type Found } from './split-text.js';

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

/** A task's text on several lines (a table cell of two paragraphs) reads as one. */
const LINE_BREAKS = /[ \t\u3000]*\n\s*/g;

/**
 * The tasks of a task-split document and the units, leaders and time each is given: in tables (序号/工作任务/
 * 牵头单位/…), and in notes after each task — bracketed (（牵头单位：…；配合单位：…）, （A牵头，B配合）) or on lines of
 * their own (责任单位：…, 责任领导：…). A 责任单位 list leads whole unless the document says its first unit leads.
 */
export function splitTasks(doc: Structured): SplitTask[] {
  const { text } = doc.cleaned;
  // a split too short for the report's evidence of its year names it at least once (its title, its date)
  const named = /((?:19|20)\d\d)年/.exec(text)?.[1];
  const year = doc.meta.year ?? (named ? Number(named) : undefined);
  const tables = taskTablesOf(text);
  const found: Found[] = tables.flatMap((t) => t.rows.map((row) => fromRow(row)).filter((f): f is Found => f !== undefined));
  found.push(...fromNotes(text, tables));
  withLeaderHeadings(text, found);
  const firstListedLeads = FIRST_LISTED_LEADS.test(text);
  return found
    .filter(assigned)
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const { lead, cooperating } = resolveRoles(f.roles, firstListedLeads);
      // a time given beside the task is read alone: a day that ends it is its day (时间节点：2025年6月15日)
      const time = (f.time && timeIn(text.slice(f.time.start, f.time.end), year)) ?? timeIn(text, year, f.start, f.end);
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

/** A task is assigned when it names a unit or a leader: one whose units an excerpt cut off is none. */
const assigned = ({ roles, leaders }: Found): boolean => roles.lead.length + roles.cooperating.length + roles.responsible.length + leaders.length > 0;

function fromRow(row: TaskRow): Found | undefined {
  const task = row.cells.task?.[0];
  if (!task) return undefined;
  const span = trimmed(task.text, 0, task.text.length);
  if (!span) return undefined;
  // a merged cell: the units, leaders and time of the row it continues (or the row above), where it gives none
  const own = (role: keyof TaskRow['cells']): TableCell[] | undefined => {
    for (let r: TaskRow | undefined = row; r; r = r.sharing) if (r.cells[role]) return r.cells[role];
    return undefined;
  };
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
