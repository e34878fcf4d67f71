/** Where things are in the sheets this module writes (任务分解表, 进展报送表), shared by their writers and readers. */
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

/**
 * A unit's 进展报送表 for one period: what it is given (its items, their targets and last reports) and the columns it
 * fills (this period's value, state, note, evidence link, and the day it reports for, blank for today). Two hidden
 * columns after them carry each row's commitment id and a check of it, so rows can be sorted and still matched, and
 * an edited id is caught; a very hidden sheet records the unit and the period it was made for.
 */
export const PERIOD_SHEET_NAME = '进展报送表';
export const PERIOD_META_MARK = 'luoshi-period-sheet';
export const PERIOD_META_FORMAT = 1;
export const PERIOD_GIVEN = ['序号', '工作事项', '具体目标', '完成时限', '报送期限', '上次报送日期', '上次数值', '上次状态'] as const;
export const PERIOD_FILLED = ['本期数值', '本期状态', '进展说明', '佐证链接', '报送日期'] as const;
export const PERIOD_COLUMNS = [...PERIOD_GIVEN, ...PERIOD_FILLED] as const;
export type PeriodColumn = (typeof PERIOD_COLUMNS)[number];
export const PERIOD_WIDTHS: Readonly<Record<PeriodColumn, number>> = {
  序号: 6,
  工作事项: 40,
  具体目标: 14,
  完成时限: 14,
  报送期限: 14,
  上次报送日期: 14,
  上次数值: 12,
  上次状态: 10,
  本期数值: 12,
  本期状态: 10,
  进展说明: 36,
  佐证链接: 28,
  报送日期: 14,
};
export const PERIOD_ID_HEADER = 'luoshi-id';
export const PERIOD_CHECK_HEADER = 'luoshi-check';
