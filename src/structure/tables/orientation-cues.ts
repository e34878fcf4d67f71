/**
 * Words by which a clause of a report, or of a page quoting one, looks ahead (a plan: this year's targets and
 * tasks) or back (a review: what was achieved). Our own reading of work reports and of news digests of them;
 * the weights follow how often each cue stands in a clause with a figure in the plan parts against the review
 * parts of the national reports 2000–2025 (P(plan) in the comments; a clause there is a plan one 36% of the time).
 */
import type { SectionRole } from './section-roles.js';
import { LEADING_MARK } from './clause-marks.js';

/** The verbs that state a task (加快, 完善, 打造 …). */
export const TASK_VERBS =
  /(?:加快|推进|推动|加强|深化|坚持|着力|强化|优化|完善|巩固|扩大|鼓励|促进|落实|培育|打造|做好|抓好|统筹|健全|大力|切实|更加|提升|建设|实施|全面|积极|支持|进一步)/;

/**
 * A cue of one clause. Its weight decides the clause it stands in (positive ahead, negative back; 0: it only
 * leans); its lean is what it tells as one of many clauses of a text without a frame: the natural logs of
 * P(shown | plan part) / P(shown | review part) when a clause shows it and when not, counted over the clauses of
 * the plan and review parts of the national reports 2000–2025 (scripts/measure-orientation.ts).
 */
export interface ClauseCue {
  cue: RegExp;
  weight: number;
  lean: readonly [present: number, absent: number];
}

/** A clause whose cues weigh at least this much decides for itself against the part of the text it stands in. */
export const OVERRIDING_WEIGHT = 3;

export const CLAUSE_CUES: readonly ClauseCue[] = [
  // modal verbs of intent: 要 (not 主要, 重要, 首要, 需要, 要求, 只要 …; P(plan) 1.00), 将 (not 将近; 0.79), 力争, 确保 …
  { cue: /(?<![主重需必只纲概提摘首紧扼简显])要(?![求素点件闻害务])/, weight: 3, lean: [2.19, -0.07] },
  { cue: /将(?![近军])/, weight: 2, lean: [0.77, 0] },
  // (争取上级资金, 争取到: obtained, in a review)
  { cue: /力争|争取(?!上级|中央|国家|省级|资金|到|了)|确保|拟|(?<![于超的])预期|目标[是为]|务必/, weight: 3, lean: [1.04, -0.01] },
  { cue: /计划/, weight: 2, lean: [-0.22, 0] },
  // this year and the time ahead (今年 0.99)
  { cue: /今年|明年|新的一年|年内|年底前|年末前|今后|未来[一二三四五两\d]+年/, weight: 3, lean: [2.63, -0.02] },
  // a date something is due by (7月底前, 三季度前): only a plan sets one
  { cue: /月底前|月份前|季度前|月末前/, weight: 3, lean: [0, 0] },
  // what a target's figure is written with (左右 0.90, 以内 0.80)
  { cue: /左右|以内|控制在/, weight: 1, lean: [0, 0] },
  // last year as a clause's time (去年全省调减…), not as a base of comparison (比去年, 较上年同期)
  { cue: /(?<![比较同与从])(?:去年|上年)(?!同期)/, weight: -3, lean: [0, 0] },
  // a completed action: V了 (0.09), 已 (0.26), totals over time (累计 0.08), the preliminary figures of last year
  { cue: /(?<![为除罢])了(?![解如却])/, weight: -3, lean: [-2.14, 0.05] },
  { cue: /已经|已(?![于])|均已|业已/, weight: -2, lean: [-0.53, 0] },
  { cue: /累计/, weight: -2, lean: [-2.98, 0] },
  { cue: /初步核算|初步预计|预计全年|全年预计|初步统计/, weight: -4, lean: [0, 0] },
  // 预计 alone, as news quotes last year's preliminary figures (预计全省地区生产总值达4.58万亿元); 预计今年 looks ahead
  { cue: /预计(?!今年|明年|到|将|\d{4}年)/, weight: -2, lean: [0, 0] },
  { cue: /最好水平|最高水平|新高|历史最/, weight: -2, lean: [-1.29, 0] },
  { cue: /同比/, weight: -2, lean: [0, 0] },
  // results and their standing: 突破 (0.07), 超过 (0.15), 创历史新高, 居全国前列, awards
  { cue: /突破|超过|创(?:历史|新高|纪录)|居全[国省市]|位居|排名|名列|获评|荣获|获批|被评为|被列为|入选|取得|圆满|超额|兑现/, weight: -2, lean: [0, 0] },
  // approximate results: 2000多万, 1.2万余, 近5亿 (多 0.14)
  { cue: /\d[多余]|[十百千万亿]多[万亿]?[\u4e00-\u9fff]|近[\d一二三四五六七八九十两]/, weight: -1, lean: [0, 0] },
];

