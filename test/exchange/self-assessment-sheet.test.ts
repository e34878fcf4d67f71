/** The 目标任务完成情况表 as .xlsx, read back with exceljs: title, header, values, the share as a number, print setup. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { ASSESSMENT_SHEET_NAME, SHARE_HEADER, selfAssessmentSheet } from '../../src/exchange/index.js';
import { ASSESSMENT_COLUMNS, selfAssessment } from '../../src/loop/index.js';

const rows = selfAssessment([
  {
    target: { id: 1, text: '地区生产总值增长5.5%左右', indicator: 'gdp_growth', low: 5.5, unit: '%', op: 'about' },
    leadUnit: '县发展和改革局',
    verification: { verdict: 'missed', preliminary: { text: '增长5.3%', low: 5.3, unit: '%' }, final: { text: '比上年增长4.9%', low: 4.9, unit: '%' } },
  },
  { target: { id: 2, text: '固定资产投资完成70亿元', low: 7e9, unit: '元', op: 'at_least' }, leadUnit: '县发展和改革局', progress: { reportedOn: '2023-12-25', value: 9.2e9 } },
  { target: { id: 3, text: '新建城区公办幼儿园3所', low: 3, unit: '所' } },
]);

async function readBack() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await selfAssessmentSheet(rows, '青岭县2023年主要目标任务完成情况表')) as unknown as ExcelJS.Buffer);
  return wb.getWorksheet(ASSESSMENT_SHEET_NAME)!;
}

test('self-assessment sheet: the title, the header, one row per target with its result, source, share and verdict', async () => {
  const ws = await readBack();
  assert.equal(ws.getCell(1, 1).value, '青岭县2023年主要目标任务完成情况表');
  assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1), [...ASSESSMENT_COLUMNS, SHARE_HEADER]);
  const values = [3, 4, 5].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 9));
  assert.deepEqual(values, [
    [1, '地区生产总值增长5.5%左右', '5.5%左右', '县发展和改革局', '4.9%', '统计公报（最终数）', '完成目标任务的89.1%；低于目标0.6个百分点', '未实现'],
    [2, '固定资产投资完成70亿元', '70亿元以上', '县发展和改革局', '92亿元', '牵头单位报送进展（2023年12月25日）', '完成目标任务的131.4%', '已实现'],
    [3, '新建城区公办幼儿园3所', '3所', '', '', '', '', '暂无结果'],
  ]);
  // the share as a number Excel formats as a percentage, absent where there is none
  assert.ok(Math.abs((ws.getCell(4, 9).value as number) - 9.2 / 7) < 1e-12);
  assert.equal(ws.getCell(4, 9).numFmt, '0.0%');
  assert.equal(ws.getCell(5, 9).value, null);
  assert.equal(ws.getCell(3, 8).fill?.type, 'pattern', 'a missed target is coloured');
});

test('self-assessment sheet: ready to print — frozen header, A4 landscape one page wide, header on every page, borders', async () => {
  const ws = await readBack();
  assert.deepEqual([ws.views[0]?.state, (ws.views[0] as { ySplit?: number }).ySplit], ['frozen', 2]);
  const p = ws.pageSetup;
  assert.deepEqual([p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight], [9, 'landscape', true, 1, 0]);
  assert.equal(p.printTitlesRow, '2:2');
  assert.equal(p.printArea, 'A1:H5');
  assert.equal(ws.getColumn(2).width, 44);
  assert.equal(ws.getColumn(9).hidden, true);
  assert.equal(ws.getCell(4, 2).border?.left?.style, 'thin');
  assert.equal(ws.getCell(4, 2).font?.name, '宋体');
});
