/**
 * Reads a 任务分解表 back after people edited it and says what it changes, row by row, without applying
 * anything (storage applies the changes, checking versions). A file that is not an .xlsx, or has no sheet with
 * the 任务分解表 header row, gives { ok: false } and no changes at all.
 *
 * Rows are matched to commitments by the hidden id column and by 序号 through the hidden sheet the export wrote,
 * so moving rows (whole, or only the visible columns) or renumbering 序号 keeps each row on its commitment. When
 * the two disagree, 任务内容 decides; a row without either is matched by its 任务内容 alone.
 */
import ExcelJS from 'exceljs';
import type { Assignment, Commitment } from '../ledger/model.js';
import type { AssignmentChange, RejectedRow, TaskChange, TaskSheetContext, TaskSheetResult } from './types.js';
import { COLUMNS, type Column } from './format.js';
import { dayOfDate, parseDeadline } from './dates.js';
import { splitNames, UnitIndex } from './units.js';
import { KEY_HEADER, META_COLUMNS, META_MARK, META_SHEET_NAME, SHEET_NAME } from './sheet-layout.js';
import { content, excelDay, headerName, plain, text, wholeNumber, type CellContent } from './cells.js';

/** Columns a sheet must have to be read as a 任务分解表; the others are read when present. */
const REQUIRED: readonly Column[] = ['序号', '任务内容', '完成时限', '牵头单位', '责任单位'];
/** How far down a sheet the header row is looked for (a title, a date line, notes may come first). */
const HEADER_SEARCH_ROWS = 20;

/** Texts compared without line-break, width or whitespace differences. */
const sameText = (a: string, b: string): boolean => plain(a) === plain(b);

interface Located {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  columns: Map<Column, number>;
  keyColumn?: number;
}

function locate(wb: ExcelJS.Workbook): Located | undefined {
  const sheets = wb.worksheets.filter((ws) => ws.name !== META_SHEET_NAME);
  sheets.sort((a, b) => Number(b.name === SHEET_NAME) - Number(a.name === SHEET_NAME));
  for (const ws of sheets) {
    const rows = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
    for (let r = 1; r <= rows; r++) {
      const columns = new Map<Column, number>();
      let keyColumn: number | undefined;
      ws.getRow(r).eachCell((cell, col) => {
        const name = headerName(text(content(cell.value)));
        const column = COLUMNS.find((c) => c === name);
        if (column && !columns.has(column)) columns.set(column, col);
        if (name === KEY_HEADER) keyColumn = col;
      });
      if (REQUIRED.every((c) => columns.has(c))) return { ws, headerRow: r, columns, keyColumn };
    }
  }
  return undefined;
}

interface MetaEntry {
  seq: number;
  commitmentId: number;
  key: string;
  version?: number;
  assignment?: Pick<Assignment, 'leadUnitId' | 'cooperatingUnitIds' | 'leader' | 'deadline' | 'version'>;
}

interface Meta {
  year?: number;
  bySeq: Map<number, MetaEntry>;
  byId: Map<number, MetaEntry>;
}

const str = (v: CellContent): string | undefined => (text(v) === '' ? undefined : text(v));

/** The hidden sheet the export wrote, if it is there and is ours. */
function readMeta(wb: ExcelJS.Workbook): Meta {
  const meta: Meta = { bySeq: new Map(), byId: new Map() };
  const ws = wb.getWorksheet(META_SHEET_NAME);
  if (!ws || text(content(ws.getCell(1, 1).value)) !== META_MARK) return meta;
  meta.year = wholeNumber(content(ws.getCell(1, 3).value));
  const at = (row: ExcelJS.Row, name: (typeof META_COLUMNS)[number]): CellContent => content(row.getCell(META_COLUMNS.indexOf(name) + 1).value);
  for (let r = 3; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const seq = wholeNumber(at(row, '序号'));
    const commitmentId = wholeNumber(at(row, 'commitmentId'));
    if (seq === undefined || commitmentId === undefined) continue;
    const assignmentVersion = wholeNumber(at(row, 'assignmentVersion'));
    const entry: MetaEntry = {
      seq,
      commitmentId,
      key: text(at(row, 'key')),
      version: wholeNumber(at(row, 'version')),
      assignment:
        assignmentVersion === undefined
          ? undefined
          : {
              version: assignmentVersion,
              leadUnitId: wholeNumber(at(row, 'leadUnitId')),
              cooperatingUnitIds: text(at(row, 'cooperatingUnitIds'))
                .split(',')
                .map((s) => wholeNumber(s))
                .filter((n): n is number => n !== undefined),
              leader: str(at(row, 'leader')),
              deadline: str(at(row, 'deadline')),
            },
    };
    meta.bySeq.set(seq, entry);
    meta.byId.set(commitmentId, entry);
  }
  return meta;
}

