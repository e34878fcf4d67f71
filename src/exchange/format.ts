/** The words and figures of the 任务分解表: its columns, status labels, targets as stated, dates as written. */
import type { Commitment, ProgressReport } from '../ledger/model.js';
import { STATUS_LABELS, WORK_STATE_LABELS } from '../loop/tables/status-words.js';
import type { Status } from '../loop/index.js';

/** The columns of the sheet, in order. */
export const COLUMNS = ['序号', '任务内容', '具体目标', '完成时限', '牵头单位', '责任单位', '责任领导', '进展', '状态'] as const;
export type Column = (typeof COLUMNS)[number];

/** The status engine's codes in the words the whole application uses. An unknown code is shown as it is. */
export const statusLabel = (code: string): string => (Object.hasOwn(STATUS_LABELS, code) ? STATUS_LABELS[code as Status] : code);

/** A figure with at most 4 decimals, trailing zeros dropped: 8.50 → 8.5, 1500 → 1500. */
export function figure(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = n.toFixed(4);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** The target as a readable statement: ≥1500个, ≤4.5%, 6.5%左右, 8%—8.5%, 300亩; '' when there is no figure. */
export function goalText(c: Pick<Commitment, 'low' | 'high' | 'unit' | 'op'>): string {
  const unit = c.unit ?? '';
  if (c.low !== undefined && c.high !== undefined && c.low !== c.high) {
    return `${figure(c.low)}${unit}—${figure(c.high)}${unit}`;
  }
  const v = c.low ?? c.high;
  if (v === undefined) return '';
  const value = `${figure(v)}${unit}`;
  switch (c.op) {
    case 'at_least':
      return `≥${value}`;
    case 'at_most':
      return `≤${value}`;
    case 'about':
      return `${value}左右`;
    default:
      return value;
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2024-12-31 → 2024年12月31日; anything that is not an ISO day is shown as it is. */
export function chineseDate(day: string | undefined): string {
  if (!day) return '';
  const m = ISO_DAY.exec(day);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : day;
}

/** The latest progress as one line: 2024年6月30日：已完成800个；主体工程完工. */
export function progressText(p: ProgressReport | undefined, unit = ''): string {
  if (!p) return '';
  const parts: string[] = [];
  if (p.value !== undefined) parts.push(`已完成${figure(p.value)}${unit}`);
  if (p.state !== undefined) parts.push(WORK_STATE_LABELS[p.state] ?? p.state);
  const note = p.note.trim();
  if (note) parts.push(note);
  return `${chineseDate(p.reportedOn)}：${parts.join('；')}`;
}
