/**
 * The fixed form of a report's opening: "——2021年2月23日在太原市第十四届人民代表大会第五次会议上",
 * a speaker line "市长 张三", a title "X政府工作报告". Our own analysis of work reports across levels and decades.
 */

/** The date line: date, then the congress (the region stands between 在 and 第…届). */
export const DATE_LINE =
  /[—\-－]{0,2}[ \u3000]*([\d〇○零一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日[ \u3000]*在([^\n]{0,40}?)人民代表大会([^\n]{0,20}?会议)?/;

/** A division name ends in one of these (GB/T 2260); the region is the congress text up to the last one. */
export const REGION = /^[\u4e00-\u9fff]{1,12}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|区|州|盟|旗)(?=第|[一二三四五六七八九十\d]+届|人民代表大会|人大|$)/;

/**
 * A congress named in running text, as news digests of reports write it: "广东省十四届人大二次会议",
 * "太原市第十六届人民代表大会第三次会议".
 */
export const CONGRESS_MENTION =
  /([\u4e00-\u9fff]{2,10}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))(第?[一二三四五六七八九十]+届)(?:人民代表大会|人大)(第?[一二三四五六七八九十]+次(?:会议)?)?/;

/** The day a news digest says the congress opened or the report was given ("1月23日上午,…人大二次会议在广州开幕"). */
export const DAY_MENTION = /(\d{1,2})月(\d{1,2})日[^。\n]{0,40}?(?:人民代表大会|人大|政府工作报告)/;

/** A speaker line after the date line: an office title and a name. */
export const SPEAKER_LINE = /^[ \u3000]*(?:[\u4e00-\u9fff]{0,12}?)(?:代理)?(总理|省长|市长|县长|区长|州长|盟长|旗长|主席)[ \u3000]*([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,5})[ \u3000]*$/m;

/** A title naming the government: "太原市政府工作报告", "2021年山西省人民政府工作报告". */
export const TITLE = /^[ \u3000]*(?:\d{4}年)?([\u4e00-\u9fff]{2,12}?)(?:人民)?政府工作报告[ \u3000]*$/m;

/** Headings (and digests) that name the report year by what follows it; a place name may stand between. */
export const YEAR_OF_PLAN =
  /(\d{4})年(?:的|政府)?[\u4e00-\u9fff]{0,4}?(?:工作安排|主要任务|重点工作|工作任务|工作(?!回顾|总结)|经济社会发展|发展)(?![^。\n]{0,12}(?:回顾|成果|成就))/;
export const YEAR_OF_REVIEW = /(?:回顾了?)?(\d{4})年(?:的)?(?:工作回顾|主要工作|工作总结|工作成果|发展成就)/;

/** Words that mark the national government's report. */
export const NATIONAL_CUE = /全国人民代表大会|国务院/;

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

/** A year as written in the text: 2021年, or 一九五四年 in old reports. */
export const YEAR_MENTION = /([12]\d{3}|[一二][〇○零一二三四五六七八九]{3})年/g;

/** Chinese digits as written in old dates (一九五四年九月二十三日). */
export const DATE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
