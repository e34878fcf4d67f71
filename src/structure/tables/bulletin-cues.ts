/**
 * The marks of a statistical bulletin (国民经济和社会发展统计公报), which reports one year's figures after it ended, and
 * those of a work report that rule one out. Source: the layout the National Bureau of Statistics gives its annual
 * bulletin (《中华人民共和国国民经济和社会发展统计公报》: title with the year it covers, 初步核算 before the first
 * figure, fixed chapters from 综合 to 资源、环境, every figure told against the year before, notes on 本公报's
 * data), which provincial, city and county statistics bureaus follow; our own reading of their bulletins of the
 * 1990s to the 2020s.
 */

/**
 * The genre's title: 2022年国民经济和社会发展统计公报, 关于2022年国民经济和社会发展的统计公报, 2022年临溪县统计公报 — the
 * genre's words or a year with 统计公报; the bare word is a site's menu (统计公报年度索引), not a title.
 */
export const BULLETIN_TITLE =
  /(?:[12]\d{3}|[一二][〇○零0一二三四五六七八九]{3})\s?年[^。\n]{0,30}?统计公报|(?:国民经济和社会发展|国民经济与社会发展|经济和社会发展)的?统计公报/;
/** A title line is short and is not a sentence. */
export const TITLE_LINE_MAX = 60;
/** The year a title names, before its genre words: 长沙市2022年国民经济…统计公报, 二〇二二年…统计公报. */
export const TITLE_YEAR = /([12]\d{3}|[一二][〇○零0一二三四五六七八九]{3})\s?年(?:度)?[^。\n]{0,30}?统计公报/;

/** 初步核算, the words before a bulletin's first total (a report's review rarely uses them). */
export const PRELIMINARY_ACCOUNTING = /初步核算/;
/** The bulletin's notes on its own data: 本公报中部分数据因四舍五入…, 注：本公报… */
export const BULLETIN_NOTES = /本公报/;
/** A table restating figures against the year before as an index: (以上年为100), 上年=100. */
export const INDEX_BASE = /以上年(?:同期)?为100|上年\s?=\s?100/;

/**
 * A chapter or section heading of the bulletin: its ordinal and nothing but chapter or indicator names joined by 、
 * or 和 (一、综合; 八、交通、邮电和旅游; (三)财政; (一)地区生产总值); printed copies space them out (一、综  合).
 */
const CHAPTER_NAMES = [
  '综合', '农业', '林业', '畜牧业', '渔业', '工业', '建筑业', '服务业', '国内贸易', '国内商业', '商业', '物价', '固定资产投资', '投资',
  '对外经济', '对外贸易', '开放型经济', '交通', '运输', '邮电', '邮政', '电信', '旅游', '金融', '保险', '证券', '财政', '财政金融', '财政和金融',
  '教育', '科学技术', '科技', '文化', '卫生', '体育', '人口', '人民生活', '社会保障', '就业', '城市建设', '资源', '环境', '安全生产',
  '应急管理', '能源', '地区生产总值', '人均地区生产总值', '生产总值', '国内生产总值', '居民消费价格', '价格',
];
const SPACE = '[ \\t\\u3000]*';
const NAME = `(?:${CHAPTER_NAMES.map((n) => [...n].join(SPACE)).join('|')})`;
export const CHAPTER_HEADING = new RegExp(
  `^${SPACE}(?:[一二三四五六七八九十]{1,3}${SPACE}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])${SPACE}${NAME}(?:${SPACE}[、和与及]${SPACE}${NAME})*${SPACE}$`,
  'gm',
);
/** Headings counted at most: one is common to many texts, several are the genre's. */
export const CHAPTERS_COUNTED = 3;

/** A figure told against the year before, as a bulletin tells every one (比上年增长7.8%, 比上年上涨1.7%). */
export const AGAINST_LAST_YEAR = /比上年(?:同期)?(?:增长|上涨|下降|减少|增加|提高|回落|降低)/g;
/** So many of them per 1,000 characters make the text a bulletin's; twice as many, surely. */
export const AGAINST_LAST_YEAR_DENSITY = 1;

/**
 * A work report's own words (its audience, the speaker reporting), or a page reporting on one: no bulletin says
 * them. Its title less surely: a bulletin may say it met the targets the report set (完成了政府工作报告确定的目标).
 * 我们 is the report's voice; a bulletin speaks of 全市, 全县.
 */
export const REPORT_WORDS = /各位代表|我代表[^。\n]{0,12}(?:政府|国务院)|向大会报告|请予审议|报告(?:指出|提出|强调|回顾)/;
export const REPORT_TITLE = /政府工作报告/;
export const REPORT_VOICE = /我们/g;

/** How much each mark weighs for the genre (negative: against it). */
export const BULLETIN_WEIGHT = {
  title: 6,
  notes: 4,
  preliminaryAccounting: 2,
  /** per chapter heading, CHAPTERS_COUNTED at most */
  chapter: 1,
  againstLastYear: 2,
  againstLastYearOften: 3,
  indexBase: 1,
  reportWords: -6,
  reportTitle: -2,
  /** per 我们, REPORT_VOICE_COUNTED at most */
  reportVoice: -1,
} as const;
export const REPORT_VOICE_COUNTED = 4;
/** A text whose marks weigh this much is a bulletin. */
export const BULLETIN_MIN = 5;

/**
 * The year a bulletin covers, where its title does not say: the year its opening names (2022年，全县…; 初步核算，
 * 2022年，…), else the year it names most. A year after these is a base of comparison or a bound, not its year.
 */
export const OPENING_YEAR = /^(?:初步核算[，,]\s?)?([12]\d{3})\s?年(?:[，,是]|全[省市县区州盟旗国])/;
export const OPENING_PARAGRAPHS = 4;
export const NOT_COVERED_BEFORE = /(?:比|较|同|与|从|由|自|到|至|截至|截止|[-—～~])\s?$/;
export const NOT_COVERED_AFTER = /^\s?(?:[-—～~至到]|以来|以前|之前)/;
