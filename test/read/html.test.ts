import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { readBytes } from '../../src/read/index.js';
import { domText, type DomNode } from '../../src/read/dom-text.js';

// Pages written for these tests, shaped like a county government site's article page.
const page = (head: string, body: string): string => `<!DOCTYPE html>\n<html><head>${head}</head>\n<body>${body}</body></html>`;

const SITE_CHROME_PAGE = page(
  '<meta charset="utf-8"><title>2024年政府工作报告_某县人民政府门户网站</title><style>.nav{color:red}</style>',
  `<div class="header"><div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hdjl">互动交流</a></div></div>
<div class="content"><div class="article">
<h1 class="title">政府工作报告</h1>
<p>各位代表：</p>
<p>现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>
<p>2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上，居民人均可支配收入与经济增长基本同步。</p>
<p>新建改建农村公路120公里，完成老旧小区改造15个，新增停车泊位2000个以上。</p>
</div></div>
<div class="footer"><p>主办单位：某县人民政府办公室</p><p>网站标识码：0000000000 备案号：某ICP备00000000号</p></div>`,
);

test('a saved page: title first, then the article paragraphs in order; site chrome dropped', async () => {
  const source = await readBytes(Buffer.from(SITE_CHROME_PAGE), 'report.html');
  assert.equal(source.format, 'html');
  assert.equal(source.title, '2024年政府工作报告_某县人民政府门户网站');
  assert.equal(
    source.text,
    [
      '2024年政府工作报告_某县人民政府门户网站',
      '政府工作报告',
      '各位代表：',
      '现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
      '2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上，居民人均可支配收入与经济增长基本同步。',
      '新建改建农村公路120公里，完成老旧小区改造15个，新增停车泊位2000个以上。',
    ].join('\n\n'),
  );
});

test('the format is sniffed from the bytes when the name says nothing', async () => {
  for (const name of ['-', 'report', 'report.txt']) {
    assert.equal((await readBytes(Buffer.from(SITE_CHROME_PAGE), name)).format, 'html', name);
  }
  const bare = '<meta charset="utf-8">\n<p>全县新建学校两所。</p>';
  assert.equal((await readBytes(Buffer.from(bare), '-')).text, '全县新建学校两所。');
  // Text that merely mentions a tag is still text.
  assert.equal((await readBytes(Buffer.from('网页用<html>标记。'), '-')).format, 'text');
});