/**
 * Cues too common on both sides to decide a clause, which still lean one way as one of many clauses of a text
 * without a frame.
 */
export const LEANING_CUES: readonly ClauseCue[] = [
  // a clause opening with a task verb, past any bullet or ordinal: plans state their tasks so
  { cue: new RegExp(`${LEADING_MARK.source}${TASK_VERBS.source}`), weight: 0, lean: [0.80, -0.26] },
  // words of a review's results
  { cue: /取得|明显|显著|不断|成效|成绩/, weight: 0, lean: [-1.66, 0.05] },
];

/**
 * The lean of a clause naming an earlier year as its time (measured), and of one naming this year or a later one:
 * the national reports say 今年 for their own year where local ones write it out (2019年，郑州市要…), so it is
 * 今年's lean.
 */
export const YEAR_LEAN = { ahead: [2.63, -0.02], back: [-2.78, 0.01] } as const satisfies Record<string, ClauseCue['lean']>;

/**
 * A sentence opening (after any reporting clause, see REPORTING_CLAUSE) that sets the period the following
 * sentences speak of, until another one does. Years named as such are compared with the report year in code.
 */
export const FRAME_OPENINGS: readonly { cue: RegExp; role: SectionRole }[] = [
  // (the plans before 2006 have no middle digit: “九五”, “十五”)
  { cue: /^(?:过去五年|五年来|这五年|“?[九十][一二三四五六七八九]?五”?(?:时期|期间|以来))/, role: 'review_plan_period' },
  { cue: /^(?:过去一年|刚刚过去的|去年|一年来|上年|回顾)/, role: 'review_last_year' },
  { cue: /^(?:今年|明年|新的一年|下一步|今后)/, role: 'annual_tasks' },
];

/** A plan period named as the time of what follows (“十三五”期间，…): which one, as FIVE_YEAR_PLAN_START names it. */
export const PLAN_PERIOD_NAMED = /^“?([九十][一二三四五六七八九]?五)”?(?:时期|期间)/;

/**
 * A clause that only says someone is speaking ("王三运在报告中说", "报告指出", "温国辉介绍"): the frame is in the
 * clause after it.
 */
export const REPORTING_CLAUSE =
  /^[\u4e00-\u9fff]{0,14}(?:指出|提出|提到|说|显示|强调|介绍|表示|明确|称|透露|谈到|总结道|回顾道)$|^(?:报告|据介绍|据悉|记者从[^，,]{0,12}获悉|首先|其次|同时|此外|另外|最后|答)$/;

/**
 * A question's turn in an interview (记者：… / 问：…): a new topic, so the time the answer before set holds no more;
 * the answer (答：…) opens its own. Our own reading of interviews on reports.
 */
export const QUESTION_TURN = /^\s*(?:记者|问|主持人)[:：]/;

/** A sentence whose subject is the report ("报告首先回顾了2017年工作"): it announces what follows. */
export const REPORT_AS_SUBJECT = /^(?:[\u4e00-\u9fff]{0,8}(?:政府工作)?报告|《政府工作报告》)(?:首先|还|同时|最后|接着|随后|中)?/;

/** A sentence that says the text now reviews a year or plans one ("报告回顾了2017年工作", "对2018年工作进行全面回顾"). */
export const REVIEW_ANNOUNCED = /回顾了?|总结了?|交出[^，。]{0,6}(?:成绩单|答卷)|交答卷|成绩单/;
export const PLAN_ANNOUNCED = /(?:提出|部署|明确|安排)了?[^，。]{0,8}(?:今年|\d{4}年)|预期目标|主要目标|工作安排|重点工作|重点任务|为民办实事|民生实事|实事项目|立flag/;

/**
 * Words by which a heading or an announcing sentence opens a list of deliverables, whose entries follow it
 * (民生实事, 为民办实事项目, 十大工程, 以下几个方面, 如下 …); not 以下 after a figure (降到25%以下).
 */
export const LIST_ANNOUNCED = /实事|[十百]大(?:工程|项目|行动)|以下(?:[几一二三四五六七八九十两\d]+[个项件大]?)?(?:方面|工作|重点|任务|目标|措施|事项|项目|[:：])|如下/;

