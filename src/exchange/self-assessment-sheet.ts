/**
 * The 目标任务完成情况表 as an .xlsx ready to print, laid out as the 任务分解表 is (sheet-style.ts): a title, a frozen
 * header repeated on every printed page, A4 landscape, fixed widths, borders. The share is written as a number formatted
 * as a percentage, so an office can sort and sum it; the 完成程度 column says it in words.
 */
import ExcelJS from 'exceljs';
import { ASSESSMENT_COLUMNS, type AssessmentRow } from '../loop/index.js';
import { FONT, PRINTED, THIN, headerRow, printArea, titleRow } from './sheet-style.js';

export const ASSESSMENT_SHEET_NAME = '目标任务完成情况';
const [TITLE_ROW, HEADER_ROW, FIRST_DATA_ROW] = [1, 2, 3];
/** Column widths in characters, as they print on A4 landscape; the last, hidden, is the share as a number. */
const WIDTHS = [6, 44, 14, 16, 14, 22, 30, 10] as const;
export const SHARE_HEADER = '完成比例';

/** Verdict cells coloured as the 任务分解表 colours a status: green met, amber not yet, red missed, grey nothing to say. */
const VERDICT_FILL: Readonly<Record<string, string>> = { achieved: 'FFC6EFCE', missed: 'FFFFC7CE', in_progress: 'FFFFEB9C', not_mentioned: 'FFD9D9D9', no_result: 'FFD9D9D9' };

/** The cells of a row, in ASSESSMENT_COLUMNS order. */
export const assessmentCells = (r: AssessmentRow): (string | number)[] => [r.seq, r.text, r.goal, r.leadUnit, r.result, r.sourceLabel, r.shareText, r.verdictLabel];

export async function selfAssessmentSheet(rows: readonly AssessmentRow[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'luoshi';
  const ws = wb.addWorksheet(ASSESSMENT_SHEET_NAME, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }], ...PRINTED });
  ws.columns = [...WIDTHS.map((width) => ({ width })), { width: 10, hidden: true }];
  const columns = ASSESSMENT_COLUMNS.length;
  titleRow(ws, TITLE_ROW, columns, title);
  headerRow(ws, HEADER_ROW, ASSESSMENT_COLUMNS);
  ws.getRow(HEADER_ROW).getCell(columns + 1).value = SHARE_HEADER;

  rows.forEach((row, i) => {
    const r = ws.getRow(FIRST_DATA_ROW + i);
    assessmentCells(row).forEach((value, j) => {
      const cell = r.getCell(j + 1);
      cell.value = value;
      cell.font = { name: FONT, size: 10.5 };
      cell.border = THIN;
      // the target and its source read from the left; figures and short words are centred
      const left = j === 1 || j === 3 || j === 5 || j === 6;
      cell.alignment = { horizontal: left ? 'left' : 'center', vertical: 'middle', wrapText: true };
    });
    const fill = VERDICT_FILL[row.verdict];
    if (fill) r.getCell(columns).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    if (row.share !== undefined) {
      const share = r.getCell(columns + 1);
      share.value = row.share;
      share.numFmt = '0.0%';
    }
  });
  printArea(ws, { title: TITLE_ROW, header: HEADER_ROW, last: FIRST_DATA_ROW + rows.length - 1 }, columns);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
