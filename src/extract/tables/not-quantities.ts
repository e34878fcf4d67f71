/**
 * Numbers that are not quantities (spec/gold-format.md "Which quantities count": years and dates, ordinals,
 * names and codes, grades, anniversaries), and the context that gives them away. Our own analysis of the
 * national reports 1954–2025 and city reports.
 */

/** Directly before the number: 第N (ordinal), 每N (a rate's denominator: 每千人拥有床位, 每10万人口). */
export const ORDINAL_OR_RATE_BEFORE: ReadonlySet<string> = new Set(['第', '每']);

/** Before a Chinese numeral: vague amounts (几万亩, 数百家, 好几个). */
export const VAGUE_BEFORE: ReadonlySet<string> = new Set(['几', '数']);

/**
 * Before a bare multiplier (上万人, 上百家, 过亿元): "upwards of", a class, not a figure. 上 before other numerals is a
 * verb (加上两项).
 */
export const VAGUE_BEFORE_ROUND: ReadonlySet<string> = new Set(['上', '过', '超']);

/** Next to a number, these mark a code or a name: 1+30, 7×24小时, 8:30, 3#高炉 (Latin letters too: 5G, PM2.5, R1). */
export const CODE_MARKS: ReadonlySet<string> = new Set(['+', '×', '*', '/', ':', '#', '·']);

/**
 * After a number without a unit: dates (2021年, 7月, 31日, 12时), names (3号线), grades (4A级, 千亿级),
 * anniversaries (100周年), generations (80后), sessions (第十四届) and ages.
 */
export const DATE_OR_NAME_AFTER: readonly string[] = [
  '年', '月', '日', '号', '时', '周年', '级', '届', '岁', '周岁', '后', '世纪', '季度', '代',
  // voltage classes of power lines, named like grades (10千伏线路, 220千伏变电站)
  '伏', '千伏',
  // a version of an agreement or a programme (中国-东盟自贸区3.0版, 2.0版)
  '版',
];

/** After a figure and its unit, a grade (千万千瓦级新能源基地, 百万吨级乙烯). */
export const GRADE = '级';

/** After a number and its unit: what turns it into a duration or a name (6个月, 5个多月, 二次会议, 一期工程). */
export const NAME_AFTER_UNIT: ReadonlyMap<string, readonly string[]> = new Map([
  ['个', ['月', '多月', '工作日']],
  ['次', ['会议', '全会', '全体会议', '代表大会', '产业', '分配', '创业']],
  ['届', ['会议', '全会']],
  // a service around the clock (实行24小时开放) is how it is offered, not a count
  ['小时', ['开放', '服务', '营业', '值守', '在线', '不间断', '响应']],
  ['期', ['工程', '项目']],
]);

/**
 * After a count and its unit (个, 件, 项): what makes it the size of a report's own structure or of a list rather
 * than a quantity (九个方面工作, 三个部分, 十件民生实事, 8项重点工作; gold-format.md: list names and section counts).
 */
export const PACKAGE_AFTER_UNIT: ReadonlyMap<string, RegExp> = new Map([
  ['个', /^(?:的)?(?:方面|部分|重点(?![\u4e00-\u9fff]))/],
  ['件', /^[\u4e00-\u9fff]{0,8}?实事/],
  ['项', /^(?:[\u4e00-\u9fff]{0,8}?(?:实事|民生工程)|(?:重点)?工作|重点任务)/],
  // 九届三次、四次全会: a run of sessions ends in what they are
  ['次', /^(?:[、，和及][一二三四五六七八九十\d]+次)+(?:会议|全会|全体会议)/],
]);

/** Before a count: the list it counts (民生实事项目共11项). */
export const PACKAGE_BEFORE = /实事(?:项目)?(?:共|总共|合计)?$/;

/**
 * After a count and its unit, a name in quotation marks and nothing more of the noun: a package of documents or
 * measures (八个“行动方案”, 两组"若干措施"; gold-format.md). 建设10个“美丽乡村”示范村 counts villages.
 */
