/** Cells of a sheet people edited, read whatever Excel or WPS stored them as: shared by the readers of the sheets. */
import type ExcelJS from 'exceljs';
import { dayOfDate as dayOfCell, fromDayNumber } from '../calendar/index.js';

export type CellContent = string | number | Date | undefined;

/** A cell's value as text, number or date, whatever Excel stored it as (rich text, formula, hyperlink …). */
export function content(value: ExcelJS.CellValue): CellContent {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return content((value as { result?: ExcelJS.CellValue }).result);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return undefined;
  }
  return undefined;
}

export function text(value: CellContent): string {
  if (value === undefined) return '';
  if (value instanceof Date) return dayOfCell(value) ?? '';
  return String(value).trim();
}

/** A cell's whole number, stored as a number or typed as digits (an id, a 序号); undefined for anything else. */
export const wholeNumber = (v: CellContent): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
};

/** Excel's day number of 1970-01-01, day 0 of the calendar's day numbers (Excel's 1 is 1900-01-01). */
const EXCEL_EPOCH = 25_569;
/** Excel's day numbers of 2000-01-01 … 2099-12-31, the years a report is made in: no other number in a date column is a day. */
const EXCEL_DAYS = { from: 36_526, to: 73_050 };

/** The day a date cell that lost its date format stands for (a time of day rounds to the nearest day), or undefined. */
export const excelDay = (serial: number): string | undefined =>
  serial >= EXCEL_DAYS.from && serial <= EXCEL_DAYS.to ? fromDayNumber(Math.round(serial) - EXCEL_EPOCH) : undefined;

/** A link cell's target (Excel turns a typed URL into a hyperlink whose text may differ), else its text. */
export function linkOf(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink.trim();
  return text(content(value));
}

/** A cell's words compared as typed in any width and spacing: 已 完成 and 已完成 are one. */
export const plain = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** A header cell's name: without spaces, width differences or a note in brackets (本期数值（万元） is 本期数值). */
export const headerName = (s: string): string => plain(s).replace(/[(（].*?[)）]/g, '');