/**
 * A sentence among a list's entries that speaks of the list (这是连续第11年公开承诺办理实事, 据测算，12件实事共需投入…,
 * 确保各项实事于年底前全部完成, 十件实事将逐项明确牵头单位) or is said to those who carry it out (各责任单位要…,
 * 市政府要求，各有关部门…): a remark, not an entry. Our own reading of 民生实事 news.
 */
export const REMARK_ON_LIST =
  /^(?:这是|这也是|这些|此次|上述|以上)|(?:各项|上述|以上|这些|所有)(?:民生|惠民|为民)?实事|(?:\d+|[一二三四五六七八九十两]+)(?:件|项)(?:民生|惠民|为民)?实事(?:项目)?(?:共|将|要|均|需)|实事项目全部|^(?:[^，。；]{0,10}[，,])?各(?:有关|相关|责任|级)*(?:单位|部门)/;

/** A sentence promising a set of deliverables, as 民生实事 lists are introduced ("确定今年为民兴办10件实事"). */
export const DELIVERABLES_PROMISED = /(?:办好|兴办|拟办|确定|实施)[^，。；]{0,16}实事/;

/**
 * A sentence that is part of the page, not of the text: a photo caption or credit (图为…, 资料图片, 记者 某某 摄), an
 * image's file name pasted in (2013年配图(…).png), a line of the page's own (来源：…  点击数：916  更新时间：…), a
 * crosshead in brackets (【5.7%】去年经济增速高于全省: a sub-headline, never an item), or a numbered crosshead that is a
 * bare figure (数字二：6.1%, 亮点三：3万人: the paragraph under it says what the figure is). Our own reading of news
 * pages and copies.
 */
export const PAGE_FURNITURE =
  /\.(?:png|jpe?g|gif|webp|bmp)\b|配图|^图为|资料图片|记者\s*[\u4e00-\u9fff]{2,4}\s*摄|来源[:：]|点击[数量率]?[:：]|浏览[次数量]*[:：]|更新时间|发布时间|责任编辑|编辑[:：]|^\s*【[^】\n]{1,16}】[^，。；！？,;!?\n]{0,24}\s*$|^\s*[\u4e00-\u9fff]{1,4}[一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩\d]{1,2}\s*[:：]\s*\d[\d.]*\s*[%‰]?[\u4e00-\u9fff]{0,4}\s*$/i;

/**
 * A commentator's own reckoning (粗略算算，…将达到458亿元；按照10%的速度增长的话，…; 据记者粗略推算，…; 有人算过一笔账：
 * 按8.5%的增速，…; 平均到每一天，…; 按常住人口计，…; 我们测算过，…): what the writer works out, not what the report
 * commits to (按可比价格计算 is how a report states growth, and stays). Our own reading of news commentary, 一图读懂 pages
 * and interviews on reports.
 */
export const WRITERS_RECKONING =
  /粗略算算|算一算|掐指一算|算(?:过|了)?一笔账|按照[^，。]{0,20}的话|按[^，。；]{0,8}的(?:增速|速度|增幅)|平均到每[一天人]|按(?:常住|户籍)?人口[^，。；]{0,10}计|(?:记者|笔者|小编|我们)[^，。：:]{0,20}(?:推算|估算|测算|计算|换算|粗算)/;
/**
 * The report's forecast of its surroundings (预计今年高校毕业生超过1170万人): what it expects to happen, not what it
 * commits to. A clause opening so is neither plan nor review. Our own reading of the national reports.
 */
export const FORECAST = /^(?:[^，,；;]{0,6}?)预计(?:今年|明年|新的一年)/;
/** …said after the figure it reckoned, pointing back at it (…高出1.6个百分点，这一差距是记者…计算得出的): the clause before it is the writer's too. */
export const RECKONED_BEFORE = /^(?:这一?|该|此)[^，。]{0,6}是/;

/**
 * A clause about the meeting itself (who attends: 应到代表738人, 到会539人, 400多名市人大代表; its schedule: 今后四天
 * 代表们将审议…): no commitment whatever its figures. MEETING_WORDS is what every such clause holds, looked for first as it is cheap.
 */
export const MEETING_WORDS = /代表|委员|到会|应到|实到|出席|列席|请假|邀请|特邀|审议/;
export const MEETING_CLAUSE =
  /(?:应到|实到|到会|出席|列席|请假|特邀|邀请)[^，。]{0,8}[\d一二三四五六七八九十百千]|代表[\d一二三四五六七八九十百千]|[\d一二三四五六七八九十百千]+[余多]?名[^，。、]{0,16}(?:代表|委员)|代表们[^，。]{0,6}审议/;
