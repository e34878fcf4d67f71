/**
 * 完成时限 as people type it back into a sheet: 2024年12月31日, 2024-12-31, 2024/12/31, 2024.12.31, an Excel date
 * cell, 2024年6月(底), 6月底, 年底 / 2024年底. A trailing 前 / 之前 is allowed. Days are ISO (YYYY-MM-DD), in UTC.
 */

export type ParsedDay = { ok: true; day: string } | { ok: false; reason: string };

const pad = (n: number): string => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): ParsedDay {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return { ok: false, reason: `完成时限不是有效日期：${y}年${m}月${d}日` };
  }
  return { ok: true, day: `${y}-${pad(m)}-${pad(d)}` };
}

const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function endOfMonth(y: number, m: number): ParsedDay {
  if (m < 1 || m > 12) return { ok: false, reason: `完成时限不是有效日期：${y}年${m}月` };
  return day(y, m, lastDay(y, m));
}

/** An Excel date cell (exceljs gives a Date at UTC midnight; a time of day is rounded to the nearest day). */
export function dayOfDate(d: Date): ParsedDay {
  if (Number.isNaN(d.getTime())) return { ok: false, reason: '日期无效' };
  const rounded = new Date(Math.round(d.getTime() / 86_400_000) * 86_400_000);
  // A small number in a date-formatted cell reads as a day of 1900: no deadline is that.
  const y = rounded.getUTCFullYear();
  const iso = rounded.toISOString().slice(0, 10);
  if (y < 2000 || y > 2099) return { ok: false, reason: `完成时限不是有效日期：${iso}` };
  return day(y, rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

/**
 * A deadline typed as text. `year` says what 年底 and 6月底 mean; without it they are refused.
 * The reason, when refused, is Chinese and quotes the text.
 */
export function parseDeadline(text: string, year: number | undefined): ParsedDay {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/(?:之前|以前|前)$/, '');
  const refused: ParsedDay = { ok: false, reason: `完成时限无法识别：“${text.trim()}”` };
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s) ?? /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    const parsed = day(Number(y), Number(mo), Number(d));
    return parsed.ok ? parsed : { ok: false, reason: `完成时限不是有效日期：“${text.trim()}”` };
  }
  if ((m = /^(\d{4})年(\d{1,2})月(?:底|末|份)?$/.exec(s))) return endOfMonth(Number(m[1]), Number(m[2]));
  const needYear: ParsedDay = { ok: false, reason: `完成时限“${text.trim()}”未写年份，且无法确定任务所属年份` };
  if ((m = /^(\d{1,2})月(?:底|末)$/.exec(s))) return year === undefined ? needYear : endOfMonth(year, Number(m[1]));
  if ((m = /^(?:(\d{4})年)?年?(?:底|末)$/.exec(s))) {
    const y = m[1] !== undefined ? Number(m[1]) : year;
    return y === undefined ? needYear : day(y, 12, 31);
  }
  return refused;
}
