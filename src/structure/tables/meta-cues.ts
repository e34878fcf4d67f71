/**
 * The fixed form of a report's opening: "——2017年2月20日在临溪县第十七届人民代表大会第一次会议上",
 * a speaker line "市长 张三", a title "X政府工作报告". Our own analysis of work reports across levels and decades.
 */

/**
 * The date line: date, then the congress (the region stands between 在 and 第…届). Spaces and line breaks as PDF
 * copies and web pages put them.
 */
export const DATE_LINE =
  /([\d〇○零oO一二三四五六七八九]{4})\s?年\s?([\d一二三四五六七八九十]{1,3})\s?月\s?([\d一二三四五六七八九十]{1,3})\s?日\s*在([^。]{0,40}?)人民代表大会([^。\n]{0,20}?会议)?/;

/**
 * A title naming the government, found from its last words back: 遵义市政府工作报告, 2016年宜昌市人民政府工作报告,
 * 审议通过了…临溪县政府工作报告, 甘肃省人民政府所作的《政府工作报告》, a zone's with the year between (某某新区2025年
 * 政府工作报告); a statistical bulletin's, with the year it covers
 * before or after the place (临溪县2022年国民经济和社会发展统计公报, 2022年临溪县国民经济和社会发展统计公报).
 */
export const TITLE_WORDS = /政府工作报告|(?:[12]\d{3}\s?年)?(?:国民经济和社会发展)?统计公报/g;
export const TITLE_PLACE = /([^\s，,。、；;：:！!？?《》“”"()（）]{2,16}?)(?:[12]\d{3}\s?年度?)?(?:人民政府(?:所作|作)的?|人民)?《?$/;
/** A government's head named with it: 甘肃省人民政府省长, 遵义市市长, 北京市朝阳区区长, 自治区人民政府主席. */
export const HEAD_WORDS = /省长|市长|县长|区长|州长|盟长|旗长|人民政府主席/g;
export const HEAD_PLACE = /([\u4e00-\u9fff]{2,14}?)(?:人民政府|政府)?(?:代理|代)?$/;
/** The State Council's report: 我代表国务院, 国务院总理…作政府工作报告. */
export const NATIONAL_SPEAKER = /我代表国务院|代表国务院[^。！？\n]{0,8}(?:作|向大会)|国务院总理[^。！？\n]{0,10}作[^。！？\n]{0,8}政府工作报告/g;
/**
 * Words that cannot be part of a place name: what stands before one in a sentence (在, 召开的, 2016年, 代表…, 经 as in
 * 经县人大会议票决 (by the county's congress; not in 经济开发区, 经开区), and the verbs a commentary puts before a session: 一论学习贯彻市十四届人大五次会议精神).
 */
export const PLACE_STOP = /经(?![济开])|[在的了和与及是年日月届次将对从向据由为\d\s，,。、；;：:《》“”"()（）]|代表|政府|长|学习|贯彻|落实|召开|出席|参加|开幕|闭幕|举行|[一二三四五六七八九十]论/;

/**
 * A news page's day of the meeting: "2月8日上午，…会议…开幕", or a dateline ("本报遵义2月8日电", "2月8日讯")
 * followed by the day in the story ("8日上午", "今天上午", "今(8)日"), its year when written. A range (2月3日至6日)
 * names no one day.
 */
export const NEWS_DAY =
  /(?:(\d{4})\s?年\s?)?(?<!\d)(\d{1,2}|[一二三四五六七八九十]{1,2})\s?月\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?日(?!\s?[至到\-—～~]\s?\d)(?:电|讯|消息)?/g;
/** In a story under a dateline, the day of the meeting itself: 8日上午, 今天上午, 今(8)日, 今日. */
export const STORY_DAY = /^[^。！？\n]{0,40}?(?:(?<![\d月])(\d{1,2})日|今天|今日|今[(（]\d{1,2}[)）]日)/;
/** A story's day without its month: 8日上午. */
export const BARE_DAY = /(?<![\d月])(\d{1,2})日(?:上午|下午|晚上?)/g;
/** The people's congress, by any of its names. */
export const CONGRESS = /人民代表大会|人大|两会/;
/** Words saying the report was delivered at the meeting of that day. */
export const DELIVERED =
  /(?:人民代表大会|人大)[^。！？\n]{0,40}?(?:开幕|召开|举行|闭幕|会议上)|(?:作|做|听取|审议)[^。！？\n]{0,24}?政府工作报告|报告工作/;

/** A speaker line after the date line: an office title and a name. */
export const SPEAKER_LINE = /^[ \u3000]*(?:[\u4e00-\u9fff]{0,12}?)(?:代理)?(总理|省长|市长|县长|区长|州长|盟长|旗长|主席)[ \u3000]*([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,5})[ \u3000]*$/m;

/** 全省/全市/全县/全区 — what a report calls its own territory tells its level when the region is unknown. */
export const TERRITORY_WORDS: readonly [string, 'national' | 'province' | 'city' | 'county'][] = [
  ['全国', 'national'],
  ['全省', 'province'],
  ['全区', 'county'],
  ['全市', 'city'],
  ['全县', 'county'],
  ['全州', 'city'],
  ['全盟', 'city'],
  ['全旗', 'county'],
];

/** Chinese digits as written in dates (一九五四年九月二十三日), with the zeros copies put in (二o二四, 二0一二). */
export const DATE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'o': 0, 'O': 0, '0': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/**
 * A congress session as written: 第十二届人民代表大会第三次会议, 九届人大三次会议, 第十七届人民代表大会召开第四次
 * 会议, and the 人大代表大会 copies mix the two into; not its standing committee nor its deputies (人大代表).
 */
export const SESSION =
  /(第?[一二三四五六七八九十]{1,3}\s?届)\s?(全国)?(?:人民代表大会|人大(?:代表大会)?)(?!常务委员会|常委会|代表)(?:召开|举行)?(第?[一二三四五六七八九十]{1,3}\s?次(?:全体)?会议)?/g;
/** After a session, words saying the report is delivered there: …会议开幕, …会议上, 向…会议作政府工作报告. */
export const SESSION_HELD_AFTER = /^(?:\s?上|\s?(?:作|做|报告)|[^。！？\n]{0,24}?(?:开幕|召开|举行|闭幕|隆重))/;
/**
 * After a session, words saying it is an earlier one: 省十二届人大二次会议确定的目标, 九届人大一次会议以来; and
 * before one: 从第七届全国人民代表大会第一次会议到这次大会.
 */
export const SESSION_EARLIER_BEFORE = /(?:从|自)[^，。！？\n]{0,4}$/;
export const SESSION_EARLIER_AFTER = /^(?:上)?(?:确定|提出|通过|作出|以来|审议通过|批准|决定)/;
