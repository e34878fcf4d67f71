/**
 * The words a 分工方案 (task-split document) names its units, leaders and times with. Sources: the layouts the
 * general offices of governments publish (issue 13: 牵头单位/配合单位 notes after each task, 责任单位 lines,
 * 责任领导/责任单位 pairs, tables 序号/工作任务/牵头单位/配合单位/完成时限), the column names of the 任务分解表
 * in product.md, and GB/T 9704-2012 for the parts of a notice that follow its attachment (抄送, 印发).
 */

/** What a label, a column or a mark says the names after it are. */
export type UnitRole = 'lead' | 'cooperating' | 'responsible';
export type FieldRole = UnitRole | 'leader' | 'deadline';

/**
 * Labels written before a colon (牵头单位：…) or in square brackets (【牵头单位】…). `responsible` lists (责任单位) lead unless the document says its
 * first listed unit leads, and cooperate when a lead list comes first. Longest first, so 牵头单位 wins over 牵头.
 * 主办单位 and 承办单位 are left out: every government site's footer names its own (主办单位：某某人民政府办公室).
 */
export const FIELD_LABELS: readonly (readonly [label: string, role: FieldRole])[] = [
  ['牵头责任单位', 'lead'], ['第一责任单位', 'lead'], ['主要责任单位', 'lead'], ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['主责单位', 'lead'],
  ['主责部门', 'lead'], ['牵头', 'lead'],
  ['配合单位', 'cooperating'], ['配合部门', 'cooperating'], ['协办单位', 'cooperating'], ['协办部门', 'cooperating'],
  ['参与单位', 'cooperating'], ['参与部门', 'cooperating'], ['协同单位', 'cooperating'], ['协助单位', 'cooperating'],
  ['会办单位', 'cooperating'], ['其他责任单位', 'cooperating'], ['配合', 'cooperating'], ['参与', 'cooperating'], ['协办', 'cooperating'],
  ['责任单位', 'responsible'], ['责任部门', 'responsible'], ['实施单位', 'responsible'], ['落实单位', 'responsible'],
  ['责任主体', 'responsible'],
  ['牵头市领导', 'leader'], ['牵头县领导', 'leader'], ['牵头领导', 'leader'], ['责任领导', 'leader'], ['分管领导', 'leader'],
  ['联系领导', 'leader'], ['包联领导', 'leader'], ['责任人', 'leader'], ['责任市领导', 'leader'], ['责任县领导', 'leader'],
  ['完成时限', 'deadline'], ['完成时间', 'deadline'], ['完成期限', 'deadline'], ['时间节点', 'deadline'],
  ['时限要求', 'deadline'], ['办结时限', 'deadline'],
];

/**
 * Words after a list of units saying what they do (市发改委牵头，市财政局配合; 分别牵头: each of them leads; 市发改委
 * （牵头单位）; a star after the lead, where the document says starred units lead).
 */
export const ROLE_MARKS: readonly (readonly [mark: string, role: UnitRole])[] = [
  ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['分别牵头', 'lead'], ['共同牵头', 'lead'], ['牵头负责', 'lead'], ['牵头', 'lead'],
  ['主责', 'lead'], ['*', 'lead'], ['＊', 'lead'], ['★', 'lead'],
  ['配合单位', 'cooperating'], ['配合部门', 'cooperating'], ['配合实施', 'cooperating'], ['配合', 'cooperating'],
  ['参与', 'cooperating'], ['协助', 'cooperating'], ['协办', 'cooperating'],
  ['按职责分工负责', 'responsible'], ['分别负责', 'responsible'], ['负责', 'responsible'],
];

/**
 * A statement that the unit listed first leads (排在第一位的为牵头单位, 列第一位为牵头或汇总单位, 第一个部门为牵头部门):
 * then the rest of a 责任单位 list cooperate. Without one, every unit of such a list leads
 * (extraction-contract.md, `luoshi split`).
 */
export const FIRST_LISTED_LEADS =
  /(?:排|列|居)?(?:在|名)?(?:第一位|首位|第一个|首个|第一)(?:的|是)?(?:责任)?(?:单位|部门)?(?:为|是)(?:牵头|主办|主责|汇总)|牵头(?:单位|部门)?(?:排|列)(?:在)?(?:第一位|首位|第一|最前)/;

