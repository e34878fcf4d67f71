/**
 * The 督查通报 as a Word file, read back: its text (mammoth) says what the notice's data says, in the order of an
 * official document, and its XML is laid out as GB/T 9704 asks (A4, 37/35/28/26 mm margins, 仿宋 三号 body, the
 * red 版头 and rule, 抄送 and 印发 at the end).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { noticeDocx } from '../../src/exchange/index.js';
import { NOTICE, OPTIONS } from './notice-fixture.js';

test('the text reads as the notice: 版头, title, totals against the period before, lagging items, units, 版记', async () => {
  const file = await noticeDocx(NOTICE, OPTIONS);
  const text = (await mammoth.extractRawText({ buffer: file })).value.replace(/\n+/g, '\n');
  const inOrder = [
    '督 查 通 报',
    '第6期',
    '青岭县人民政府督查室\t2025年7月5日',
    '关于2025年6月份重点工作推进情况的通报',
    '截至2025年6月30日，纳入督办的重点工作共8项。其中，已完成2项，占25%；序时推进3项，占37.5%；滞后2项，占25%；未报送1项，占12.5%。',
    '与上期（截至2025年5月31日）相比，已完成增加1项，序时推进持平，滞后减少1项，未报送持平。',
    '一、总体推进情况',
    '二、滞后事项',
    '建成城区公交换乘中心\n县交通运输局\n已逾期\n完成时限2025年6月15日已过，尚未完成',
    '序时进度49.5%，实际完成10%，滞后39.5个百分点',
    '三、未按时报送进展的单位',
    '县交通运输局（1项）本期未报送进展',
    '四、单位推进情况排名',
    '1\n县住建局\n96.5\n优秀',
    '五、下步工作要求',
    '抄送：县委办公室，县人大常委会办公室。',
    '青岭县人民政府督查室\t2025年7月5日印发',
  ];
  let from = 0;
  for (const part of inOrder) {
    const at = text.indexOf(part, from);
    assert.ok(at >= 0, `missing, or out of order: ${part}\n--- text from there:\n${text.slice(from, from + 400)}`);
    from = at + part.length;
  }
});

test('laid out as GB/T 9704: A4, its margins, 仿宋 三号 body, a red 版头', async () => {
  const zip = await JSZip.loadAsync(await noticeDocx(NOTICE, OPTIONS));
  const xml = await zip.file('word/document.xml')!.async('string');
  assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/); // 210 × 297 mm
  assert.match(xml, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/); // 37, 26, 35, 28 mm
  assert.match(xml, /w:eastAsia="仿宋_GB2312"/);
  assert.match(xml, /<w:color w:val="FF0000"\/><w:sz w:val="72"\/>/);
  assert.match(xml, /<w:sz w:val="32"\/>/); // 三号
  assert.match(xml, /w:color="FF0000"/); // the red rule under the 版头
});

test('nothing lagging and everyone reported: said in words, not empty tables', async () => {
  const calm = { ...NOTICE, lagging: [], notReported: [], ranking: [] };
  const text = (await mammoth.extractRawText({ buffer: await noticeDocx(calm, { ...OPTIONS, copyTo: [] }) })).value;
  for (const words of ['本期无滞后事项。', '本期各单位均按时报送进展。', '本期尚无可排名的单位。', '抄送：各有关单位。']) assert.ok(text.includes(words), words);
});
