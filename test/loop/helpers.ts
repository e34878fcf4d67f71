/** Builders of plain ledger data for the loop's tests: only what a row varies is written in the row. */
import assert from 'node:assert/strict';
import type { Assignment, Commitment, ProgressReport, Unit } from '../../src/ledger/model.js';
import { statusOf, type StatusInput } from '../../src/loop/status.js';

let nextReport = 1;

export function commitment(over: Partial<Commitment> = {}): Commitment {
  return {
    id: 1,
    reportId: 1,
    key: `k${over.id ?? 1}`,
    kind: 'task',
    text: '测试事项',
    span: { start: 0, end: 4 },
    role: 'annual_tasks',
    namedLeadUnits: [],
    namedUnits: [],
    reviewState: 'confirmed',
    stale: false,
    version: 1,
    ...over,
  };
}

export function assignment(over: Partial<Assignment> = {}): Assignment {
  return { commitmentId: 1, leadUnitId: 10, cooperatingUnitIds: [], confirmed: true, version: 1, ...over };
}

/** A report for `reportedOn`, entered that day at noon UTC unless `createdAt` says otherwise. */
export function report(reportedOn: string, over: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: nextReport++,
    commitmentId: 1,
    unitId: 10,
    reportedOn,
    note: '',
    evidence: [],
    userId: 1,
    createdAt: `${reportedOn}T12:00:00Z`,
    ...over,
  };
}

/** Value reports: [day, value] pairs. */
export const values = (...pairs: [string, number][]): ProgressReport[] => pairs.map(([d, value]) => report(d, { value }));

/** State reports: [day, state] pairs. */
export const states = (...pairs: [string, ProgressReport['state']][]): ProgressReport[] =>
  pairs.map(([d, state]) => report(d, { state }));

export const UNITS: Unit[] = [
  { id: 10, name: '市住房城乡建设局', aliases: [] },
  { id: 20, name: '市交通运输局', aliases: [] },
  { id: 30, name: '市人力资源社会保障局', aliases: [] },
];

/** A status table row: the input, the status expected, and fragments its reason must contain. */
export interface StatusRow {
  name: string;
  input: Omit<StatusInput, 'commitment'> & { commitment?: Commitment };
  status: string;
  reason?: string | string[];
  /** Other fields of the result to check exactly (expected, actual, doneOn, late …). */
  fields?: Record<string, unknown>;
}

export function assertStatusRows(base: Commitment, rows: readonly StatusRow[]): void {
  for (const row of rows) {
    const result = statusOf({ commitment: base, ...row.input } as StatusInput);
    const where = `${row.name}: ${JSON.stringify(result)}`;
    assert.equal(result.status, row.status, where);
    for (const fragment of [row.reason ?? []].flat()) assert.ok(result.reason.includes(fragment), `${where}\n  missing reason fragment: ${fragment}`);
    for (const [k, v] of Object.entries(row.fields ?? {})) {
      const got = (result as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number' && typeof got === 'number') assert.ok(Math.abs(got - v) < 1e-9, `${where}\n  ${k}: ${got} ≠ ${v}`);
      else assert.deepEqual(got, v, `${where}\n  field ${k}`);
    }
  }
}