const sameIds = (a: readonly number[], b: readonly number[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

type AssignmentState = Pick<Assignment, 'leadUnitId' | 'cooperatingUnitIds' | 'leader' | 'deadline'>;

/** Whether a row asks for another assignment than `base` (none: no assignment). Cooperating units are a set. */
const differs = (wanted: AssignmentChange, base: AssignmentState | undefined): boolean =>
  wanted.leadUnitId !== base?.leadUnitId ||
  !sameIds(wanted.cooperatingUnitIds, base?.cooperatingUnitIds ?? []) ||
  wanted.leader !== base?.leader ||
  wanted.deadline !== base?.deadline;

export async function readTaskSheet(buffer: Buffer, context: TaskSheetContext): Promise<TaskSheetResult> {
  // An .xlsx is a zip: anything else (an old .xls, a CSV, a PDF renamed) is refused before parsing.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    return { ok: false, reason: '文件不是Excel（.xlsx）工作簿，未导入任何内容' };
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, reason: '文件不是有效的Excel（.xlsx）工作簿，未导入任何内容' };
  }
  // A zip without a workbook in it loads as a workbook without sheets.
  if (wb.worksheets.length === 0) return { ok: false, reason: '文件不是有效的Excel（.xlsx）工作簿，未导入任何内容' };
  const found = locate(wb);
  if (!found) {
    return { ok: false, reason: `文件中没有任务分解表：未找到含“${REQUIRED.join('、')}”的表头行，未导入任何内容` };
  }
  const { ws, headerRow, columns, keyColumn } = found;
  const meta = readMeta(wb);
  const unitIndex = new UnitIndex(context.units);
  const byId = new Map(context.commitments.map((c) => [c.id, c]));
  const byKey = new Map(context.commitments.map((c) => [c.key, c]));
  const current = context.assignments && new Map(context.assignments.map((a) => [a.commitmentId, a]));

  /** A commitment the sheet points at: by id, or by key when ids changed since the export. */
  const commitmentFor = (entry: MetaEntry | undefined, id: number | undefined): Commitment | undefined => {
    if (id !== undefined && byId.has(id)) return byId.get(id);
    const key = entry?.key ?? (id !== undefined ? meta.byId.get(id)?.key : undefined);
    return key ? byKey.get(key) : undefined;
  };
  const metaByKey = new Map([...meta.byId.values()].map((e) => [e.key, e]));
  const metaFor = (c: Commitment): MetaEntry | undefined => meta.byId.get(c.id) ?? metaByKey.get(c.key);

  const changes: TaskChange[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<number, number>();

  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cell = (c: Column): CellContent => {
      const col = columns.get(c);
      return col === undefined ? undefined : content(row.getCell(col).value);
    };
    const taskText = text(cell('任务内容'));
    const leadText = text(cell('牵头单位'));
    const unitsText = text(cell('责任单位'));
    const deadlineCell = cell('完成时限');
    const leaderText = text(cell('责任领导'));
    if (!taskText && !leadText && !unitsText && text(deadlineCell) === '' && !leaderText) continue;

    // Which commitment the row is.
    const seq = wholeNumber(cell('序号'));
    const seqEntry = seq === undefined ? undefined : meta.bySeq.get(seq);
    const bySeq = seqEntry && commitmentFor(seqEntry, seqEntry.commitmentId);
    const hiddenId = keyColumn === undefined ? undefined : wholeNumber(content(row.getCell(keyColumn).value));
    const byHidden = hiddenId === undefined ? undefined : commitmentFor(undefined, hiddenId);
    let commitment: Commitment | undefined;
    if (bySeq && byHidden && bySeq.id !== byHidden.id) {
      const matches = [byHidden, bySeq].filter((c) => sameText(c.text, taskText));
      if (matches.length !== 1) {
        rejected.push({ row: r, reason: '无法确定对应的任务：序号与隐藏标识指向不同任务，任务内容也无法区分' });
        continue;
      }
      commitment = matches[0];
    } else if (byHidden) {
      commitment = byHidden;
    } else if (bySeq && (keyColumn === undefined || sameText(bySeq.text, taskText))) {
      // Every row the export wrote has its hidden id: a row without one was added by people, and a 序号 they
      // typed is trusted only when 任务内容 agrees with it.
      commitment = bySeq;
    }
    if (!commitment && taskText) {
      const matches = context.commitments.filter((c) => sameText(c.text, taskText));
      if (matches.length === 1) commitment = matches[0];
    }
    if (!commitment) {
      const gone = hiddenId !== undefined || (seqEntry !== undefined && keyColumn === undefined);
      rejected.push({ row: r, reason: gone ? '对应的任务已不在台账中' : '未找到对应的任务（任务内容与台账中的任务均不一致）' });
      continue;
    }
    const earlier = seen.get(commitment.id);
    if (earlier !== undefined) {
      rejected.push({ row: r, reason: `与第${earlier}行对应同一任务` });
      continue;
    }
    seen.set(commitment.id, r);

    // What it says, checked.
    const problems: string[] = [];
    const lead = unitIndex.resolve(splitNames(leadText));
    const cooperating = unitIndex.resolve(splitNames(unitsText));
    for (const name of lead.unknown) problems.push(`牵头单位“${name}”不是已登记的单位`);
    for (const name of cooperating.unknown) problems.push(`责任单位“${name}”不是已登记的单位`);
    if (lead.units.length > 1) problems.push(`牵头单位只能填写一个，现为“${leadText}”`);

    // Edits are what differs from the sheet as exported (so a row nobody touched never undoes a later change
    // in the ledger), and, when the current assignments are given, from them too (so importing twice is a no-op).
    // A row the export did not write is compared with the current assignment only.
    const entry = metaFor(commitment);
    const now = current?.get(commitment.id);
    const exported = entry ? entry.assignment : now;
    const year = context.year ?? meta.year ?? (commitment.deadline ? Number(commitment.deadline.slice(0, 4)) : undefined);
    let deadline: string | undefined;
    if (deadlineCell instanceof Date) {
      const parsed = dayOfDate(deadlineCell);
      if (parsed.ok) deadline = parsed.day;
      else problems.push(parsed.reason);
    } else if (typeof deadlineCell === 'number') {
      // A date cell whose date format was lost reads as its serial number.
      const day = excelDay(deadlineCell);
      if (day) deadline = day;
      else problems.push(`完成时限无法识别：“${deadlineCell}”`);
    } else if (text(deadlineCell) !== '') {
      const parsed = parseDeadline(text(deadlineCell), year !== undefined && Number.isInteger(year) ? year : undefined);
      if (parsed.ok) deadline = parsed.day;
      else problems.push(parsed.reason);
    }
    if (problems.length) {
      rejected.push({ row: r, reason: problems.join('；') });
      continue;
    }

    const leadUnitId = lead.units[0]?.id;
    const wanted: AssignmentChange = {
      cooperatingUnitIds: cooperating.units.map((u) => u.id).filter((id) => id !== leadUnitId),
    };
    if (leadUnitId !== undefined) wanted.leadUnitId = leadUnitId;
    const leader = columns.has('责任领导') ? leaderText || undefined : exported?.leader;
    if (leader !== undefined) wanted.leader = leader;
    // The cell shows the assignment's deadline, else the commitment's: showing the same day changes nothing.
    const shown = exported?.deadline ?? commitment.deadline;
    const due = deadline !== undefined && deadline === shown ? exported?.deadline : deadline;
    if (due !== undefined) wanted.deadline = due;
    const assignmentChanged = differs(wanted, exported) && (current === undefined || differs(wanted, now));
    const textChanged = taskText !== '' && !sameText(taskText, commitment.text);
    if (!assignmentChanged && !textChanged) continue;

    const change: TaskChange = { commitmentId: commitment.id, row: r };
    if (entry?.version !== undefined) change.version = entry.version;
    const assignmentVersion = entry ? entry.assignment?.version : now?.version;
    if (assignmentVersion !== undefined) change.assignmentVersion = assignmentVersion;
    if (assignmentChanged) change.assignment = wanted;
    if (textChanged) change.correction = { text: taskText };
    changes.push(change);
  }
  return { ok: true, changes, rejected };
}