export const QUOTED_PACKAGE = /^\s*[“"「《][^”"」》]{1,12}[”"」》]\s*(?:[和、及与，。；,;]|$)/;

/**
 * After a bare multiplier and its unit (no figure): a step as a class (跨越4个千亿元台阶). Breaking through one
 * (突破亿元大关) is a result, and counts (gold-format.md: a threshold is an item of its own).
 */
export const THRESHOLD_AFTER = /^台阶/;

/**
 * Right before a figure: what makes it a piece of a figure written apart or masked (2**.6亿元, 1036 .4亿元 as a
 * PDF copy splits it).
 */
export const FRAGMENT_BEFORE = /(?:[*＊]\.?|\.\s?)$/;

/** Before a figure in its clause: where things are, not how many are delivered (主要集中在三个街道, 分布在全县12个乡镇). */
export const LOCATED_IN = /(?:集中|分布)[在于]|位于/;

/** Before a class figure: a batch of what it qualifies (一批10亿元以上项目). */
export const CLASS_BEFORE = /(?:一批|一些|若干|多个|各类)$/;

/**
 * After a class figure and its noun: what is said of every member of the class (30户以上自然村寨全部通硬化路,
 * 50人以上企业均建立工会, 30户以上自然村寨通硬化路全覆盖). A share's own noun takes 的 (95%以上的学生都…), a
 * class's does not.
 */
export const CLASS_ALL_AFTER = /^(?!的)[\u4e00-\u9fff]{1,8}?(?:全部|均|都|全面)|^(?!的)[\u4e00-\u9fff]{1,12}?全覆盖/;

/**
 * Page chrome around a count (浏览次数：36, 阅读量11200, 1751次浏览, 读完约4分钟, 2850字): what a page says of itself.
 * Our own reading of news and portal pages.
 */
export const CHROME_COUNT_BEFORE = /(?:浏览|阅读|点击|查看|访问|评论|读完|字数)[^\d，。；]{0,4}$/;
export const CHROME_COUNT_AFTER = /^(?:次|人)?(?:浏览|阅读|点击|访问)|^字(?![\u4e00-\u9fff])/;

/**
 * After a bare 万元 (no figure before 万): what is produced per that amount, so 万元 is a denominator, not an amount
 * (万元GDP能耗, 万元工业增加值用水量下降5%).
 */
export const PER_AMOUNT_OF: readonly string[] = ['GDP', '国内生产总值', '地区生产总值', '生产总值', '工业增加值', '增加值', '产值', '营业收入'];

/**
 * Fixed words, slogans and names that start with a numeral and a measure word or multiplier (四个全面, 八项规定,
 * 千家万户, 三天两头, 百度): a numeral at the start of one of these is not a quantity.
 */
export const FIXED_WORDS: readonly string[] = [
  '一个中心', '两个基本点', '两个维护', '两个确立', '两个毫不动摇', '两个大局', '两个一百年', '两个文明', '两条腿走路',
  '三个代表', '三个有利于', '三个世界', '三天两头', '三番五次', '四个全面', '四个意识', '四个自信', '四个现代化',
  '四项基本原则', '五项原则', '五个统筹', '八项规定', '八项主张',
  '千家万户', '万家灯火', '百家争鸣', '千篇一律', '千人计划', '万人计划', '亿万', '千百万',
  // company names
  '百度',
];

/** A quotation or title this short around a number is a name (“四个全面”, “1+30”, “一件事一次办”, 《…》). */
export const NAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  // pages that write quotation marks as ASCII (" 四个走在前 ")
  ['"', '"'],
  ['「', '」'],
  ['《', '》'],
]);
export const NAME_QUOTE_MAX_LENGTH = 16;

/**
 * What may follow a bare Arabic integer (no unit, no multiplier, no decimals) for it to be a value: the end of
 * the clause or a conjunction. Anything else (a Chinese character, 、, a dot) makes it a name or a list marker:
 * 12345热线, 3号线, "1、", "1.".
 */
export const BARE_INTEGER_FOLLOWERS: ReadonlySet<string> = new Set(['，', '。', '；', '！', '？', ',', ';', '!', '?', '”', '和', '与', '及', '或', ' ']);
