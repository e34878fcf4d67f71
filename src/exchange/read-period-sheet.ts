/**
 * A unit's 进展报送表 read back after it was filled in Excel or WPS (period-sheet.ts), in two steps: parsePeriodSheet
 * reads the file (not ours, or no header: { ok: false } and nothing else), checkPeriodRows judges every row against
 * the ledger and says, for each rejected one, its row number and why in Chinese. Rows with nothing filled in are
 * skipped; several problems of one row are all named. Nothing here writes: the caller writes the accepted reports
 * only when no row is rejected, in one transaction.
 */
import ExcelJS from 'exceljs';
import { chineseDate, dayOfDate as dayOfCell, readTypedDay } from '../calendar/index.js';
import type { Assignment, Commitment, WorkState } from '../ledger/model.js';
import type { ReportingPeriod } from '../loop/index.js';
import { WORK_STATE_LABELS } from '../loop/tables/status-words.js';
import { content, excelDay, headerName, linkOf, plain, text, wholeNumber } from './cells.js';
import { rowCheck, STATE_WORDS } from './period-sheet.js';
import { META_SHEET_NAME, PERIOD_CHECK_HEADER, PERIOD_FILLED, PERIOD_ID_HEADER, PERIOD_META_MARK, PERIOD_SHEET_NAME } from './sheet-layout.js';
import type { RejectedRow } from './types.js';

/** What the hidden sheet recorded: whose sheet, the day its periods were counted from, the period asked for. */
export interface PeriodSheetMeta {
  unitId: number;
  asOf: string;
  period?: string;
}

type Filled = (typeof PERIOD_FILLED)[number];

export interface PeriodSheetLine {
  /** The row number Excel shows. */
  row: number;
  id?: number;
  check: string;
  cells: Record<Filled, ExcelJS.CellValue>;
}

export type ParsedPeriodSheet = { ok: true; meta: PeriodSheetMeta; lines: PeriodSheetLine[] } | { ok: false; reason: string };

/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 10;
/** A note as long as the one-item form takes (server BOUNDS.note). */
export const NOTE_LIMIT = 20_000;
/** A link as long as the one-item form takes (server BOUNDS.url). */
export const LINK_LIMIT = 2000;

function readMeta(wb: ExcelJS.Workbook): PeriodSheetMeta | undefined {
  const ws = wb.getWorksheet(META_SHEET_NAME);
  if (!ws || text(content(ws.getCell(1, 1).value)) !== PERIOD_META_MARK) return undefined;
  const unitId = wholeNumber(content(ws.getCell(1, 3).value));
  const asOf = text(content(ws.getCell(1, 4).value));
  const period = text(content(ws.getCell(1, 5).value));
  if (unitId === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return undefined;
  return { unitId, asOf, ...(period ? { period } : {}) };
}

export async function parsePeriodSheet(bytes: Uint8Array): Promise<ParsedPeriodSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: '文件不是有效的 Excel（.xlsx）文件' };
  }
  const meta = readMeta(wb);
  if (!meta) return { ok: false, reason: '不是本系统导出的进展报送表（缺少隐藏的报表信息），请先下载本期报送表再填写' };
  const sheets = wb.worksheets.filter((ws) => ws.name !== META_SHEET_NAME);
  sheets.sort((a, b) => Number(b.name === PERIOD_SHEET_NAME) - Number(a.name === PERIOD_SHEET_NAME));
  for (const ws of sheets) {
    for (let r = 1; r <= Math.min(ws.rowCount, HEADER_SEARCH_ROWS); r++) {
      const columns = new Map<string, number>();
      ws.getRow(r).eachCell((cell, col) => {
        const name = headerName(text(content(cell.value)));
        if (!columns.has(name)) columns.set(name, col);
      });
      if (![...PERIOD_FILLED, PERIOD_ID_HEADER, PERIOD_CHECK_HEADER].every((name) => columns.has(name))) continue;
      const lines: PeriodSheetLine[] = [];
      for (let n = r + 1; n <= ws.rowCount; n++) {
        const row = ws.getRow(n);
        const at = (name: string) => row.getCell(columns.get(name)!).value;
        const cells = Object.fromEntries(PERIOD_FILLED.map((name) => [name, at(name)])) as Record<Filled, ExcelJS.CellValue>;
        const id = wholeNumber(content(at(PERIOD_ID_HEADER)));
        lines.push({ row: n, ...(id !== undefined ? { id } : {}), check: text(content(at(PERIOD_CHECK_HEADER))), cells });
      }
      return { ok: true, meta, lines };
    }
  }
  return { ok: false, reason: `找不到进展报送表的表头（应有${PERIOD_FILLED.join('、')}各列和隐藏的编号列）` };
}

export interface PeriodCheckContext {
  unitId: number;
  /** Every commitment and assignment the rows may name (to tell an unknown item from another unit's). */
  commitments: ReadonlyMap<number, Commitment>;
  assignments: ReadonlyMap<number, Assignment>;
  /** The period each item this unit reports on is reported for, by commitment id; absent: not followed. */
  periods: ReadonlyMap<number, ReportingPeriod>;
  /** The day of the upload: a report for no later day, and the day of a row whose 报送日期 is blank (within its period). */
  today: string;
}

/** One accepted row: a progress report to write. */
export interface PeriodReport {
  row: number;
  commitmentId: number;
  reportedOn: string;
  value?: number;
  state?: WorkState;
  note: string;
  link?: string;
}

export interface PeriodCheck {
  reports: PeriodReport[];
  rejected: RejectedRow[];
  /** Rows with nothing filled in. */
  skipped: number;
}

