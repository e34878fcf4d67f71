/**
 * A unit's 进展报送表 for one period as an .xlsx: its items (text, target, deadline, the day this period's report is
 * due, the last report's day, value and state) and blank columns to fill in Excel or WPS — this period's value,
 * state (a drop-down of the four states), note, evidence link and the day reported for. Each row carries its
 * commitment id and a check of it in hidden columns (rowCheck), so sorted rows still match and an edited id is
 * caught; a very hidden sheet records the unit, the day the periods were counted from and the period asked for.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Assignment, Commitment, ProgressReport, Unit } from '../ledger/model.js';
import type { ReportingPeriod } from '../loop/index.js';
import { deadlineOf } from '../loop/status.js';
import { WORK_STATE_LABELS } from '../loop/tables/status-words.js';
import { chineseDate, goalText } from './format.js';
import { formatValue } from '../loop/format.js';
import {
  PERIOD_CHECK_HEADER,
  PERIOD_COLUMNS,
  PERIOD_FILLED,
  PERIOD_ID_HEADER,
  PERIOD_META_FORMAT,
  PERIOD_META_MARK,
  PERIOD_SHEET_NAME,
  PERIOD_WIDTHS,
  META_SHEET_NAME,
  type PeriodColumn,
} from './sheet-layout.js';
import { FONT, PRINTED, THIN, headerRow, printArea, titleRow } from './sheet-style.js';

/** One item of the unit's sheet: the report it owes for the period, and its last report. */
export interface PeriodRow {
  commitment: Commitment;
  assignment: Assignment;
  period: ReportingPeriod;
  latest?: ProgressReport;
}

export interface PeriodSheetOptions {
  unit: Unit;
  /** The day the periods were counted from (the period owed on it, or the one asked for). */
  asOf: string;
  /** The period asked for (YYYY-MM: the reports about that month, or its quarter), if one was. */
  period?: string;
  title: string;
}

export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/**
 * A row's check: its commitment id bound to the unit it was given to. Not a signature (the sheet is the unit's own
 * and every row is checked against the ledger again): it tells a hidden id changed by hand, or a row copied from
 * another unit's sheet, from a row as it was given.
 */
export const rowCheck = (commitmentId: number, unitId: number): string =>
  createHash('sha256').update(`luoshi-period-row|${commitmentId}|${unitId}`).digest('hex').slice(0, 12);

/** The states a unit picks from, in the words of the whole application. */
export const STATE_WORDS = Object.values(WORK_STATE_LABELS);

function givenCells(row: PeriodRow, seq: number): Record<(typeof PERIOD_COLUMNS)[number], string | number> {
  const c = row.commitment;
  const last = row.latest;
  return {
    序号: seq,
    工作事项: c.text,
    具体目标: goalText(c),
    完成时限: chineseDate(deadlineOf(c, row.assignment)),
    报送期限: chineseDate(row.period.due),
    上次报送日期: last ? chineseDate(last.reportedOn) : '',
    上次数值: last?.value !== undefined ? formatValue(last.value, c.unit ?? '') : '',
    上次状态: last?.state !== undefined ? WORK_STATE_LABELS[last.state] : '',
    本期数值: '',
    本期状态: '',
    进展说明: '',
    佐证链接: '',
    报送日期: '',
  };
}

const column = (name: PeriodColumn) => PERIOD_COLUMNS.indexOf(name) + 1;
/** The header of a column the unit fills in: yellow, as forms mark what to fill. */
const FILL_IN: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

export async function periodSheet(rows: readonly PeriodRow[], options: PeriodSheetOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'luoshi';
  const ws = wb.addWorksheet(PERIOD_SHEET_NAME, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }], ...PRINTED });
  const last = PERIOD_COLUMNS.length;
  ws.columns = [...PERIOD_COLUMNS.map((name) => ({ width: PERIOD_WIDTHS[name] })), { width: 10, hidden: true }, { width: 14, hidden: true }];

  titleRow(ws, TITLE_ROW, last, options.title);
  ws.mergeCells(NOTE_ROW, 1, NOTE_ROW, last);
  const note = ws.getCell(NOTE_ROW, 1);
  note.value = `填报单位：${options.unit.name}　　请填写黄色各列（本期状态从下拉列表选择；报送日期不填即为上传当日），不要改动其他列和隐藏列，可以排序。`;
  note.font = { name: FONT, size: 10.5 };
  note.alignment = { vertical: 'middle', wrapText: true };
  ws.getRow(NOTE_ROW).height = 30;

  headerRow(ws, HEADER_ROW, PERIOD_COLUMNS);
  const header = ws.getRow(HEADER_ROW);
  // the columns the unit fills stand out in yellow
  for (const name of PERIOD_FILLED) header.getCell(column(name)).fill = FILL_IN;
  header.getCell(last + 1).value = PERIOD_ID_HEADER;
  header.getCell(last + 2).value = PERIOD_CHECK_HEADER;

  const states = `"${STATE_WORDS.join(',')}"`;
  rows.forEach((row, i) => {
    const r = ws.getRow(FIRST_DATA_ROW + i);
    const cells = givenCells(row, i + 1);
    PERIOD_COLUMNS.forEach((name, j) => {
      const cell = r.getCell(j + 1);
      cell.value = cells[name];
      cell.font = { name: FONT, size: 10.5 };
      cell.border = THIN;
      cell.alignment = { horizontal: name === '工作事项' || name === '进展说明' ? 'left' : 'center', vertical: 'middle', wrapText: true };
    });
    r.getCell(column('本期状态')).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [states],
      showErrorMessage: true,
      errorTitle: '本期状态',
      error: `请从下拉列表选择：${STATE_WORDS.join('、')}`,
    };
    r.getCell(column('本期数值')).dataValidation = {
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [-1e15],
      showErrorMessage: true,
      errorTitle: '本期数值',
      error: '请填写数字（不带单位）',
    };
    r.getCell(column('报送日期')).numFmt = 'yyyy"年"m"月"d"日"';
    r.getCell(last + 1).value = row.commitment.id;
    r.getCell(last + 2).value = rowCheck(row.commitment.id, options.unit.id);
  });
  const lastRow = Math.max(HEADER_ROW, FIRST_DATA_ROW + rows.length - 1);
  printArea(ws, { title: TITLE_ROW, header: HEADER_ROW, last: lastRow }, last);

  const meta = wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  meta.addRow([PERIOD_META_MARK, PERIOD_META_FORMAT, options.unit.id, options.asOf, options.period ?? null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
