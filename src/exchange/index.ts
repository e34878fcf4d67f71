/** The ledger's file exchange: the 任务分解表 as .xlsx out and back in, the ledger as CSV and JSON. Pure functions. */
export { taskSheet, taskCells } from './task-sheet.js';
export { readTaskSheet } from './read-task-sheet.js';
export { ledgerCsv, ledgerJson, ledgerRecords, CSV_COLUMNS, type LedgerRecord } from './ledger-files.js';
export { COLUMNS, statusLabel, goalText, chineseDate, type Column } from './format.js';
export { parseDeadline } from './dates.js';
export { noticeDocx, type NoticeOptions } from './notice-docx.js';
export { SHEET_NAME, PERIOD_SHEET_NAME } from './sheet-layout.js';
export { periodSheet, rowCheck, type PeriodRow, type PeriodSheetOptions } from './period-sheet.js';
export { parsePeriodSheet, checkPeriodRows, type PeriodSheetMeta, type PeriodCheckContext, type PeriodReport, type PeriodCheck } from './read-period-sheet.js';
export type {
  TaskRow,
  RowStatus,
  TaskSheetOptions,
  TaskChange,
  AssignmentChange,
  CorrectionChange,
  RejectedRow,
  TaskSheetContext,
  TaskSheetResult,
} from './types.js';
export { selfAssessmentSheet, assessmentCells, ASSESSMENT_SHEET_NAME, SHARE_HEADER } from './self-assessment-sheet.js';
export { datasetCsv, datasetJsonl, datasetRecord, divisionCode, DATASET_COLUMNS, type DatasetRow, type DatasetResult, type DatasetRecord, type DatasetColumn } from './dataset.js';
