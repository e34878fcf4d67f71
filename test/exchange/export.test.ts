/** The 任务分解表 .xlsx as written: layout for printing, and the values of each row. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taskSheet, goalText, COLUMNS } from '../../src/exchange/index.js';
import JSZip from 'jszip';
import { COL, TITLE, load, taskRows } from '../helpers/exchange.js';

const sheet = async () => {
  const wb = await load(await taskSheet(taskRows(), { title: TITLE, year: 2024 }));
  return { wb, ws: wb.getWorksheet('任务分解表')! };
};

test('title row over the columns, then the header row in order', async () => {
  const { ws } = await sheet();
  assert.equal(ws.getCell('A1').value, TITLE);
  assert.ok(ws.getCell('A1').isMerged && ws.getCell('I1').isMerged, 'the title spans 序号 … 状态');
  assert.equal(ws.getCell('A1').font.bold, true);
  assert.deepEqual(
    COLUMNS.map((_, i) => ws.getCell(2, i + 1).value),
    ['序号', '任务内容', '具体目标', '完成时限', '牵头单位', '责任单位', '责任领导', '进展', '状态'],
  );
  for (let c = 1; c <= 9; c++) assert.equal(ws.getCell(2, c).font.bold, true);
});

test('ready to print: A4 landscape fitted to width, header repeated on every page, frozen, print area A:I', async () => {
  const { ws } = await sheet();
  const p = ws.pageSetup;
  assert.equal(p.paperSize, 9);
  assert.equal(p.orientation, 'landscape');
  assert.equal(p.fitToPage, true);
  assert.equal(p.fitToWidth, 1);
  assert.equal(p.fitToHeight, 0);
  assert.equal(p.printTitlesRow, '2:2');
  assert.equal(p.printArea, 'A1:I8');
  assert.equal(ws.views[0].state, 'frozen');
  // as Excel reads them: absolute references in the workbook's defined names
  const zip = await JSZip.loadAsync(await taskSheet(taskRows(), { title: TITLE }));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  assert.match(workbook, /name="_xlnm\.Print_Titles" localSheetId="0">&apos;任务分解表&apos;!\$2:\$2</);
  assert.match(workbook, /name="_xlnm\.Print_Area" localSheetId="0">&apos;任务分解表&apos;!\$A\$1:\$I\$8</);
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 2);
});

test('column widths, wrapped text and borders on every cell of the table', async () => {
  const { ws } = await sheet();
  const widths = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.getColumn(c).width!);
  assert.ok(widths.every((w) => w >= 6), String(widths));
  assert.ok(widths[1] >= 40, '任务内容 is the widest column');
  assert.ok(widths[1] === Math.max(...widths));
  for (let r = 2; r <= 8; r++) {
    for (let c = 1; c <= 9; c++) {
      const cell = ws.getCell(r, c);
      assert.equal(cell.alignment?.wrapText, true, `wrap ${cell.address}`);
      assert.equal(cell.border?.top?.style, 'thin', `border ${cell.address}`);
      assert.equal(cell.border?.right?.style, 'thin', `border ${cell.address}`);
    }
  }
});

test('the values of each row: 具体目标 stated, dates in Chinese, units, leader, progress, status in Chinese', async () => {
  const { ws } = await sheet();
  const row = (r: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.getCell(r, c).value);
  assert.deepEqual(row(3), [1, '全县地区生产总值增长8%—8.5%', '8%—8.5%', '2024年12月31日', '县发展和改革局', '县财政局', '李县长', '', '']);
  assert.deepEqual(row(4), [2, '新建幼儿园3所', '3所', '2024年12月31日', '县财政局', '', '', '', '未报送']);
  assert.deepEqual(row(5), [
    3, '7月底前完成溪口大桥建设', '', '2024年7月31日', '县交通运输局', '溪口镇人民政府', '张副县长',
    '2024年6月30日：推进中；主桥合龙，正在铺设桥面', '存在风险',
  ]);
  // the assignment's deadline wins over the commitment's
  assert.deepEqual(row(6), [4, '新增城镇就业1500个以上', '1500个以上', '2024年11月30日', '县发展和改革局', '', '', '2024年6月30日：已完成820个', '进度正常']);
  // an unknown status code is shown as it is
  assert.deepEqual(row(7), [5, '城镇居民人均可支配收入增长6.5%左右', '6.5%左右', '2024年12月31日', '', '', '', '', 'paused_by_plenary']);
  assert.deepEqual(row(8), [6, '推进城区老旧小区改造，完善排水和停车设施', '', '', '', '', '', '', '']);
  assert.equal(ws.getCell(5, 9).note, '距完成时限不足一个月，尚未完工', 'the status reason is the cell note');
});

test('each row keeps its commitment: a hidden id column and a very hidden sheet with 序号 → id, key, version', async () => {
  const { wb, ws } = await sheet();
  assert.equal(ws.getColumn(COL.id).hidden, true);
  assert.deepEqual([3, 4, 5, 6, 7, 8].map((r) => ws.getCell(r, COL.id).value), [101, 102, 103, 104, 105, 106]);
  const meta = wb.getWorksheet('_luoshi')!;
  assert.equal(meta.state, 'veryHidden');
  assert.deepEqual((meta.getRow(3).values as unknown[]).slice(1), [1, 101, 'k-101', 3, 2, 1, '4', '李县长']);
  assert.equal(wb.worksheets.filter((w) => w.state === 'visible').length, 1);
});

test('an empty ledger still gives a printable sheet with its header', async () => {
  const wb = await load(await taskSheet([], { title: TITLE }));
  const ws = wb.getWorksheet('任务分解表')!;
  assert.equal(ws.getCell(2, 2).value, '任务内容');
  assert.equal(ws.pageSetup.printTitlesRow, '2:2');
});

test('具体目标 for every op: at least, at most, about, a range, an exact figure, no figure', () => {
  assert.equal(goalText({ low: 1500, unit: '个', op: 'at_least' }), '1500个以上');
  assert.equal(goalText({ high: 4.5, unit: '%', op: 'at_most' }), '4.5%以内');
  assert.equal(goalText({ low: 6.5, high: 6.5, unit: '%', op: 'about' }), '6.5%左右');
  assert.equal(goalText({ low: 8, high: 8.5, unit: '%', op: 'range' }), '8%—8.5%');
  assert.equal(goalText({ low: 3, high: 3, unit: '所', op: 'exact' }), '3所');
  assert.equal(goalText({ low: 0.1 + 0.2, unit: '万吨' }), '0.3万吨');
  assert.equal(goalText({}), '');
});
