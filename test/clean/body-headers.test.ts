import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBody } from '../../src/clean/body.js';

/**
 * The page header above an article that has no report opening: navigation (menus, breadcrumbs, accessibility
 * and login links, an e-paper's masthead) stays out; the title naming the document is kept with the info bar
 * under it (发布日期, 来源, 浏览次数), a headline stating a figure is not. Rows are [input, expected body text].
 */
const lede = '1月12日，临溪县第十八届人民代表大会第三次会议开幕。县长代表县人民政府作政府工作报告，';
const list = '2024年县政府民生实事项目共10项，项目情况如下：\n1.新增托育机构3家。\n2.改造老旧小区12个。';

const headers: [string, string][] = [
  // portal menus and a breadcrumb above the title; the title and its info bar stay
  [
    `临溪网--县域门户    首页 | 新闻 | 图片 | 数字报\n   · ·设为首页 ·收藏本站\n您当前的位置：首 页 > 专 题 > 两会\n\n2024年县政府民生实事项目\n发布日期：2024-02-01 09:50 访问次数： 信息来源：县政府办公室\n${list}`,
    `2024年县政府民生实事项目\n发布日期：2024-02-01 09:50 访问次数： 信息来源：县政府办公室\n${list}`,
  ],
  // accessibility links on a government site
  [`民生实事项目\n进入老年模式\n无障碍浏览\n${list}`, list],
  // a news headline stating a figure goes with the info bar; the article starts after it
  [`您所在的位置: 临溪网 > 时政 > 正文\n临溪今年生产总值增长6.5%\nwww.linxi.cn 2024-01-12 11:14   来源：临溪网    我来说两句\n${lede}`, lede],
  // a forum post: board name, breadcrumb, poster and time
  [`临溪论坛\n首页 » 问答 » 两会速览\nlinxi2024 - 2025/5/14 19:23:00\n${lede}`, lede],
  // an e-paper page: the date masthead, then title and info bar (traditional, letter-spaced labels)
  [
    `2024年01月13日 星期六\n臨溪縣政府工作報告解讀\n發布日期：2024-01-13\n信息來源：臨溪日報\n${lede}`,
    `臨溪縣政府工作報告解讀\n發布日期：2024-01-13\n信息來源：臨溪日報\n${lede}`,
  ],
  // document-sharing prompts
  [`购物车\n我的足迹\n加入Vip免费下载 立即下载\n${lede}`, lede],
  // a reading-time note
  [`本篇文章1607字，读完约4分钟\n${lede}`, lede],
  // an e-paper's page links above the title; a stamp without a clock time
  [
    `上一版  下一版  版面导航\n第A03版：两会特刊\n临溪县政府工作报告摘要\n时间：2024-01-13  稿源：临溪日报\n${lede}`,
    `临溪县政府工作报告摘要\n时间：2024-01-13  稿源：临溪日报\n${lede}`,
  ],
  // a whole menu on one long line
  [
    `${['首页', '新闻中心', '政务公开', '办事服务', '互动交流', '走进临溪', '图片新闻', '视频新闻', '专题专栏', '公告公示'].join(' | ').repeat(4)}\n${lede}`,
    lede,
  ],
  // a portal's long header, a menu word a line and blank lines between, ending in a breadcrumb
  [
    `${Array.from({ length: 30 }, (_, i) => `栏目${i + 1}`).join('\n\n')}\n\n当前位置：首页 > 政务公开 > 民生实事\n\n${list}`,
    list,
  ],
  // a list of short entries with no sentence near the top
  [
    '首页 | 新闻 | 政务公开\n您的位置：首页 > 民生实事\n2024年十件民生实事\n1.新建学校5所\n2.改造道路12条\n3.新增就业4000人',
    '2024年十件民生实事\n1.新建学校5所\n2.改造道路12条\n3.新增就业4000人',
  ],
  // a WeChat article's head: follow prompt, account and time, collection
  [`点击蓝字 关注我们\n原创 临溪发布 2024-01-15 18:30\n收录于合集 #两会 5个\n${lede}`, lede],
  // a government site's versions and search box
  [`长辈版 | English\n站内搜索：    高级搜索\n${list}`, list],
];

/** Pages whose first lines are the article: nothing is cut. */
const whole: string[] = [
  // news with no header
  `${lede}\n报告提出，今年全县地区生产总值增长6.5%左右。`,
  // a page of a report starting with a heading that names registration, a word login links use
  '（二）深化注册制改革\n全面推行企业登记注册“一网通办”，新增市场主体1.2万户，',
  // a list heading with its year, then the entries
  `2024年临溪县十件民生实事\n${list}`,
];

test('the page header above an article stays out of the body', () => {
  for (const [input, expected] of headers) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), expected);
  }
});

test('an article without a page header is its own body', () => {
  for (const input of whole) {
    const body = findBody(input);
    assert.equal(input.slice(body.start, body.end), input);
  }
});
