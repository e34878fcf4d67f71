/**
 * The 督查通报 of a period as a Word file (GB/T 9704, exchange/notice-docx.ts): its content from the loop
 * (loop/notice.ts) as of the period's end, issued by the office of the reports it covers.
 */
import { noticeDocx } from '../exchange/index.js';
import type { Ledger } from '../ledger/index.js';
import { previousCycle, supervisionNotice, type Cycle } from '../loop/index.js';
import { loopData, requireReport, withoutStatus } from './loop-data.js';
import { officeOf } from './office.js';

export interface NoticeRequest {
  report?: number;
  /** The day reported on (default: the last day of the last whole period). */
  today?: string;
  cycle?: Cycle;
  /** 第N期 (default: the month or quarter). */
  number?: number;
  /** 抄送, the offices separated by 、, commas or spaces. */
  copyTo?: string;
}

/** The notice issued on `issuedOn`, and its number in the year. */
export async function noticeFile(ledger: Ledger, issuedOn: string, q: NoticeRequest): Promise<{ buffer: Buffer; number: number }> {
  // the notice's period; a cycle asked for also overrides each item's own reporting cycle
  const cycle = q.cycle ?? 'monthly';
  // by default the last whole period: a notice is issued after the units have reported on it
  const asOf = q.today ?? previousCycle(issuedOn, cycle).end;
  if (q.report !== undefined) await requireReport(ledger, q.report);
  const data = await loopData(ledger, { ...(q.report === undefined ? {} : { reportId: q.report }), today: asOf });
  const items = q.cycle === undefined ? data.items : withoutStatus(data.items);
  const notice = supervisionNotice(items, data.units, { asOf, ...(q.cycle ? { cycle: q.cycle } : {}) });
  const governments = new Set([...data.reports.values()].filter((r) => q.report === undefined || r.id === q.report).map((r) => r.governmentId));
  const month = Number(notice.asOf.slice(5, 7));
  const number = q.number ?? (cycle === 'quarterly' ? Math.ceil(month / 3) : month);
  const copyTo = q.copyTo?.split(/[、，,;；\s]+/).filter(Boolean);
  const buffer = await noticeDocx(notice, {
    office: await officeOf(ledger, governments),
    number,
    issuedOn,
    cycle,
    ...(copyTo?.length ? { copyTo } : {}),
  });
  return { buffer, number };
}
