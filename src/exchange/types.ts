/**
 * The plain data the file exchange works on. The caller (HTTP API, CLI) loads it from storage and gets the
 * status from the loop; everything in src/ledger/exchange is a pure function of it, with no database access.
 */
import type { Assignment, Commitment, ProgressReport, Unit } from '../ledger/model.js';

/** A status as the loop computes it: a code (on_track, at_risk, behind, done, overdue, missed, no_data …) and its reason. */
export interface RowStatus {
  status: string;
  reason: string;
}

/** One line of the 任务分解表: a commitment with what is known about it. */
export interface TaskRow {
  commitment: Commitment;
  assignment?: Assignment;
  /** The assignment's lead unit (牵头单位). */
  leadUnit?: Unit;
  /** The assignment's cooperating units (责任单位). */
  units: Unit[];
  latestProgress?: ProgressReport;
  status?: RowStatus;
}

export interface TaskSheetOptions {
  /** The title row, e.g. 临溪县2024年政府工作报告重点工作任务分解表. */
  title: string;
  /** The report's year: what 年底 means when the sheet comes back. */
  year?: number;
}

/** The assignment a row of an edited sheet asks for, complete (not a patch): absent lead, leader or deadline means none. */
export interface AssignmentChange {
  leadUnitId?: number;
  cooperatingUnitIds: number[];
  leader?: string;
  deadline?: string;
}

/** A correction of the commitment itself: its text as people rewrote it in 任务内容. */
export interface CorrectionChange {
  text?: string;
  deadline?: string;
}

/** What one row of an edited sheet changes. Only rows that change something give one. */
export interface TaskChange {
  commitmentId: number;
  /** The row as Excel numbers it, to tell people which line a change came from. */
  row: number;
  /** The commitment's version when the sheet was exported: a write naming an older version is refused by storage. */
  version?: number;
  /** The assignment's version when the sheet was exported, if it had one. */
  assignmentVersion?: number;
  assignment?: AssignmentChange;
  correction?: CorrectionChange;
}

export interface RejectedRow {
  /** The row number Excel shows. */
  row: number;
  /** Why, in Chinese, naming what was wrong. */
  reason: string;
}

export interface TaskSheetContext {
  commitments: Commitment[];
  units: Unit[];
  /**
   * The assignments as they are now. Given, changes are computed against them; absent, against the assignment
   * the sheet recorded when it was exported.
   */
  assignments?: Assignment[];
  /** The report's year (for 年底); else the year recorded in the sheet, else the year of the commitment's deadline. */
  year?: number;
}

export type TaskSheetResult =
  | { ok: true; changes: TaskChange[]; rejected: RejectedRow[] }
  | { ok: false; reason: string };
