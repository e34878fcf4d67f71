/** Cells of a sheet people edited, read whatever Excel or WPS stored them as: shared by the readers of the sheets. */
import type ExcelJS from 'exceljs';
import { dayOfDate as dayOfCell } from '../calendar/index.js';

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

/** A link cell's target (Excel turns a typed URL into a hyperlink whose text may differ), else its text. */
export function linkOf(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && 'hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink.trim();
  return text(content(value));
}

/** A header cell's name: without spaces, width differences or a note in brackets (本期数值（万元） is 本期数值). */
export const headerName = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').replace(/[(（].*?[)）]/g, '');
