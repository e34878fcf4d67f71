import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readBytes } from '../../src/read/index.js';
import { makePdf } from '../fixtures/read/make-pdf.js';

// Made by test/fixtures/read/make-pdf.ts (see there for the layout of each line).
const fixture = (name: string) => readFile(new URL(`../fixtures/read/${name}`, import.meta.url));

test('a PDF: lines kept, paragraphs (by gap or first-line indent) separated by blank lines, pages joined', async () => {
  const source = await readBytes(await fixture('report.pdf'), 'report.pdf');
  assert.equal(source.format, 'pdf');
  assert.equal(
    source.text,
    [
      '某县2024年政府工作报告',
      '',
      '2024年全县地区生产总值增长6.5%左右，',
      '城镇新增就业3000人以上。',
      '',
      '新建改建农村公路120公里，',
      '完成老旧小区改造15个。',
      '',
      '粮食播种面积稳定在50万亩以上。',
      '年底前建成乡镇污水处理设施8座。',
    ].join('\n'),
  );
});

test('a PDF is recognised by its bytes, whatever its name', async () => {
  const bytes = await fixture('report.pdf');
  for (const name of ['report.txt', 'report', '-']) {
    assert.equal((await readBytes(bytes, name)).format, 'pdf', name);
  }
});

test('a PDF without a text layer is NO_TEXT', async () => {
  await assert.rejects(readBytes(await fixture('scan.pdf'), 'scan.pdf'), { code: 'NO_TEXT' });
});

test('a PDF whose fonts use a predefined CJK CMap (UniGB-UCS2-H, as STSong-Light PDFs do) is read', async () => {
  assert.equal((await readBytes(await fixture('predefined-cmap.pdf'), 'old.pdf')).text, '全县粮食产量稳定在10万吨以上。');
});

test("a table's cells on one baseline are split by tabs; runs that meet stay one text", async () => {
  const size = 10;
  const row = (y: number, cells: [number, string][]) => cells.map(([x, text]) => ({ text, x, y, size }));
  const bytes = makePdf([
    [
      ...row(760, [[40, '序号'], [80, '工作任务'], [300, '牵头单位'], [380, '完成时限']]),
      ...row(740, [[40, '1'], [80, '新建改建农村公路120公里'], [300, '县交通运输局'], [380, '11月底前']]),
      // a line set in two runs (a change of font) is one line of text
      ...row(700, [[40, '全县地区生产总值'], [120, '增长6.5%左右。']]),
    ],
  ]);
  const lines = (await readBytes(bytes, 'table.pdf')).text.split('\n').filter(Boolean);
  assert.deepEqual(lines, ['序号\t工作任务\t牵头单位\t完成时限', '1\t新建改建农村公路120公里\t县交通运输局\t11月底前', '全县地区生产总值增长6.5%左右。']);
});
