/** Punctuation that ends a sentence, and that separates clauses within one (GB/T 15834-2011 标点符号用法). */
export const SENTENCE_MARKS = '。！？!?';
export const CLAUSE_MARKS = '，,；;：:';

/**
 * A note naming responsible units after a task, as task-split documents (分工方案) write it: "（牵头单位：…；
 * 责任单位：…）", "【牵头：…；配合：…】", or "（责任单位：A、B）" alone, where the unit listed first leads (their
 * usual rule: 列第一位的为牵头单位). It stands apart and ends the sentence before it. Groups: `key`, the first
 * list's name; `first`, that list; `others`, the units of the second list.
 */
export const UNIT_NOTE =
  /[（(【[](?<key>牵头单位|牵头部门|牵头|责任单位|责任部门|主责单位)[:：](?<first>[^；;）)】\]]+)(?:[；;][ \u3000]*(?:责任单位|配合单位|参与单位|协办单位|责任部门|配合部门|配合|参与)[:：](?<others>[^）)】\]]+))?[）)】\]]/g;

/** The name of a note's first list when it names the lead units themselves. */
export const LEAD_KEY = /^牵头/;
export const UNIT_LIST = /[、，,]/;

/**
 * Where a comma was deleted after a percentage ("年均增长6.6%总量迈上4千亿元台阶"), the clause ends at the % unless
 * what follows continues the figure (以上, 左右, 的, 和, a range …). Only % is a safe end: after 元 or 个 a noun
 * may still belong to the figure (4千亿元台阶).
 */
export const PERCENT_SIGNS = '%％';
export const CONTINUES_FIGURE = /^(?:以上|以下|以内|左右|上下|的|和|及|与|或|[\u4e00-\u9fff]{0,2}[至到]|、|-|—|~|－|）|\)|”|，|。|；|：|,|;|:|\s|$)/;

/**
 * What may stand before the first word of a sentence: a bullet (●, ■, ★ …, as pages set lists), an ordinal
 * (一是, 1., （二）, ③) and white space.
 */
export const LEADING_MARK = /^[\s●•·■□◆◇○◎★☆▲△▶►◉▪※\-—*]*(?:[一二三四五六七八九十]{1,3}是|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|[①-⑳])?[\s，,]*/;

/**
 * The ordinal that opens an entry of a numbered list (1．, 2、, 十、, （3）, ⑤, 一是): not part of what the entry
 * states. A decimal is no ordinal (1.2万名困难群众). Groups 1 to 6 tell the style apart: the entries of one list
 * share it.
 */
export const LIST_ORDINAL =
  /^(?:(\d{1,2})(?:、|[．.](?!\d))|([一二三四五六七八九十]{1,3})[．.、]|[（(](\d{1,2})[）)]|[（(]([一二三四五六七八九十]{1,3})[）)]|([①-⑳])|([一二三四五六七八九十]{1,3})是)/;

/** The style of a list ordinal (1．/一、/（1）/（一）/①/一是), from the LIST_ORDINAL group that matched. */
export const ordinalStyle = (m: RegExpExecArray): number => m.findIndex((g, i) => i > 0 && g !== undefined);
