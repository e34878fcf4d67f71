/** Where things are in a 任务分解表 this module writes, shared by the writer and the reader. */

export const SHEET_NAME = '任务分解表';
/** A very hidden sheet: which commitment each 序号 is, its key and version, and the assignment as exported. */
export const META_SHEET_NAME = '_luoshi';
export const META_MARK = 'luoshi-task-sheet';
export const META_FORMAT = 1;
export const META_COLUMNS = [
  '序号',
  'commitmentId',
  'key',
  'version',
  'assignmentVersion',
  'leadUnitId',
  'cooperatingUnitIds',
  'leader',
  'deadline',
] as const;

export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** The hidden column after 状态 holding each row's commitment id: it moves with the row when rows are moved whole. */
export const KEY_COLUMN = 10;
export const KEY_HEADER = 'luoshi-id';

/** Column widths in characters, as they print on A4 landscape. */
export const WIDTHS = [6, 46, 14, 15, 14, 20, 10, 30, 10] as const;
