import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBytes } from '../../src/read/index.js';
import { makeDocx } from '../fixtures/read/make-docx.js';

// Paragraphs written for these tests.
const PARAGRAPHS = [
  ['某县2024年政府工作报告'],
  ['各位代表：'],
  // One paragraph saved as several runs (a bold figure, a changed font) is still one paragraph.
  ['2024年全县地区生产总值增长', '6.5%', '左右，城镇新增就业3000人以上。'],
  ['新建改建农村公路120公里，完成老旧小区改造15个。'],
];

test('a Word document: its paragraphs, separated by blank lines', async () => {
  const source = await readBytes(await makeDocx(PARAGRAPHS), 'report.docx');
  assert.equal(source.format, 'docx');
  assert.equal(
    source.text,
    [
      '某县2024年政府工作报告',
      '各位代表：',
      '2024年全县地区生产总值增长6.5%左右，城镇新增就业3000人以上。',
      '新建改建农村公路120公里，完成老旧小区改造15个。',
    ].join('\n\n'),
  );
});

test('a Word document is recognised by its bytes, whatever its name', async () => {
  const bytes = await makeDocx(PARAGRAPHS);
  for (const name of ['report.txt', 'report', '-']) {
    const source = await readBytes(bytes, name);
    assert.equal(source.format, 'docx', name);
    assert.ok(source.text.startsWith('某县2024年政府工作报告\n\n各位代表：'), name);
  }
});

test('markup characters in the text come out as text', async () => {
  const source = await readBytes(await makeDocx([['<十四五> 规划 & 2035年远景目标']]), 'report.docx');
  assert.equal(source.text, '<十四五> 规划 & 2035年远景目标');
});
