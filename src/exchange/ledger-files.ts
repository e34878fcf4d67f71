/**
 * The ledger as CSV (for Excel: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formula-looking text
 * defused) and as JSON (an array of plain objects with stable English field names; absent values are null).
 */
import type { TaskRow } from './types.js';
import { COLUMNS, statusLabel } from './format.js';
import { toCsv } from '../loop/csv.js';
import { deadlineOf } from '../loop/status.js';
import { taskCells } from './task-sheet.js';


/** The CSV columns: the sheet's, then the data behind them. */
export const CSV_COLUMNS = [
  ...COLUMNS,
  'id',
  'key',
  'kind',
  'indicator',
  'low',
  'high',
  'unit',
  'op',
  'deadline',
  'review_state',
  'status',
  'status_reason',
] as const;

export function ledgerCsv(rows: readonly TaskRow[]): string {
  const lines = rows.map((row, i) => {
    const c = row.commitment;
    const cells: (string | number | undefined)[] = [
      i + 1,
      ...taskCells(row, i + 1).slice(1),
      c.id,
      c.key,
      c.kind,
      c.indicator,
      c.low,
      c.high,
      c.unit,
      c.op,
      deadlineOf(c, row.assignment),
      c.reviewState,
      row.status?.status,
      row.status?.reason,
    ];
    return cells;
  });
  return toCsv(CSV_COLUMNS, lines);
}

/** One commitment of the ledger in JSON. Field names are part of the interface: add, never rename. */
export interface LedgerRecord {
  seq: number;
  id: number;
  key: string;
  kind: string;
  text: string;
  goal: string;
  indicator: string | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  op: string | null;
  /** The commitment's deadline as extracted. */
  deadline: string | null;
  /** The deadline that applies: the assignment's, else the commitment's. */
  dueDate: string | null;
  reviewState: string;
  stale: boolean;
  version: number;
  leadUnit: { id: number; name: string } | null;
  units: { id: number; name: string }[];
  leader: string | null;
  assignmentConfirmed: boolean | null;
  progress: { reportedOn: string; value: number | null; state: string | null; note: string } | null;
  status: { code: string; label: string; reason: string } | null;
}

export function ledgerRecords(rows: readonly TaskRow[]): LedgerRecord[] {
  return rows.map((row, i) => {
    const c = row.commitment;
    const cells = taskCells(row, i + 1);
    const p = row.latestProgress;
    return {
      seq: i + 1,
      id: c.id,
      key: c.key,
      kind: c.kind,
      text: c.text,
      goal: cells[2],
      indicator: c.indicator ?? null,
      low: c.low ?? null,
      high: c.high ?? null,
      unit: c.unit ?? null,
      op: c.op ?? null,
      deadline: c.deadline ?? null,
      dueDate: deadlineOf(c, row.assignment) ?? null,
      reviewState: c.reviewState,
      stale: c.stale,
      version: c.version,
      leadUnit: row.leadUnit ? { id: row.leadUnit.id, name: row.leadUnit.name } : null,
      units: row.units.map((u) => ({ id: u.id, name: u.name })),
      leader: row.assignment?.leader ?? null,
      assignmentConfirmed: row.assignment ? row.assignment.confirmed : null,
      progress: p ? { reportedOn: p.reportedOn, value: p.value ?? null, state: p.state ?? null, note: p.note } : null,
      status: row.status ? { code: row.status.status, label: statusLabel(row.status.status), reason: row.status.reason } : null,
    };
  });
}

export function ledgerJson(rows: readonly TaskRow[]): string {
  return JSON.stringify(ledgerRecords(rows), null, 2);
}
