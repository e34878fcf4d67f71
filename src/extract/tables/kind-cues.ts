/**
 * Words that tell what kind of statement a clause is (gold-format.md "Item kinds"; our own reading of reports).
 */

/**
 * Verbs of a deliverable: with an explicit time and no quantity the clause is a milestone, and so is such an entry
 * of a list (gold-format.md: 建成/建设/新建 a named facility, 启动…建设, 实施…工程, 提供 a new service, 贯通, 升级,
 * 推出, 建立…制度, 发放).
 */
export const DELIVERABLE_VERBS =
  /完成|建成|建设|新建|开建|完工|竣工|开工|启动|开通|通车|投用|投入使用|投运|投产|运营|开放|开园|开馆|开业|招生|实现|建立|出台|简化|开展|解决|启用|上线|挂牌|落地|交付|具备|更新|改造|贯通|验收|达产|上报|摘帽|办理|实施[^，。；]{0,30}(?:工程|项目|行动|计划|制度)|提供|升级|推出|发放|免费|打造[^，。；]{0,20}(?:平台|中心|体系)|消除/;

/**
 * Open-ended verbs (gold-format.md: 加快, 推进, 加强, 继续, 加大, 完善, 支持, 进一步 …): before a deliverable verb
 * they make the clause a task (加快推进…建设, 将继续推进雄安新区建设), whatever it names after them.
 */
export const OPEN_ENDED_VERBS_FIRST = /加快|推进|推动|加强|深化|继续|持续|加大|完善|支持|进一步|促进|鼓励|优化|提升|强化|巩固|坚持|积极|逐步|着力|著力|大力/;

/** A clause opening with a completion: after an open-ended one in a list entry, it is a deliverable of its own. */
export const COMPLETION_OPENING = /^(?:完成|建成|基本建成|全面建成|编制完成|开工|竣工|投用|通车|启动|开建|新建|开通)/;

/**
 * What a milestone part is made of besides what it delivers: times, modal and degree words, the list itself or
 * those who carry it out as a subject (确保各项实事于年底前全部完成, 各责任单位按时完成). Where nothing else is left,
 * nothing is delivered.
 */
export const NOT_A_DELIVERABLE =
  /各(?:有关|相关)?(?:责任)?(?:单位|部门)|年底前|年内|年底|上半年|下半年|[\d一二三四五六七八九十]+月(?:底)?(?:前)?|确保|力争|争取|全面|全部|基本|如期|按时|按期|顺利|于|前|各项实事|各项任务|上述|以上|这些|各项|实事|项目|任务|工作/g;

/** Completing targets set elsewhere or not named (完成上级下达的节能减排任务, 目标任务全面完成): a task, not a milestone (gold-format.md). */
export const SET_ELSEWHERE = /(?:下达|年度)[^，。；]{0,12}(?:任务|目标)|目标任务/;

/** Open-ended verbs: an entry with one of these and no deliverable is a task. */
export const OPEN_ENDED_VERBS = /加快|推进|推动|加强|深化|继续|持续|坚持|扎实|着力|强化|优化|提升|完善|巩固|扩大|支持|鼓励|促进|落实|培育|打造|实施|做好|抓好|统筹|健全/;

/** A sentence that opens a list on the lines after it ("今年办好十件民生实事：") ends with a colon. */
export const LIST_OPENER_END = /[:：]\s*$/;

/**
 * A sentence about the year itself (2025年是“十四五”规划收官之年): neither a task nor, though it names a time and
 * a deliverable verb, a milestone.
 */
export const ABOUT_THE_YEAR = /^(?:今年|明年|新的一年|\d{4}年)[，,]?(?:也)?是/;

/**
 * Plan sentences that are no task — no concrete undertaking of this government a unit could own (gold-format.md
 * counts tasks as open-ended undertakings; these are the report's rhetoric). Our own reading of the national
 * reports 2000–2025, checked by hand on a sample of their tasks:
 * - about the year itself (今年是中华人民共和国成立75周年…) or what doing the year's work takes (做好今年工作，必须…);
 * - announcing what follows (实现上述目标，重点抓好以下工作);
 * - exhorting everyone (让我们…, 各位代表, 更加紧密地团结在…周围, 努力完成全年目标任务);
 * - on what the State Council speaks of but no department of a government carries out as a task of the year's
 *   plan: the armed forces and defence, Hong Kong and Macao, Taiwan, foreign policy (粤港澳大湾区 is a region's
 *   economy, and stays).
 */
export const NOT_A_TASK: readonly RegExp[] = [
  ABOUT_THE_YEAR,
  /^做好今年(?:政府)?工作[，,]/,
  /以下(?:几个方面|方面|几项)?(?:工作|任务|重点)|重点抓好以下|如下/,
  /^(?:让我们|各位代表)|团结在|伟大旗帜|作出了?全面部署|完成全年(?:经济社会发展)?目标任务/,
  /国防|军队|强军|军事|双拥|拥军|香港|澳门|(?<!粤)港澳|台湾|两岸|台独|九二共识|外交|和平发展道路|人类命运共同体|世界多极化/,
];

/**
 * A part ending in a bare measure word where its figure was stripped from the copy (建设新能源汽车充电桩处, 招聘教师名):
 * no item (gold-format.md). The characters before it that make a word of it (办事处, 排名, 扩张, 整个) are left out.
 */
export const STRIPPED_FIGURE = /[\u4e00-\u9fff](?<![事理之好用排署知著命提扩主紧开整各这那每一两几])(?:个|处|名|张)$/;