/**
 * The last characters of a unit's name (局, 委, 办, 中心, 政府, 管委会, 公司 …), and of the collective names a list
 * ends with (各成员单位, 有关部门). A cell or list item ending in none of them is no unit.
 */
export const UNIT_ENDINGS = /(?:[局委办院厅部处所站队会联协社行司室馆团校学场台府心署组班关门位军庭园区县镇乡道]|政府|集团)$/;
/** Longest a unit's name is (某某经济技术开发区管理委员会办公室, the longest kind, is 16). */
export const UNIT_NAME_MAX = 24;
/** Leading words of a list that are no part of its first name (由市发改委牵头). */
export const LIST_OPENERS = /^(?:由|请|以)/;
/** Trailing words of a name that are no part of it (市财政局等, 市财政局等5个部门, 县发改局为: its role follows). */
export const NAME_TAILS = /(?:等(?:\d+个|[一二三四五六七八九十]+个)?(?:相关|有关|其他)?(?:单位|部门)?|为)$/;
/** A bracket after a name that belongs to it: the levels a collective name spans (各县（市、区）). */
export const LEVELS_IN_BRACKETS = /^[省市州盟县区旗镇乡街道、，,]+$/;
/** Words joining the last two names of a list (县财政局和县审计局), split where a name stands on each side. */
export const LAST_NAME_JOINS = /和|及|与/g;
/** Words of a bracket that is about the text, not a list of its units (（含开发区）, （以下简称县发改局）). */
export const NOT_A_UNIT_LIST = /含|包括|简称|以下|不含|除|即|原/;
/** Administrative prefixes a list of names of one government repeats (县水务局县住建局: two names glued). */
export const LEVEL_PREFIXES = '省市州盟县区旗镇乡';

/** Titles of the leaders a split names (副县长 王某, 张某副市长, 常务副市长). */
export const LEADER_TITLES =
  /(?:常务)?副?(?:省长|市长|州长|盟长|县长|区长|旗长|镇长|乡长|秘书长|主任|书记|部长|局长|主席)/;

/** A column of a task table, by the words of its header (序号, 工作任务, 牵头单位, 完成时限 …). */
export type ColumnRole = FieldRole | 'index' | 'task' | 'text';

/**
 * Header words, tried in order on a header cell without its spaces and bracketed parts (牵头单位（部门）):
 * the first that the cell contains names its column. Task words name the column a row's task is read from;
 * the other text columns (具体目标, 工作措施) are kept apart.
 */
export const COLUMN_WORDS: readonly (readonly [words: RegExp, role: ColumnRole])[] = [
  [/^(?:序号|编号|序)$/, 'index'],
  [/领导|责任人/, 'leader'],
  [/牵头|主责|主办|主要责任|第一责任/, 'lead'],
  [/配合|协办|参与|协同|协助|会办|其他责任/, 'cooperating'],
  [/责任单位|责任部门|承办|实施单位|落实单位|责任主体|单位|部门|科室|处室/, 'responsible'],
  [/时限|时间|节点|期限/, 'deadline'],
  [/任务|事项|实事|项目|工作|内容/, 'task'],
  [/目标|措施|要求|备注|进度|举措|标准/, 'text'],
];
/** Longest a header cell is: a cell longer than this is content, not a column's name. */
export const HEADER_CELL_MAX = 12;
/** What splits the cells of a table row flattened to one line of text: bars (1|学前教育|…) or tabs. */
export const CELL_MARK = /[|｜\t]/;

/**
 * Lines that end a task table (GB/T 9704: 抄送, 印发 after the attachment, the date under a signature; a page's
 * share bar; a note under the table). Read before the table's rows are.
 */
export const TABLE_END = /^(?:抄送|印发|分享到|打印|关闭|注[:：]|备注[:：]|说明[:：]|(?:19|20)\d\d年\d{1,2}月\d{1,2}日$)/;

/** Words of a table cell that gives no date but a time all the same (长期坚持, 持续推进, 常态化). */
export const OPEN_TIMES = /^(?:长期|持续|常态|按序时|按进度|每年|每季度|每月|年度|全年|分年度|逐年)/;
