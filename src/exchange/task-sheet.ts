/**
 * The 任务分解表 as an .xlsx ready to print: a title row, a frozen header repeated on every printed page, A4
 * landscape fitted to the page width, fixed column widths, wrapped text and borders. Each row also carries its
 * commitment id in a hidden column, and a very hidden sheet maps 序号 to commitment id, key and version (and the
 * assignment as exported), so an edited sheet can be matched back even after rows were moved.
 */
import ExcelJS from 'exceljs';
import type { TaskRow, TaskSheetOptions } from './types.js';
import { COLUMNS, chineseDate, goalText, progressText, statusLabel } from './format.js';
import { deadlineOf } from '../loop/status.js';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  KEY_COLUMN,
  KEY_HEADER,
  META_COLUMNS,
  META_FORMAT,
  META_MARK,
  META_SHEET_NAME,
  SHEET_NAME,
  TITLE_ROW,
  WIDTHS,
} from './sheet-layout.js';
import { FONT, PRINTED, THIN, headerRow, printArea, titleRow } from './sheet-style.js';

/** Status cells coloured as a 督查室 colours them: green, amber, red, grey. */
const STATUS_FILL: Readonly<Record<string, string>> = {
  on_track: 'FFC6EFCE',
  done: 'FFC6EFCE',
  pending_closure: 'FFC6EFCE',
  at_risk: 'FFFFEB9C',
  behind: 'FFFFC7CE',
  overdue: 'FFFFC7CE',
  missed: 'FFFFC7CE',
  no_data: 'FFD9D9D9',
};

/** The values of a row, in COLUMNS order. */
export function taskCells(row: TaskRow, seq: number): string[] {
  const c = row.commitment;
  return [
    String(seq),
    c.text,
    goalText(c),
    chineseDate(deadlineOf(c, row.assignment)),
    row.leadUnit?.name ?? '',
    row.units.map((u) => u.name).join('、'),
    row.assignment?.leader ?? '',
    progressText(row.latestProgress, c.unit),
    row.status ? statusLabel(row.status.status) : '',
  ];
}

export async function taskSheet(rows: readonly TaskRow[], options: TaskSheetOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'luoshi';
  const ws = wb.addWorksheet(SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    ...PRINTED,
  });
  ws.columns = [
    ...WIDTHS.map((width) => ({ width })),
    { width: 12, hidden: true },
  ];

  const last = COLUMNS.length;
  titleRow(ws, TITLE_ROW, last, options.title);
  headerRow(ws, HEADER_ROW, COLUMNS);
  const header = ws.getRow(HEADER_ROW);
  header.getCell(KEY_COLUMN).value = KEY_HEADER;

  rows.forEach((row, i) => {
    const r = ws.getRow(FIRST_DATA_ROW + i);
    taskCells(row, i + 1).forEach((value, j) => {
      const cell = r.getCell(j + 1);
      cell.value = j === 0 ? i + 1 : value;
      cell.font = { name: FONT, size: 10.5 };
      cell.border = THIN;
      // Long texts read from the left; short codes (序号, 时限, 状态) are centred.
      const centred = j === 0 || j === 3 || j === 6 || j === 8;
      cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true };
    });
    const status = row.status;
    if (status) {
      const cell = r.getCell(last);
      const fill = STATUS_FILL[status.status];
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      if (status.reason) cell.note = status.reason;
    }
    r.getCell(KEY_COLUMN).value = row.commitment.id;
  });

  printArea(ws, { title: TITLE_ROW, header: HEADER_ROW, last: FIRST_DATA_ROW + rows.length - 1 }, last);

  const meta = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  meta.addRow([META_MARK, META_FORMAT, options.year ?? null]);
  meta.addRow([...META_COLUMNS]);
  rows.forEach((row, i) => {
    const a = row.assignment;
    meta.addRow([
      i + 1,
      row.commitment.id,
      row.commitment.key,
      row.commitment.version,
      a?.version ?? null,
      a?.leadUnitId ?? null,
      a ? a.cooperatingUnitIds.join(',') : null,
      a?.leader ?? null,
      a?.deadline ?? null,
    ]);
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}
