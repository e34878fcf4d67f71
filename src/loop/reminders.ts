/**
 * 督责 reminders: what each responsible unit is told, as in-app records, and exported as CSV (for Excel) or a
 * printable page per unit (催办单). Reminders go to the lead unit of a confirmed assignment only; a proposed
 * assignment binds nobody yet, and unassigned items are the office's own list.
 *
 * Kinds:
 * - due_soon: not done, not late, due within DUE_SOON_DAYS from today (today included); dueOn = the deadline.
 * - overdue: overdue (milestone, task) or missed (target); dueOn = the deadline.
 * - not_reported: in notReported() for the period owed now (each item's own reporting cycle, unless `cycle`
 *   overrides them all); dueOn = the day that period's report is due.
 * One item can have a due_soon and a not_reported reminder at once.
 */
import { chineseDate, daysBetween } from '../calendar/index.js';
import type { Unit } from '../ledger/model.js';
import { periodOf, within, type Cycle } from './dates.js';
import { escapeHtml, toCsv } from './csv.js';
import { itemCycle, responsibleUnit, statusFor, type LoopItem } from './items.js';
import { excerpt } from './format.js';
import { notReported } from './lists.js';
import { isTracked } from './status.js';
import { CSV_HEADERS, CYCLE_WORDS, DEFAULT_OFFICE, REMINDER_LABELS, REMINDER_MESSAGES, STATUS_LABELS, unknownUnit } from './tables/status-words.js';
import { DUE_SOON_DAYS } from './thresholds.js';

export type ReminderKind = 'due_soon' | 'overdue' | 'not_reported';

export interface Reminder {
  unitId: number;
  commitmentId: number;
  kind: ReminderKind;
  /** The item's text, cut to TITLE_LENGTH (the CSV's 事项). */
  title: string;
  /** What the unit is told, in Chinese. */
  message: string;
  /** The day it is (or was) due by. */
  dueOn: string;
}

export interface ReminderOptions {
  /** Window of due_soon reminders, in days; DUE_SOON_DAYS by default. */
  dueSoonDays?: number;
}

/** What the owed report is about: 本月 while the month runs, 上月 once it is over (每月5日前报上月进展), 本次 for one owed once. */
function periodWord(item: LoopItem, today: string, cycle?: Cycle): string {
  const inForce = itemCycle(item, cycle);
  const words = CYCLE_WORDS[inForce.kind];
  return inForce.kind === 'once' || within(today, periodOf(today, inForce).covers) ? words.current : words.previous;
}

const KIND_ORDER: Readonly<Record<ReminderKind, number>> = { overdue: 0, due_soon: 1, not_reported: 2 };

/** Reminders as of today, by unit, then overdue before due soon before not reported, then by day. */
export function reminders(
  items: readonly LoopItem[],
  today: string,
  cycle?: Cycle,
  opts?: ReminderOptions,
): Reminder[] {
  const window = opts?.dueSoonDays ?? DUE_SOON_DAYS;
  const out: Reminder[] = [];
  for (const item of items) {
    const unitId = responsibleUnit(item);
    if (unitId === undefined || !isTracked(item.commitment)) continue;
    const status = statusFor(item, today, cycle);
    const { deadline } = status;
    const title = excerpt(item.commitment.text);
    const base = { unitId, commitmentId: item.commitment.id, title };
    if (deadline === undefined) continue;
    if (status.status === 'overdue') {
      const message = REMINDER_MESSAGES.overdue(title, chineseDate(deadline), daysBetween(deadline, today));
      out.push({ ...base, kind: 'overdue', message, dueOn: deadline });
    } else if (status.status === 'missed') {
      out.push({ ...base, kind: 'overdue', message: REMINDER_MESSAGES.missed(title, chineseDate(deadline)), dueOn: deadline });
    } else if (status.status !== 'done' && status.status !== 'pending_closure' && status.status !== 'not_tracked') {
      // an item waiting for 办结 is the office's to decide, not the unit's to hurry
      const days = daysBetween(today, deadline);
      if (days >= 0 && days <= window) {
        const message = REMINDER_MESSAGES.dueSoon(title, chineseDate(deadline), days, STATUS_LABELS[status.status]);
        out.push({ ...base, kind: 'due_soon', message, dueOn: deadline });
      }
    }
  }
  const byId = new Map(items.map((i) => [i.commitment.id, i]));
  for (const { unitId, items: entries } of notReported(items, today, cycle)) {
    for (const e of entries) {
      const due = e.reportDue!;
      const message = REMINDER_MESSAGES.notReported(e.title, periodWord(byId.get(e.commitmentId)!, today, cycle), chineseDate(due));
      out.push({ unitId, commitmentId: e.commitmentId, kind: 'not_reported', title: e.title, message, dueOn: due });
    }
  }
  return out.sort(
    (a, b) =>
      a.unitId - b.unitId ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
      a.commitmentId - b.commitmentId,
  );
}

