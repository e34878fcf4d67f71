/** Fixtures for the file-exchange tests: a county's units, commitments, assignments and rows (text written for the tests). */
import ExcelJS from 'exceljs';
import type { Assignment, Commitment, Unit } from '../../src/ledger/model.js';
import type { TaskRow } from '../../src/exchange/index.js';

export const units: Unit[] = [
  { id: 1, name: '县发展和改革局', aliases: ['县发改局'] },
  { id: 2, name: '县教育局', aliases: ['教育局'] },
  { id: 3, name: '县交通运输局', aliases: ['县交通局'] },
  { id: 4, name: '县财政局', aliases: [] },
  { id: 5, name: '溪口镇人民政府', aliases: ['溪口镇'] },
  { id: 6, name: '县住房和城乡建设局', aliases: ['县住建局'] },
];
export const unit = (id: number): Unit => units.find((u) => u.id === id)!;

let offset = 0;
function commitment(fields: Partial<Commitment> & Pick<Commitment, 'id' | 'kind' | 'text'>): Commitment {
  const start = offset;
  offset += fields.text.length + 1;
  return {
    reportId: 7,
    key: `k-${fields.id}`,
    span: { start, end: start + fields.text.length },
    role: 'annual_tasks',
    namedLeadUnits: [],
    namedUnits: [],
    reviewState: 'confirmed',
    stale: false,
    version: 3,
    ...fields,
  };
}

export const commitments: Commitment[] = [
  commitment({ id: 101, kind: 'target', text: '全县地区生产总值增长8%—8.5%', indicator: 'gdp_growth', low: 8, high: 8.5, unit: '%', op: 'range', deadline: '2024-12-31', role: 'annual_indicators' }),
  commitment({ id: 102, kind: 'target', text: '新建幼儿园3所', low: 3, high: 3, unit: '所', op: 'exact', deadline: '2024-12-31' }),
  commitment({ id: 103, kind: 'milestone', text: '7月底前完成溪口大桥建设', deadline: '2024-07-31' }),
  commitment({ id: 104, kind: 'target', text: '新增城镇就业1500个以上', low: 1500, unit: '个', op: 'at_least', deadline: '2024-12-31' }),
  commitment({ id: 105, kind: 'target', text: '城镇居民人均可支配收入增长6.5%左右', low: 6.5, high: 6.5, unit: '%', op: 'about', deadline: '2024-12-31' }),
  commitment({ id: 106, kind: 'task', text: '推进城区老旧小区改造，完善排水和停车设施' }),
];
export const byId = (id: number): Commitment => commitments.find((c) => c.id === id)!;

export const assignments: Assignment[] = [
  { commitmentId: 101, leadUnitId: 1, cooperatingUnitIds: [4], leader: '李县长', confirmed: true, version: 2 },
  { commitmentId: 102, leadUnitId: 4, cooperatingUnitIds: [], confirmed: true, version: 1 },
  { commitmentId: 103, leadUnitId: 3, cooperatingUnitIds: [5], leader: '张副县长', confirmed: true, version: 5 },
  { commitmentId: 104, leadUnitId: 1, cooperatingUnitIds: [], deadline: '2024-11-30', confirmed: true, version: 1 },
];

/** The rows in ledger order, with progress and statuses as the caller would pass them. */
export function taskRows(): TaskRow[] {
  return commitments.map((c) => {
    const assignment = assignments.find((a) => a.commitmentId === c.id);
    const row: TaskRow = {
      commitment: c,
      assignment,
      leadUnit: assignment?.leadUnitId === undefined ? undefined : unit(assignment.leadUnitId),
      units: (assignment?.cooperatingUnitIds ?? []).map(unit),
    };
    if (c.id === 103) {
      row.latestProgress = {
        id: 1, commitmentId: 103, unitId: 3, reportedOn: '2024-06-30', state: 'in_progress', note: '主桥合龙，正在铺设桥面',
        evidence: [], userId: 9, createdAt: '2024-06-30T08:00:00Z',
      };
      row.status = { status: 'at_risk', reason: '距完成时限不足一个月，尚未完工' };
    }
    if (c.id === 104) {
      row.latestProgress = {
        id: 2, commitmentId: 104, unitId: 1, reportedOn: '2024-06-30', value: 820, note: '',
        evidence: [], userId: 9, createdAt: '2024-06-30T08:00:00Z',
      };
      row.status = { status: 'on_track', reason: '已完成820个，快于进度' };
    }
    if (c.id === 102) row.status = { status: 'no_data', reason: '本月未报送' };
    if (c.id === 105) row.status = { status: 'paused_by_plenary', reason: '' };
    return row;
  });
}

export const TITLE = '临溪县2024年政府工作报告重点工作任务分解表';

export async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

export async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Column numbers of the sheet (序号 = 1 … 状态 = 9; the hidden id is 10). */
export const COL = { 序号: 1, 任务内容: 2, 具体目标: 3, 完成时限: 4, 牵头单位: 5, 责任单位: 6, 责任领导: 7, 进展: 8, 状态: 9, id: 10 } as const;

/** The row (as Excel numbers it) showing a commitment, found by the hidden id column. */
export function rowOf(ws: ExcelJS.Worksheet, commitmentId: number): number {
  for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(r, COL.id).value === commitmentId) return r;
  throw new Error(`no row for ${commitmentId}`);
}

/** Puts the given data rows (values of columns from..to) in a new order: order[i] is the row that goes to row 3+i. */
export function permute(ws: ExcelJS.Worksheet, order: number[], from = 1, to: number = COL.id): void {
  const values = order.map((r) => Array.from({ length: to - from + 1 }, (_, j) => ws.getCell(r, from + j).value));
  values.forEach((vals, i) => vals.forEach((v, j) => (ws.getCell(3 + i, from + j).value = v)));
}
