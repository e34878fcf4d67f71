/** The words and figures of the 任务分解表: its columns, status labels, targets as stated, dates as written. */
import type { Commitment, ProgressReport } from '../ledger/model.js';
import { STATUS_LABELS, WORK_STATE_LABELS } from '../loop/tables/status-words.js';
import type { Status } from '../loop/index.js';
import { chineseDate } from '../calendar/index.js';
import { describeGoal, formatValue } from '../loop/format.js';

export { chineseDate };

/** The columns of the sheet, in order. */
export const COLUMNS = ['序号', '任务内容', '具体目标', '完成时限', '牵头单位', '责任单位', '责任领导', '进展', '状态'] as const;
export type Column = (typeof COLUMNS)[number];

/** The status engine's codes in the words the whole application uses. An unknown code is shown as it is. */
export const statusLabel = (code: string): string => (Object.hasOwn(STATUS_LABELS, code) ? STATUS_LABELS[code as Status] : code);

/** The target as the report states it (1200万人左右, 1.3万亿斤以上, 8%-8.5%): the loop's one formatter; '' without a figure. */
export const goalText = (c: Pick<Commitment, 'low' | 'high' | 'unit' | 'op'>): string => (c.low ?? c.high) === undefined ? '' : describeGoal(c);

/** The latest progress as one line: 2024年6月30日：已完成800个；主体工程完工. */
export function progressText(p: ProgressReport | undefined, unit = ''): string {
  if (!p) return '';
  const parts: string[] = [];
  if (p.value !== undefined) parts.push(`已完成${formatValue(p.value, unit)}`);
  if (p.state !== undefined) parts.push(WORK_STATE_LABELS[p.state] ?? p.state);
  const note = p.note.trim();
  if (note) parts.push(note);
  return `${chineseDate(p.reportedOn)}：${parts.join('；')}`;
}
