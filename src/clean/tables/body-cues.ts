/**
 * Cues for where a work report (or an article about it) starts and ends in a page: the fixed form of
 * 政府工作报告 (title, the "——X年X月X日在…人民代表大会…上" date line, the speaker, the "各位代表：" salutation, a
 * closing call ending in "！"), and the page header, chrome and footer that web copies put around it. Our own
 * analysis of reports and of the Chinese news, government, forum, wiki and document-sharing pages that copy them.
 * Cues are read on a line's cue form (page-lines.ts: simplified characters, no white space).
 */

/** A line that opens the report proper. */
export const OPENING_LINES: readonly RegExp[] = [
  /^[—\-－]{1,2}[一二三四五六七八九〇○零\d]{4}年.{0,40}(?:人民代表大会|人代会|会议)/,
  /^各位代表[：:！!，,]/,
  /^现在[，,]?我代表.{0,12}(?:人民政府|政府|国务院)/,
];

/** A title line naming the report (政府工作报告, 2024年临溪县政府工作报告（全文）). */
export const TITLE_LINE = /^.{0,30}工作报告》?(?:[（(](?:全文|摘要|摘登|节选)[）)])?$/;

/**
 * The rest of the report's preamble between its title and the salutation: the date line (also in two lines,
 * 2012年2月9日在临溪县 / 第十五届人民代表大会第一次会议上, or in brackets), the government's name, the speaker.
 */
export const PREAMBLE_LINES: readonly RegExp[] = [
  /[\d〇○零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日(?:在|.{0,40}(?:人民代表大会|人代会|会议|大会))/,
  /^[（(]?[\d〇○零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[）)]?$/,
  /^[—\-－]{0,2}(?:在.{0,20})?第?[一二三四五六七八九十\d]+届人民代表大会.{0,12}会议上?$/,
  /^.{1,20}人民政府$/,
  /^.{0,16}(?:省长|市长|县长|区长|州长|旗长|盟长|主席|总理)[\u3400-\u9fff·]{2,4}$/,
];

/** Words of the closing call (…为…而努力奋斗！): the report ends with the paragraph that has one and ends in "！". */
export const CLOSING_WORDS = /奋斗|奋进|努力|贡献|篇章|胜利|前进|拼搏|开拓|新征程|新局面|伟大|更大成绩|周年/;
export const CLOSING_MARKS = '！!';

/**
 * Site chrome: a short line with one of these is not the report (footers, reply boxes, side boxes); on the cue
 * form, 相關鏈接 and 来 源： match too. Phrases, not single words a report may use (微信 alone is a report's
 * 政务微信; 微信公众号 is a page's follow box).
 */
export const CHROME_LINES: readonly RegExp[] = [
  // replies and comments, a forum thread's post tools
  /我要回帖|我要评论|发表评论|网友评论|条评论|查看评论|我要留言|查看留言|回复本楼|回复楼主|只看该作者|使用道具/,
  // a WeChat article's end: past issues, read the original, 在看
  /往期推荐|往期精选|阅读原文|点个在看|^-?END-?$/i,
  // sharing, printing, QR codes, following the site
  /分享到|扫一扫|扫描二维码|扫码关注|长按识别|微信公众号|关注.{0,6}微信|微信号|点击添加|打印本页|关闭窗口|【打印】|【关闭】|返回顶部|返回首页|返回列表/,
  // related, recommended and further reading, downloads, pages, the rest of a shared document
  /上一篇|下一篇|相关文章|相关阅读|相关链接|相关新闻|相关推荐|新闻推荐|推荐阅读|热门推荐|猜你喜欢|精彩推荐|延伸阅读|更多关于|全文下载|附件下载|查看完整版本/,
  /上一页|下一页|尾页|展开全文|阅读全文|查看全文|余下全文|加载更多|继续阅读|点击查看|点击进入|下载文档|收藏文档|文档格式|本文档|上传于|上传者|贡献者|下载积分/,
  // the site's own links, its operator, licences and notices
  /关于我们|联系我们|网站地图|站长|主办单位|承办单位|技术支持|网站标识码|版权声明|版权所有|免责声明|Copyright|©|ICP备|公网安备|浏览器|分辨率/i,
  // the article's source and editor; 来源 as a label (a photo caption's 图片来源 is inside an article)
  /责任编辑|^[【\[（(·]?(?:信息|文章|新闻|稿件|本文)?来源[：:]/,
  // a wiki's licence notice
  /Public domain|本作品|维基/i,
  // a link in a list of other articles, ending in its date (临溪县两会开幕 2024-01-15, …[01-15]): reports write 年月日
  /(?<![\d.])\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?$|[（(\[]\d{1,2}-\d{1,2}[)）\]]$/,
];

/**
 * Labels a chrome line starts with: the editor's and reviewers' bylines, a share box (编辑：…, 审核丨…, 分享：; a
 * WeChat article sets them off with 丨). Not 关键词：, which news pages also use for crossheads (关键词：开放高地).
 */
export const CHROME_LABEL = /^(?:编辑|责编|采写|分享|审核|校对|监制|排版|来源|素材来源)[：:丨｜|]/;

/**
 * The page header above an article, in two parts, read on lines that are no sentence (no "。", no comma past a
 * few words) and no list entry.
 *
 * Navigation stands above the article's title: menus, breadcrumbs, 设为首页, 老年模式, 无障碍, login and download
 * prompts, an e-paper's masthead (总第N期, 第N版, a date with its weekday), reading-time notes, site banners and
 * weather lines.
 */
export const NAVIGATION_LINES: readonly RegExp[] = [
  // menus, breadcrumbs, site search, versions of the site
  /位置[：:>]|[>»›].*[>»›]|首页|导航|^Menu$|^English$|搜索|设为首页|收藏本站|加入收藏|官方微博|手机版|手机看|手机阅读|扫码阅读|老年模式|长辈版|关怀版|无障碍|繁体版|简体版/i,
  // login, registration, document-sharing prompts
  /登录|注册|购物车|我的足迹|立即下载|免费下载|会员/,
  // an e-paper's masthead and page links
  /总第\d+期|第?[A-Z]?\d+版|版面导航|上一版|下一版|上一期|下一期|往期回顾|返回目录|\d{4}年\d{1,2}月\d{1,2}日星期/,
  // reading time, site banners, weather
  /读完约|阅读时间|欢迎光临|欢迎浏览|欢迎访问|欢迎来到|www\.|\.com|\.cn|天气|温度[：:]/i,
  // a WeChat article's head: the follow prompt, the collection it is filed in
  /点击蓝字|关注我们|收录于合集|设为星标/,
];

/**
 * The article's info bar stands between its title and its text: the publication stamp (发布时间, 来源, 浏览次数,
 * 作者, a date with a clock time), the font-size and comment buttons, the page's keyword list.
 */
export const INFO_BAR_LINES: readonly RegExp[] = [
  /发布时间|发布日期|更新时间|刊发日期|发稿时间|发表于|发表日期|^(?:时间|日期)[：:]|稿源[：:]|来源[：:]|作者[：:]|记者[：:]|通讯员|责任编辑|编辑[：:]/,
  /浏览次数|浏览量|次浏览|人浏览|点击率|点击数|点击量|阅读次数|阅读量|次阅读|人阅读|访问次数|查看人数|^字号|字体[：:]|我来说两句/,
  /\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\d{1,2}:\d{2}/,
  /^关键词[：:]/,
];

/** A line opening with a list ordinal (一、 （二） 3. ④) is report or article text, never page header. */
export const ORDINAL_LINE = /^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|[①-⑳])/;
