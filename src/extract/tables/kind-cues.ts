/**
 * Words that tell what kind of statement a clause is (gold-format.md "Item kinds"; our own reading of reports).
 */

/** Verbs of a deliverable: with an explicit time and no quantity the clause is a milestone. */
export const DELIVERABLE_VERBS =
  /完成|建成|完工|竣工|开工|开通|通车|投用|投运|投产|运营|开放|开业|招生|实现|建立|出台|简化|开展|解决|启用|上线|挂牌|落地|交付|具备|更新|改造|贯通|验收|达产/;

/** Open-ended verbs: an entry with one of these and no deliverable is a task. */
export const OPEN_ENDED_VERBS = /加快|推进|推动|加强|深化|继续|持续|坚持|扎实|着力|强化|优化|提升|完善|巩固|扩大|支持|鼓励|促进|落实|培育|打造|实施|做好|抓好|统筹|健全/;

/**
 * The ordinal that opens an entry of a numbered list (1．, 2、, 十、, （3）, ⑤): not part of what the entry states.
 * A decimal is no ordinal (1.2万名困难群众). Group 1 to 5 tell the style apart: the entries of one list share it.
 */
export const LIST_ORDINAL = /^(?:(\d{1,2})(?:、|[．.](?!\d))|([一二三四五六七八九十]{1,3})[．.、]|[（(](\d{1,2})[）)]|[（(]([一二三四五六七八九十]{1,3})[）)]|([①-⑳]))/;

/** The style of a list ordinal (1．/一、/（1）/（一）/①), from the LIST_ORDINAL group that matched. */
export const ordinalStyle = (m: RegExpExecArray): number => m.findIndex((g, i) => i > 0 && g !== undefined);

/** A sentence that opens a list on the lines after it ("今年办好十件民生实事：") ends with a colon. */
export const LIST_OPENER_END = /[:：]\s*$/;
