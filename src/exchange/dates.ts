/**
 * 完成时限 as people type it back into a sheet (the forms are the calendar's `readTypedDay`: 2024年12月31日,
 * 2024-12-31, 2024/12/31, 2024.12.31, 2024年6月(底), 6月底, 年底 …), or an Excel date cell. Refusals say why, in
 * Chinese, quoting the text.
 */
import { dayOfDate as dayOfCell, readTypedDay } from '../calendar/index.js';

export type ParsedDay = { ok: true; day: string } | { ok: false; reason: string };

/** An Excel date cell (exceljs gives a Date at UTC midnight; a time of day is rounded to the nearest day). */
export function dayOfDate(d: Date): ParsedDay {
  const day = dayOfCell(d);
  if (!day) return { ok: false, reason: '日期无效' };
  // A small number in a date-formatted cell reads as a day of 1900: no deadline is that.
  const y = Number(day.slice(0, 4));
  return y < 2000 || y > 2099 ? { ok: false, reason: `完成时限不是有效日期：${day}` } : { ok: true, day };
}

/** A deadline typed as text. `year` says what 年底 and 6月底 mean; without it they are refused. */
export function parseDeadline(text: string, year: number | undefined): ParsedDay {
  const typed = readTypedDay(text, year);
  if (typed.ok) return typed;
  const quoted = `“${text.trim()}”`;
  switch (typed.problem) {
    case 'no-such-day':
      return { ok: false, reason: `完成时限不是有效日期：${quoted}` };
    case 'needs-year':
      return { ok: false, reason: `完成时限${quoted}未写年份，且无法确定任务所属年份` };
    case 'unreadable':
      return { ok: false, reason: `完成时限无法识别：${quoted}` };
  }
}
