/** How luoshi's printed sheets look (the 任务分解表, the 目标任务完成情况表): their font, borders and A4 landscape page. */
import type ExcelJS from 'exceljs';

export const FONT = '宋体';

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A4 landscape, fitted to the page width, centred, page numbers in the footer. */
export const PRINTED: Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> = {
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
};

/** The header row's fill. */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** A title row merged across `columns`, in large bold type. */
export function titleRow(ws: ExcelJS.Worksheet, row: number, columns: number, title: string): void {
  ws.mergeCells(row, 1, row, columns);
  const cell = ws.getCell(row, 1);
  cell.value = title;
  cell.font = { name: FONT, size: 16, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(row).height = 36;
}

/** A header row: bold, centred, bordered and filled. */
export function headerRow(ws: ExcelJS.Worksheet, row: number, names: readonly string[]): void {
  const header = ws.getRow(row);
  names.forEach((name, i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = HEADER_FILL;
  });
  header.height = 24;
}

/** What prints: from the title to the last row and column, with the header repeated on every page. */
export function printArea(ws: ExcelJS.Worksheet, rows: { title: number; header: number; last: number }, columns: number): void {
  // exceljs puts a $ before each part: A$1:I$8 becomes the absolute $A$1:$I$8 Excel expects of a print area.
  ws.pageSetup.printArea = `A$${rows.title}:${String.fromCharCode(64 + columns)}$${Math.max(rows.header, rows.last)}`;
  ws.pageSetup.printTitlesRow = `${rows.header}:${rows.header}`;
}
