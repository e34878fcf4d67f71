import type { Span } from '../span.js';
import { linesOf, type Line } from '../clean/lines.js';
import { namesUnits, readUnitList } from './unit-lists.js';
import { COLUMN_WORDS, HEADER_CELL_MAX, LEADER_TITLES, OPEN_TIMES, TABLE_END, type ColumnRole } from './tables/unit-labels.js';

/** A cell of a task table: its text and where it is (offsets of the text read). */
export interface TableCell extends Span {
  text: string;
}

/**
 * One task a table gives: its cells by column. A row holding two tasks (a merged 责任单位 cell beside two
 * 工作任务 lines, each with its own 完成时限) gives two, the second `sharing` the first's units.
 */
export interface TaskRow {
  cells: Partial<Record<ColumnRole, TableCell[]>>;
  sharing?: TaskRow;
}

export interface TaskTable extends Span {
  columns: ColumnRole[];
  rows: TaskRow[];
}

/** What a cell holds, told from its words where the layout does not tell its column. */
type CellKind = 'index' | 'units' | 'time' | 'leader' | 'text';

/** Cells of a row on one line: split at tabs (the HTML reader puts one after each cell) or at wide gaps. */
const CELL_GAP = /\t|[ \u3000]{2,}/;
const HEADER_WORDS = /^[\u4e00-\u9fff（）()]+$/;
/** A time cell is short (12月底前, 9月投入使用, 2025年6月30日): a longer cell with a month in it is a task. */
const TIME_CELL_MAX = 14;
const TIME_WORDS = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|年底|年内|年末|季度|半年|(?:19|20)\d\d年/;
const LEADER_CELL_MAX = 16;
const NAMES_ONLY = /^[\u4e00-\u9fff]{2,3}(?:[、，,\s]+[\u4e00-\u9fff]{2,3})*$/;
const INDEX_CELL = /^(\d{1,3})[.、．]?$/;
/** A few characters the text ends in after a row (县住): a cell the excerpt cut, not a line after the table. */
const CUT_CELL = /^[\u4e00-\u9fff]{1,8}$/;
/** Heading rows passed over before a table's first row. */
const HEADING_ROWS_MAX = 3;

/**
 * The cells of a line. Split at tabs, an empty cell keeps its place (县住建局⇥⇥6月底前: no 配合单位), where `empty`
 * is asked for; a gap of spaces tells no empty cell.
 */
function cellsOf(line: Line, empty = false): TableCell[] {
  const cells: TableCell[] = [];
  let at = 0;
  for (const piece of line.text.split(line.text.includes('\t') ? '\t' : CELL_GAP)) {
    const from = line.text.indexOf(piece, at);
    at = from + piece.length;
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text || empty) cells.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text });
  }
  return cells;
}

/** Whether a cell could name a column: a few characters, no figures nor punctuation. */
const headerLike = (cell: string): boolean => {
  const words = cell.replace(/\s/g, '');
  return words.length <= HEADER_CELL_MAX && HEADER_WORDS.test(words);
};

function columnOf(cell: string): ColumnRole | undefined {
  if (!headerLike(cell)) return undefined;
  const bare = cell.replace(/\s/g, '').replace(/[（(][^）)]*[）)]/g, '');
  return COLUMN_WORDS.find(([pattern]) => pattern.test(bare))?.[1];
}

/** Columns of a header whose name says nothing luoshi reads (类别, 备注 …): at most this many, kept as text. */
const UNKNOWN_COLUMNS_MAX = 1;

/** The columns a header names, the first task-like one the task's (later ones are other text). */
function headerColumns(cells: string[]): ColumnRole[] | undefined {
  const roles = cells.map(columnOf);
  const unknown = roles.filter((r) => r === undefined).length;
  if (roles.length - unknown < 3 || unknown > UNKNOWN_COLUMNS_MAX || !cells.every(headerLike)) return undefined;
  const columns = roles.map((r) => r ?? 'text');
  const task = columns.indexOf('task') >= 0 ? columns.indexOf('task') : columns.indexOf('text');
  if (task < 0 || !columns.some((r) => r === 'lead' || r === 'responsible' || r === 'cooperating')) return undefined;
  return columns.map((r, i) => (i === task ? 'task' : r === 'task' ? 'text' : r));
}

/**
 * A two-row header (责任单位 over 牵头单位 and 配合单位): the group's column is the columns under it. In a header read
 * one name a line, those come after the first row's names.
 */