test('encoding: a meta charset is declared; one contradicted by the bytes is not believed', async () => {
  const article = '<p>2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上。</p>';
  const cases: { html: string; bytesIn: string; reported: string; confidence?: number }[] = [
    { html: page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某县</title>', article), bytesIn: 'gbk', reported: 'gb18030', confidence: 1 },
    { html: page('<meta charset="GBK"><title>某县</title>', article), bytesIn: 'gbk', reported: 'gb18030', confidence: 1 },
    { html: page('<meta charset="big5"><title>某縣</title>', '<p>全縣糧食產量穩定在10萬噸以上。</p>'), bytesIn: 'big5', reported: 'big5', confidence: 1 },
    // Re-saved as UTF-8 but still declaring gb2312.
    { html: page('<meta charset="gb2312"><title>某县</title>', article), bytesIn: 'utf-8', reported: 'utf-8' },
    // Declared UTF-8 but GBK bytes.
    { html: page('<meta charset="utf-8"><title>某县</title>', article), bytesIn: 'gbk', reported: 'gb18030' },
    // No declaration at all.
    { html: page('<title>某县</title>', article), bytesIn: 'gbk', reported: 'gb18030' },
  ];
  // A BOM wins over the meta charset, and UTF-16 markup is still recognised as a page.
  cases.push({ html: page('<meta charset="gb2312"><title>某县</title>', article), bytesIn: 'utf-16le', reported: 'utf-16le', confidence: 1 });
  for (const { html, bytesIn, reported, confidence } of cases) {
    const source = await readBytes(iconv.encode(html, bytesIn, { addBOM: bytesIn.startsWith('utf-16') }), bytesIn === 'utf-16le' ? '-' : 'page.htm');
    const expected = html.includes('某縣') ? '某縣\n\n全縣糧食產量穩定在10萬噸以上。' : '某县\n\n2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上。';
    assert.equal(source.text, expected, html.slice(0, 90));
    assert.equal(source.encoding, reported, html.slice(0, 90));
    if (confidence !== undefined) assert.equal(source.confidence, confidence);
  }
});

test('paragraph breaks: blocks, <br>, table rows and cells; source line wrapping inside Chinese dropped', () => {
  // The DOM walk itself: through readBytes, Readability first turns a text-only <div> into a <p>.
  const cases: { html: string; text: string }[] = [
    { html: '<p>一、稳增长。</p><p>二、保民生。</p>', text: '一、稳增长。\n\n二、保民生。' },
    { html: '<div>一、稳增长。</div><div>二、保民生。</div>', text: '一、稳增长。\n二、保民生。' },
    { html: '<div><p>一、稳增长。</p></div><div>二、保民生。</div>', text: '一、稳增长。\n\n二、保民生。' },
    { html: '<p>一、稳增长。<br>二、保民生。<br/><br/>三、防风险。</p>', text: '一、稳增长。\n二、保民生。\n\n三、防风险。' },
    { html: '<p>全县地区生产总值\n    增长6.5%左右。</p>', text: '全县地区生产总值增长6.5%左右。' },
    { html: '<p>GDP   grew\n by <b>6.5%</b>.</p>', text: 'GDP grew by 6.5%.' },
    { html: '<table><tr><th>指标</th><th>目标</th></tr><tr><td>地区生产总值</td><td>增长6%</td></tr></table>', text: '指标\t目标\n地区生产总值\t增长6%' },
    { html: '<ul><li>新建学校两所</li><li>改造小区15个</li></ul>', text: '新建学校两所\n改造小区15个' },
    { html: '<pre>指标  目标\n增长  6%</pre>', text: '指标  目标\n增长  6%' },
    // The ideographic-space indent is the author's text and stays; HTML spaces around it go.
    { html: '<p>  \u3000\u3000各位代表：</p>', text: '\u3000\u3000各位代表：' },
  ];
  for (const { html, text } of cases) {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    assert.equal(domText(document as unknown as DomNode), text, html);
  }
});

test('entities are decoded, none left in the text', async () => {
  const body = '<p>增长6.5%&nbsp;左右&amp;同步，&lt;十四五&gt;&#x4E2D;&#22269;&ldquo;五一&rdquo;前完工。</p>';
  const source = await readBytes(Buffer.from(page('<meta charset="utf-8">', body)), 'page.html');
  assert.equal(source.text, '增长6.5%\u00a0左右&同步，<十四五>中国“五一”前完工。');
});

test('script and style content is never text, on the article path or the fallback', async () => {
  const script = '<script>var tracker = "统计代码";</script><style>p{color:red}</style><noscript>请启用脚本</noscript>';
  for (const html of [
    SITE_CHROME_PAGE.replace('<h1', `${script}<h1`).replace('</body>', `${script}</body>`),
    page(`<title>通知</title>${script}`, `${script}一、新建学校两所。<br>二、改造农贸市场3个。${script}`),
  ]) {
    const { text } = await readBytes(Buffer.from(html), 'page.html');
    for (const hidden of ['统计代码', 'tracker', 'color', '请启用脚本']) assert.ok(!text.includes(hidden), `${hidden} in ${text}`);
    assert.ok(text.includes('新建'), text);
  }
});

test('when Readability keeps too little of the body, all the body text is the content', async () => {
  // Readability takes the two-sentence intro for the article and drops the list that is the real content.
  const items = [
    '2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上。',
    '新建改建农村公路120公里，完成老旧小区改造15个。',
    '粮食播种面积稳定在50万亩以上，产量稳定在10万吨以上。',
    '年底前建成乡镇污水处理设施8座，农村生活垃圾无害化处理率达到95%。',
    '全年接待游客突破500万人次，旅游收入增长10%。',
    '新增城镇绿地面积20公顷，建成口袋公园6个。',
  ];
  const body = `<div class="intro"><p>县政府召开常务会议，研究部署今年重点工作，会议由县长主持。</p><p>会议强调，要抓好落实。</p></div><dl>${items.map((i) => `<dd>${i}</dd>`).join('')}</dl>`;
  const source = await readBytes(Buffer.from(page('<meta charset="utf-8"><title>重点工作</title>', body)), 'page.html');
  assert.equal(
    source.text,
    ['重点工作', '县政府召开常务会议，研究部署今年重点工作，会议由县长主持。', '会议强调，要抓好落实。', items.join('\n')].join('\n\n'),
  );
});

test('a page without a title has no title line', async () => {
  const source = await readBytes(Buffer.from(page('<meta charset="utf-8">', '<p>新建学校两所。</p>')), 'page.html');
  assert.equal(source.text, '新建学校两所。');
  assert.equal(source.title, undefined);
});

test('text the page hides from its reader is not text: inline styles, the hidden attribute, its own style rules', async () => {
  const head = '<meta charset="utf-8"><title>报告</title><style>/* anti-copy */ .nav{color:red} span.wm, .hide-me { display: none !important; } .x{font-size:14px}</style>';
  const body =
    '<p>全县地区生产总值增长<span style="display:none">广告</span>6.1%，<font style="font-size:0px">qq123</font>一般公共预算收入增长4.5%。</p>' +
    '<p>城镇新增就业3000人<span class="wm">某网</span>以上<b class="hide-me">水印</b>，<span hidden>隐藏</span><span class="x" style="font-size:14px">新建</span>学校2所。</p>';
  for (const html of [page(head, body), page(head, `<div class="article"><h1>政府工作报告</h1>${body.repeat(3)}</div>`)]) {
    const { text } = await readBytes(Buffer.from(html), 'page.html');
    for (const junk of ['广告', 'qq123', '某网', '水印', '隐藏']) assert.ok(!text.includes(junk), `${junk} in ${text}`);
    assert.ok(text.includes('全县地区生产总值增长6.1%，一般公共预算收入增长4.5%。'), text);
    assert.ok(text.includes('城镇新增就业3000人以上，新建学校2所。'), text);
  }
});
