import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from '../../src/clean/index.js';

/** Paragraphs apart by blank lines: a layout where a single line break inside a paragraph is joined. */
const PROSE = '各乡镇人民政府，县政府各部门：\n\n现将重点工作任务分解表印发给你们，请认真抓好落实。\n\n青岭县人民政府办公室\n\n';

/** [a table as text copies and pages give it, which cleaning leaves as it is] */
const tables: [string, string][] = [
  ['rows of cells split by tabs', '序号\t工作任务\t牵头单位\t完成时限\n1\t新建改建农村公路120公里\t县交通运输局\t11月底前\n2\t建成城北污水处理厂\t县住建局\t6月底前\n'],
  ['cells one a line, the table a block of its own', '序号\n民生实事\n责任单位\n完成时限\n1\n新建2座人行天桥。\n县住建局\n9月投入使用\n2\n启动县图书馆新馆建设。\n县文旅局\n县代建中心\n12月底前\n'],
  ['rows of columns aligned with spaces', '序号    工作任务                  牵头单位        完成时限\n1       新建改建农村公路120公里   县交通运输局    11月底前\n2       建成城北污水处理厂        县住建局        6月底前\n'],
];

test('a table row or cell is never joined to the next one, and the gap after a number that ends a cell stays', () => {
  for (const [name, table] of tables) {
    const text = PROSE + table;
    assert.equal(clean({ text }, { start: 0, end: text.length }).text, text, name);
  }
});

test('a space or two inside a figure is still typesetting debris', () => {
  const text = '全县地区生产总值达到 39.8 亿元，增长6.5%  左右。';
  assert.equal(clean({ text }, { start: 0, end: text.length }).text, '全县地区生产总值达到 39.8亿元，增长6.5%左右。');
});