function ungrouped(columns: ColumnRole[]): ColumnRole[] {
  const group = columns.indexOf('responsible');
  const under = columns.map((r, i) => (i > group && (r === 'lead' || r === 'cooperating') ? i : -1)).filter((i) => i >= 0);
  if (group < 0 || under.length === 0) return columns;
  const rest = columns.filter((_, i) => i !== group && !under.includes(i));
  rest.splice(group, 0, ...under.map((i) => columns[i]!));
  return rest;
}

/** A header at lines[i]: on one line (cells split by tabs or gaps; a second row under a group), or a name a line. */
function headerAt(lines: Line[], i: number): { columns: ColumnRole[]; next: number } | undefined {
  const cells = cellsOf(lines[i]!);
  if (cells.length >= 3) {
    const columns = headerColumns(cells.map((c) => c.text));
    if (!columns) return undefined;
    const below = i + 1 < lines.length ? cellsOf(lines[i + 1]!).map((c) => columnOf(c.text)) : [];
    const second = below.length >= 2 && below.every((r) => r !== undefined) ? (below as ColumnRole[]) : [];
    return { columns: ungrouped([...columns, ...second]), next: i + 1 + (second.length > 0 ? 1 : 0) };
  }
  // one name a line: a name luoshi does not read may stand between two it does
  const names: string[] = [];
  let j = i;
  const named = (k: number) => k < lines.length && cellsOf(lines[k]!).length === 1 && columnOf(lines[k]!.text.trim()) !== undefined;
  while (named(j) || (names.length > 0 && headerLike(lines[j]?.text ?? '。') && named(j + 1))) names.push(lines[j++]!.text.trim());
  const columns = names.length >= 3 ? headerColumns(names) : undefined;
  return columns && { columns: ungrouped(columns), next: j };
}

function kindOf(text: string, hasLeaders: boolean): CellKind {
  if (INDEX_CELL.test(text)) return 'index';
  if (namesUnits(readUnitList(text))) return 'units';
  if (text.length <= TIME_CELL_MAX && !text.includes('。') && (TIME_WORDS.test(text) || OPEN_TIMES.test(text))) return 'time';
  if (hasLeaders && text.length <= LEADER_CELL_MAX && (LEADER_TITLES.test(text) || NAMES_ONLY.test(text))) return 'leader';
  return 'text';
}

const UNIT_COLUMNS: readonly ColumnRole[] = ['lead', 'cooperating', 'responsible'];
const ACCEPTS: Record<CellKind, readonly ColumnRole[]> = {
  index: ['index'],
  units: UNIT_COLUMNS,
  time: ['deadline'],
  leader: ['leader'],
  text: ['text'],
};

/** Reads the rows under a header until the table ends (a closing part of the notice, another header, prose). */
class RowReader {
  readonly rows: TaskRow[] = [];
  private row: TaskRow | undefined;
  private column = -1;
  private lastIndex = 0;
  private passedOver = 0;

  constructor(
    private readonly columns: ColumnRole[],
    private readonly text: string,
  ) {}

  private put(role: ColumnRole, cell: TableCell): void {
    (this.row!.cells[role] ??= []).push(cell);
  }

  private startRow(sharing?: TaskRow): TaskRow {
    const row: TaskRow = sharing ? { cells: {}, sharing } : { cells: {} };
    this.row = row;
    this.rows.push(row);
    this.column = -1;
    return row;
  }

  /** A row on one line: cells by position where there is one per column (empty ones too), else by what each holds. */
  line(cells: TableCell[]): void {
    this.startRow();
    if (cells.length === this.columns.length) {
      cells.forEach((cell, i) => cell.text && this.put(this.columns[i]!, cell));
      this.column = this.columns.length - 1;
      const index = INDEX_CELL.exec(this.row!.cells.index?.[0]?.text ?? '');
      if (index) this.lastIndex = Number(index[1]);
      return;
    }
    for (const cell of cells) if (cell.text) this.cell(cell, true);
  }

