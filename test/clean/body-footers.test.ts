import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBody } from '../../src/clean/body.js';

/**
 * A page footer after the report or article: related-news and download boxes, bylines, share buttons, site
 * links, copyright notices, in simplified or traditional characters, letter-spaced or not. The body ends before
 * it. Rows are [input, expected body text].
 */
const article = [
  '1月12日，临溪县第十八届人民代表大会第三次会议开幕。',
  '县长代表县人民政府作政府工作报告。报告提出，今年全县地区生产总值增长6.5%左右，城镇新增就业5000人，',
].join('\n');

const footers: [string, string][] = [
  [`${article}\n\n相關鏈接：\n臨溪縣召開經濟工作會議\n·凡注明來源為“臨溪網”的所有文字、圖片，版權均屬臨溪網所有。`, article],
  [`${article}\n來 源：臨溪網\n編 輯：chenhong`, article],
  [`${article}\n\n新闻推荐\n\n在本次会议期间，记者发现代表们的材料袋里多了一本画册。`, article],
  [`${article}\n全文下载：\n2024年临溪县政府工作报告.docx`, article],
  [`${article}\n关于我们 | 广告服务 | 网站地图 | 网站公告\n临溪日报社版权所有`, article],
  [`${article}\n责编：张三\n留言要注意语言文明，此间评论仅代表个人看法 查看留言`, article],
  [`${article}\n分享：\n查看完整版本: 临溪两会速览`, article],
  [`${article}\n\n网友评论\n\n说得好，期待落实。`, article],
  [`${article}\n【打印】【关闭】\n主办单位：临溪县人民政府办公室  技术支持：临溪网络公司\n网站标识码：1234567890`, article],
  [`${article}\n扫描二维码，关注临溪发布微信公众号`, article],
  // a WeChat article's end, and a forum thread's post tools
  [`${article}\n- END -\n编辑丨张三  审核丨李四\n往期推荐\n阅读原文`, article],
  [`${article}\n回复本楼 只看该作者 使用道具`, article],
  // the rest of a shared document and a paginated copy's page links
  [`${article}\n剩余5页未读，继续阅读\n下载文档 收藏文档`, article],
  [`${article}\n上一页 1 2 3 4 5 下一页 尾页`, article],
  // a footer longer than the article: a long list of other articles after a short news item
  [
    `${article}\n相关新闻\n${Array.from({ length: 12 }, (_, i) => `临溪县第${i + 1}届民生实事项目评选活动圆满落幕 群众满意度持续提升`).join('\n')}`,
    article,
  ],
  // a list of other articles, each ending in its date
  [`${article}\n·临溪县召开两会 2024-01-15\n·临溪县十件实事出炉 2024-01-14 09:30\n·临溪县举行新春团拜会 [01-10]`, article],
];

/** Lines with chrome words that are report or article text and stay. */
const kept: string[] = [
  // a crosshead naming the topic, not the page's keyword list
  `${article}\n\n关键词：开放高地\n\n全年进出口总额增长8%，新开通国际货运班列2条，`,
  // a short line of news saying people liked it
  `${article}\n不少市民为此点赞。\n报告还提出，新建改建农村公路120公里，新增城镇就业5000人，完成造林绿化2万亩，`,
  // a photo caption naming its source inside the article
  `${article}\n（图片来源：临溪发布）\n报告还提出，新建改建农村公路120公里，新增城镇就业5000人，完成造林绿化2万亩，`,
  // a statistical table ending the excerpt: figures with decimals are no dates
  `${article}\n表2：主要农产品产量\n粮 食 199008.5 6.3\n油 料 2014.1 -0.1\n#夏粮 89005.4 0.5`,
  // list entries and short report lines naming a WeChat service or QR codes, in the second half of the text
  `${article}\n5.推广扫码乘车。\n6.开通政务服务微信。\n7.新建公园3个。`,
  // a short report line naming a WeChat service in the first half of the text
  [
    '（五）优化政务服务。',
    '开通政务服务微信公众号。',
    '全面推行“一网通办”，企业开办时间压缩至1个工作日以内，工程建设项目审批时间压缩至80个工作日以内，',
    '新增政务服务自助终端120台，实现乡镇全覆盖，办理高频事项200项以上，群众满意率达到98%以上，',
  ].join('\n'),
];

test('the body ends before the page footer', () => {
  for (const [input, expected] of footers) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});

test('chrome words in report or article text do not end the body', () => {
  for (const input of kept) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), input);
  }
});
