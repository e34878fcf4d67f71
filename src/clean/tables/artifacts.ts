/**
 * Scraping artifacts seen in web copies of reports (our own analysis of copies found on portals, forums
 * and document-sharing sites).
 */

/** A quotation mark that a scraper turned into two semicolons: the n-th ";;" of a paragraph opens or closes. */
export const SEMICOLON_QUOTE = ';;';
export const OPENING_QUOTE = '“';
export const CLOSING_QUOTE = '”';

/**
 * Stray markers: a number of two or more digits and one capital letter wedged between Chinese characters
 * ("全市22M经济"), left by page counters and watermark codes. One-digit codes are real names (5G, 4A级),
 * so they are not matched.
 */
export const STRAY_MARKER = /(?<=[\u3400-\u9fff，。、；：！？”])\d{2,3}[A-Z](?=[\u3400-\u9fff“，。、])/g;

/**
 * A space inside a figure, between a figure and its unit, or after its percent sign ("39.8 万亿元", "2021 年",
 * "6.5% 左右", often a &nbsp;), or on either side of its decimal point ("1036 .4亿元", "增长6. 3%", a PDF's text
 * layer): typesetting debris of copied pages; a figure reads as one token. After a point only where a word
 * precedes the figure: "；2. 3月底前…" numbers a list entry. Never before a clock time: "2024-03-12 10:21" is a date
 * and a time, and a clock time is no figure. A gap of three spaces or more is no debris but a text table's column gap
 * ("1      新建农村公路…      县交通运输局").
 */
export const SPACE_IN_FIGURE = /(?<=\d|%)(?<!\d[:：]\d\d) {1,2}(?! )(?!\d{1,2}[:：]\d\d)(?=[\d万亿千百%％\u4e00-\u9fff]|[.．]\d)|(?<=[\u4e00-\u9fff]\d+[.．]) +(?=\d)/g;

/**
 * An HTML character reference with its semicolon (named, decimal or hexadecimal), escaped again any number of
 * times ("&amp;ldquo;"); group 1 is the innermost reference without its "&".
 */