  /**
   * One cell of a table whose cells stand one a line (a Word table, a page's table with a paragraph per cell), or
   * of a row on one line (`inLine`). Returns false where the cell is no part of the table: prose after it.
   */
  cell(cell: TableCell, inLine = false): boolean {
    const kind = kindOf(cell.text, this.columns.includes('leader'));
    const index = INDEX_CELL.exec(cell.text);
    const hasTask = Boolean(this.row?.cells.task);
    const opensRow = inLine ? !this.row?.cells.index && !hasTask : (!this.row || hasTask) && this.plausibleIndex(Number(index?.[1]));
    if (index && opensRow) {
      if (!inLine) this.startRow();
      this.lastIndex = Number(index[1]);
      this.take('index', cell);
      return true;
    }
    if (!this.row && this.columns.includes('index')) {
      // a section's heading row over the first row (一、稳增长) is passed over; more text is no table
      return ++this.passedOver <= HEADING_ROWS_MAX;
    }
    // without a 序号 column a row starts at its task
    const current = this.row ?? this.startRow();
    if (!current.cells.task) {
      // a column may come before the task's (责任单位, 类别)
      const before = this.columnFor(kind, false);
      if (before >= 0 && before < this.columns.indexOf('task')) {
        this.column = before;
        this.put(this.columns[before]!, cell);
      } else this.take('task', cell);
      return true;
    }
    // a task cell of several paragraphs, where no other text column follows the task's
    if (kind === 'text' && !inLine && !current.sharing && this.columns[this.column] === 'task' && this.columns[this.column + 1] !== 'text') {
      const task = current.cells.task;
      const first = task.at(-1)!;
      task[task.length - 1] = { start: first.start, end: cell.end, text: this.text.slice(first.start, cell.end) };
      return true;
    }
    const target = this.columnFor(kind);
    if (target >= 0) {
      this.column = target;
      this.put(this.columns[target]!, cell);
      return true;
    }
    if (kind !== 'text' || inLine) return true;
    // another task in the row: its units are the row's (a merged cell); two such texts running are prose
    if (isBare(current)) return false;
    this.startRow(current.sharing ?? current);
    this.take('task', cell);
    return true;
  }

  private take(role: ColumnRole, cell: TableCell): void {
    const at = this.columns.indexOf(role);
    if (at >= 0) this.column = at;
    this.put(role, cell);
  }

  private plausibleIndex(n: number): boolean {
    return n === this.lastIndex + 1 || n === 1 || this.rows.length === 0;
  }

  /** The next column that takes such a cell; a list of units may go on in the column it is in. */
  private columnFor(kind: CellKind, stay = true): number {
    const accepts = ACCEPTS[kind];
    for (let c = this.column + 1; c < this.columns.length; c++) if (accepts.includes(this.columns[c]!)) return c;
    if (stay && this.column >= 0 && accepts.includes(this.columns[this.column]!)) return this.column;
    return -1;
  }

  /**
   * The rows that are tasks: a second task that is text alone (a heading row, the page after the table) is none. A
   * row without units shares those of the row above (a merged cell), but the last one was cut short.
   */
  tasks(): TaskRow[] {
    // a row the text ends inside (县水务局 / 县住: a cell cut short) is cut: its units are not all there
    const last = this.rows.at(-1);
    const cutShort = last && isBare(last) && CUT_CELL.test(last.cells.task![0]!.text) && endOf([last]) >= this.text.trimEnd().length;
    const cut = cutShort ? last.sharing : undefined;
    const rows = this.rows.filter((row) => row.cells.task && !isBare(row) && row !== cut);
    return rows.filter((row, i) => {
      if (UNIT_COLUMNS.some((role) => row.cells[role]) || row.sharing) return true;
      if (i === rows.length - 1 || i === 0) return false;
      row.sharing = rows[i - 1];
      return true;
    });
  }
}

/** A row that continues another with nothing but text. */
const isBare = (row: TaskRow): boolean => row.sharing !== undefined && Object.keys(row.cells).length === 1;

const endOf = (rows: TaskRow[]): number =>
  Math.max(...rows.flatMap((row) => Object.values(row.cells).flatMap((cells) => cells.map((c) => c.end))));

/**
 * The task tables of a text (序号/工作任务/牵头单位/配合单位/完成时限 and the like): a header of column names, on one
 * line or one a line, then rows on one line each or cells one a line.
 */
export function taskTablesOf(text: string): TaskTable[] {
  if (!/单位|部门/.test(text)) return [];
  const lines = linesOf(text).filter((l) => l.length > 0);
  const tables: TaskTable[] = [];
  for (let i = 0; i < lines.length; ) {
    const header = headerAt(lines, i);
    if (!header) {
      i++;
      continue;
    }
    const reader = new RowReader(header.columns, text);
    let k = header.next;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (TABLE_END.test(line.text.trim()) || headerAt(lines, k)) break;
      const cells = cellsOf(line, true);
      if (cells.filter((c) => c.text).length >= 2) reader.line(cells);
      else if (!reader.cell(cells.find((c) => c.text)!)) break;
    }
    const rows = reader.tasks();
    if (rows.length > 0) tables.push({ start: lines[i]!.start, end: endOf(rows), columns: header.columns, rows });
    i = Math.max(k, i + 1);
  }
  return tables;
}