const STATE_OF = new Map<string, WorkState>(Object.entries(WORK_STATE_LABELS).flatMap(([code, word]) => [[word, code as WorkState], [code, code as WorkState]]));
const quoted = (s: string) => `“${s.length > 20 ? s.slice(0, 20) + '…' : s}”`;

/** A figure as typed: 1200, 1,200, １２００, or with the item's own unit after it (1200个, 35%). */
function numberOf(value: ExcelJS.CellValue, unit: string | undefined): number | string {
  const c = content(value);
  if (typeof c === 'number') return Number.isFinite(c) ? c : String(c);
  const raw = text(c);
  let s = raw.normalize('NFKC').replace(/[,\s]/g, '');
  if (unit && s.endsWith(unit.normalize('NFKC'))) s = s.slice(0, -unit.normalize('NFKC').length);
  return /^[-+]?\d+(?:\.\d+)?$/.test(s) ? Number(s) : raw;
}

function dayOf(value: ExcelJS.CellValue, year: number): { day?: string; problem?: string } {
  const c = content(value);
  if (c instanceof Date) return dayOfCell(c) ? { day: dayOfCell(c)! } : { problem: '报送日期无效' };
  const serial = typeof c === 'number' && Number.isInteger(c) ? excelDay(c) : undefined;
  if (serial) return { day: serial };
  const typed = readTypedDay(text(c), year);
  return typed.ok ? { day: typed.day } : { problem: `报送日期无法识别：${quoted(text(c))}` };
}

/** A blank 报送日期: the day of the upload, or the period's last day when the upload is late. */
const clamp = (day: string, p: ReportingPeriod) => (day > p.window.end ? p.window.end : day);
const windowWords = (p: ReportingPeriod) => (p.window.start <= '0001-01-01' ? `${chineseDate(p.due)}前` : `${chineseDate(p.window.start)}至${chineseDate(p.window.end)}`);

function isLink(s: string): boolean {
  if (s.length > LINK_LIMIT) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Every row judged: the reports to write and the rows rejected, each with its number and reasons. */
export function checkPeriodRows(lines: readonly PeriodSheetLine[], ctx: PeriodCheckContext): PeriodCheck {
  const out: PeriodCheck = { reports: [], rejected: [], skipped: 0 };
  const seen = new Map<number, number>();
  const year = Number(ctx.today.slice(0, 4));
  for (const line of lines) {
    const { cells } = line;
    const rawValue = text(content(cells['本期数值']));
    const rawState = text(content(cells['本期状态']));
    const note = text(content(cells['进展说明']));
    const link = linkOf(cells['佐证链接']);
    if (!rawValue && !rawState && !note && !link) {
      out.skipped++;
      continue;
    }
    const problems: string[] = [];
    const reject = () => out.rejected.push({ row: line.row, reason: problems.join('；') });
    const id = line.id;
    if (id === undefined) {
      problems.push('缺少隐藏的事项编号（不是下载的报送表中的行，或隐藏列被删除）');
      reject();
      continue;
    }
    if (line.check !== rowCheck(id, ctx.unitId)) {
      problems.push('隐藏列被改动（事项编号与校验码不符），请重新下载报送表填写');
      reject();
      continue;
    }
    const commitment = ctx.commitments.get(id);
    const assignment = ctx.assignments.get(id);
    if (!commitment) problems.push(`未知事项（编号${id}）`);
    else if (!assignment || (assignment.leadUnitId !== ctx.unitId && !assignment.cooperatingUnitIds.includes(ctx.unitId))) problems.push('该事项不是本单位承担的事项');
    const period = ctx.periods.get(id);
    if (commitment && problems.length === 0 && !period) problems.push('该事项不在本期报送范围内（不纳入督办，或分工尚未确认）');
    const first = seen.get(id);
    if (first !== undefined) problems.push(`与第${first}行是同一事项，每个事项只填一行`);
    else seen.set(id, line.row);

    const value = rawValue ? numberOf(cells['本期数值'], commitment?.unit) : undefined;
    if (typeof value === 'string') problems.push(`本期数值不是数字：${quoted(value)}`);
    const state = rawState ? STATE_OF.get(plain(rawState)) : undefined;
    if (rawState && !state) problems.push(`本期状态无法识别：${quoted(rawState)}（应为${STATE_WORDS.join('、')}之一）`);
    if (note.length > NOTE_LIMIT) problems.push(`进展说明过长（超过${NOTE_LIMIT}字）`);
    if (link && !isLink(link)) problems.push(`佐证链接不是有效网址：${quoted(link)}（应以 http:// 或 https:// 开头）`);
    let reportedOn: string | undefined;
    if (text(content(cells['报送日期']))) {
      const d = dayOf(cells['报送日期'], year);
      if (d.problem) problems.push(d.problem);
      else if (d.day! > ctx.today) problems.push(`报送日期${chineseDate(d.day!)}晚于今天`);
      else if (period && (d.day! < period.window.start || d.day! > period.window.end)) problems.push(`报送日期${chineseDate(d.day!)}不在本期报送时段（${windowWords(period)}）内`);
      else reportedOn = d.day;
    } else if (period && ctx.today < period.window.start) problems.push(`本期报送时段自${chineseDate(period.window.start)}开始，尚未到`);
    else if (period) reportedOn = clamp(ctx.today, period);

    if (problems.length) {
      reject();
      continue;
    }
    out.reports.push({
      row: line.row,
      commitmentId: id,
      reportedOn: reportedOn!,
      ...(typeof value === 'number' ? { value } : {}),
      ...(state ? { state } : {}),
      note,
      ...(link ? { link } : {}),
    });
  }
  return out;
}