export const HTML_ENTITY = /&(?:amp;)*(#\d{1,7};|#[xX][\dA-Fa-f]{1,6};|[A-Za-z][A-Za-z\d]{1,31};)/g;

/** The non-breaking space an &nbsp; names: typesetting, a plain space in the text. */
export const NBSP = '\u00a0';

/**
 * An advertisement a spam site put on a line of its own inside the article ("某某娱乐城_官网_www.example.com_注册即送…",
 * "【代开发票 联系QQ 12345678】"): a web address or a contact handle, with neither the punctuation of a sentence nor a
 * date (a page's own source line keeps its date for the metadata). Matched with its line break, so the sentences
 * around it do not take it in.
 */
export const AD_LINE =
  /^[^\n。，；、！？]*(?:www\.|https?:\/\/|[A-Za-z\d-]\.(?:com|net|cn|org)\b|(?:QQ|qq|微信|VX|vx|加V)[:：\s]*[A-Za-z\d_-]{5,})[^\n。，；、！？]*(?:\r?\n|$)/gm;
/** What every advertisement line holds, looked for first as it is cheap. */
export const AD_CORE = /www\.|https?:|\.(?:com|net|cn|org)|QQ|qq|微信|VX|vx|加V/;
export const DATE_IN_LINE = /\d{4}\s*[-年/.]\s*\d{1,2}/;

/** …and a web address a spam site wedged between the characters of a word (一般预算www.example.com收入, 停KY.COM设施). */
export const WEDGED_ADDRESS = /(?<=[\u4e00-\u9fff])(?:www\.)?[A-Za-z\d-]{2,}\.(?:com|net|cn|org|COM|NET|CN|ORG)(?=[\u4e00-\u9fff“])/g;

/**
 * A page number on a line of its own, left between two pages of a report printed to PDF and copied as text:
 * "— 3 —", "- 3 -", "~3~", "第 3 页", "第3页 共20页". Matched with the line's break, so the sentence the page
 * cut joins up again. A bare number is not taken: a table copied cell by cell puts its values on lines alone.
 */
/** A PDF page's running header (the gazette's name and issue) is a short line: at most this many characters. */
export const RUNNING_HEADER_MAX = 40;

export const PAGE_NUMBER_LINE =
  /^[ \t\u3000]*(?:[—–\-－~～]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[—–\-－~～]{1,2}|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[，,/]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?)[ \t\u3000]*(?:\r?\n|$)/gm;

/**
 * A line is letter-spaced when at least this share of its Han characters are followed by a single space (running
 * text has nearly none; a letter-spaced line nearly all), and it has this many Han characters.
 */
export const LETTER_SPACED_LINE_SHARE = 0.6;
export const LETTER_SPACED_MIN_CHARACTERS = 4;

/**
 * A news story's dateline or byline ends where a space follows it at the start of a line (本报讯 …, 新华社北京3月5日电 …,
 * 记者 某某): that space separates the marker from the story and is kept. From the agencies' house style (own analysis).
 */
export const DATELINE_BEFORE_SPACE = /^[^，。；,;：:]{0,24}(?:讯|电|(?:记者|通讯员)(?: [\u4e00-\u9fff]{2,4})?)$/;

/** Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, a BOM inside the text): invisible web-page debris. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** A brace on a line of its own, or between Chinese characters: a template remnant, never report text. */
export const LONE_BRACE = /(?<=^[ \t\u3000]*)[{}](?=[ \t\u3000]*$)|(?<=[\u3400-\u9fff，。])[{}](?=[\u3400-\u9fff，。])/gm;

/** Marks that end a sentence or a list item: a line ending in one is not broken mid-sentence. */
export const SENTENCE_END = '。！？!?；;：:”」』';

/** Marks that cannot end a line in running text: a break after one is a hard break inside a sentence. */
export const OPEN_MID_SENTENCE = '，,、“「『（(《';

/**
 * A line of running prose cut mid-sentence where no column width shows (a short excerpt of a PDF, a copy that kept
 * the PDF's breaks): long, with a clause mark inside, ending in a Han character or a digit ("…415.5亿元，增⏎长…").
 * Headings, titles and page lines have no clause mark or are short; a paragraph's last line ends in its full stop.
 */
export const CUT_PROSE = { min: 24, inside: /[，,；;]/, end: /[\u4e00-\u9fff\d]$/, next: /^[\u4e00-\u9fff\d%]/ } as const;

/** Characters that never start a sentence: a line starting with one continues the line before. */
export const CANNOT_START = '，。、；：）》”%万亿';

/**
 * A figure cut by a line break at its decimal point (126⏎.8亿斤, 4.⏎2%) or a range at its dash (1-⏎2家, 3⏎～5个): how a
 * line ends and the next starts. The two lines are one whatever the layout.
 */
export const FIGURE_CUTS: readonly (readonly [end: RegExp, start: RegExp])[] = [
  [/\d$/, /^[.．]\d/],
  [/\d[.．]$/, /^\d/],
  [/\d[-－~～]$/, /^\d/],
  [/\d$/, /^[-－~～]\d/],
];

/**
 * The subtitle under a report's title ("——2024年1月15日在…会议上") is a line of its own: nothing joins it. Only
 * the whole line: "——" also opens the paragraphs of a list of achievements (——经济运行稳中向好。…).
 */
export const SUBTITLE_LINE = /^[ \t\u3000]*——[^。\n]{0,60}(?:会议|大会)上[ \t\u3000]*$/;

/**
 * A date line split in two, as page layouts and PDF copies set it: the date and place
 * (2012年2月9日在临溪县), then the session (第十五届人民代表大会第一次会议上). The halves are one line.
 */
export const SUBTITLE_HEAD = /^[ \t\u3000]*[—\-－]{0,2}[ \t\u3000]*[\d〇○零一二三四五六七八九]{4}[ \t\u3000]*年[^。，,\n]{0,20}[在于][^。，,\n]{0,30}$/;
export const SUBTITLE_TAIL = /^[ \t\u3000]*[^。，,\n]{0,30}(?:会议|大会)上[ \t\u3000]*$/;

/** A line that starts a heading or a list item is never joined to the line before it (a decimal, 8.1%, starts none). */
export const BLOCK_START =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[、．]|\.(?!\d))|第[一二三四五六七八九十百]+[章节部分条]|[●○■□◆◇▲△★☆·•\-—])/;
