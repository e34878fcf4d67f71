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
  FONT,
  HEADER_ROW,
  KEY_COLUMN,
  KEY_HEADER,
  META_COLUMNS,
  META_FORMAT,
  META_MARK,
  META_SHEET_NAME,
  SHEET_NAME,
  THIN,
  TITLE_ROW,
  WIDTHS,
} from './sheet-layout.js';


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
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = [
    ...WIDTHS.map((width) => ({ width })),
    { width: 12, hidden: true },
  ];

  const last = COLUMNS.length;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  const title = ws.getCell(TITLE_ROW, 1);
  title.value = options.title;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(TITLE_ROW).height = 36;

  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((name, i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  header.getCell(KEY_COLUMN).value = KEY_HEADER;
  header.height = 24;

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

  const lastRow = Math.max(HEADER_ROW, FIRST_DATA_ROW + rows.length - 1);
  // exceljs puts a $ before each part: A$1:I$8 becomes the absolute $A$1:$I$8 Excel expects of a print area.
  ws.pageSetup.printArea = `A$${TITLE_ROW}:${String.fromCharCode(64 + last)}$${lastRow}`;
  ws.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;

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