const unitName = (units: readonly Unit[], id: number): string => units.find((u) => u.id === id)?.name ?? unknownUnit(id);

/** Reminders as CSV for Excel: 单位, 事项, 类型, 到期日, 提醒 (UTF-8 with BOM, CRLF). */
export function remindersCsv(list: readonly Reminder[], units: readonly Unit[]): string {
  return toCsv(
    CSV_HEADERS.reminders,
    list.map((r) => [unitName(units, r.unitId), r.title, REMINDER_LABELS[r.kind], chineseDate(r.dueOn), r.message]),
  );
}

/**
 * Reminders as a printable HTML page: one 督办提醒单 per unit, each starting on a new sheet, as an office issues it —
 * its name, a number (督办〔2025〕第072001号: the day and the sheet's place, so a day's sheets are numbered apart), the
 * items, and the lines for its seal and the unit's receipt. Self-contained (no scripts, no external resources); all
 * text escaped.
 */
export function remindersPrintHtml(
  list: readonly Reminder[],
  units: readonly Unit[],
  opts: { today: string; title?: string; office?: string },
): string {
  const title = opts.title ?? '督办提醒单';
  const office = opts.office ?? DEFAULT_OFFICE;
  const day = chineseDate(opts.today);
  const byUnit = new Map<number, Reminder[]>();
  for (const r of list) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  const sheets = [...byUnit].map(([unitId, rs], n) => {
    const rows = rs
      .map(
        (r, i) =>
          `<tr><td>${i + 1}</td><td>${escapeHtml(r.title)}</td><td>${REMINDER_LABELS[r.kind]}</td><td>${chineseDate(r.dueOn)}</td><td>${escapeHtml(r.message)}</td></tr>`,
      )
      .join('\n');
    const number = `督办〔${opts.today.slice(0, 4)}〕第${opts.today.slice(5, 7)}${opts.today.slice(8, 10)}${String(n + 1).padStart(2, '0')}号`;
    return [
      `<section class="sheet">`,
      `<h1>${escapeHtml(title)}</h1>`,
      `<p class="number">${escapeHtml(office)}　${number}</p>`,
      `<p>${escapeHtml(unitName(units, unitId))}：</p>`,
      `<p>截至${day}，贵单位牵头的以下${rs.length}项工作需要督办，请按要求办理并报送进展。</p>`,
      `<table><thead><tr><th>序号</th>${CSV_HEADERS.reminders.slice(1).map((h) => `<th>${h}</th>`).join('')}</tr></thead>`,
      `<tbody>\n${rows}\n</tbody></table>`,
      `<p class="seal">${escapeHtml(office)}（盖章）<br>${day}</p>`,
      `<p class="receipt">签收人：＿＿＿＿＿＿　　签收日期：＿＿＿＿年＿＿月＿＿日</p>`,
      `</section>`,
    ].join('\n');
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:"SimSun","Songti SC",serif}h1{text-align:center;letter-spacing:.3em}.number{text-align:center}',
    'table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px;vertical-align:top}',
    '.seal{text-align:right;margin-top:2em}.receipt{margin-top:2em}.sheet{break-after:page}.sheet:last-child{break-after:auto}</style>',
    '</head><body>',
    sheets.length ? sheets.join('\n') : `<p>截至${day}，无提醒事项。</p>`,
    '</body></html>',
    '',
  ].join('\n');
}
