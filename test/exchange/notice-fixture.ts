/** A 督查通报's data and options, written for the tests that read the Word file back and render it. */
import type { SupervisionNotice } from '../../src/loop/index.js';
import { STATUS_LABELS } from '../../src/loop/index.js';

const status = (s: 'overdue' | 'behind', reason: string) => ({ status: s, label: STATUS_LABELS[s], reason });

export const NOTICE: SupervisionNotice = {
  asOf: '2025-06-30',
  previousAsOf: '2025-05-31',
  current: { total: 8, counts: { done: 2, on_pace: 3, lagging: 2, not_reported: 1 } },
  previous: { total: 8, counts: { done: 1, on_pace: 3, lagging: 3, not_reported: 1 } },
  lagging: [
    { commitmentId: 3, unitId: 20, unitName: '县交通运输局', confirmed: true, title: '建成城区公交换乘中心', deadline: '2025-06-15', status: status('overdue', '完成时限2025-06-15已过，尚未完成') },
    { commitmentId: 5, unitId: 30, unitName: '县人社局', confirmed: true, title: '新增就业见习岗位100个', deadline: '2025-12-31', status: status('behind', '序时进度49.5%，实际完成10%，滞后39.5个百分点') },
  ],
  notReported: [{ unitId: 20, unitName: '县交通运输局', items: 1 }],
  ranking: [
    { unitId: 10, unitName: '县住建局', assigned: 2, dueInYear: 2, done: 1, completionBase: 1, dueSoFar: 0, onTime: 0, overdue: 0, overdueIds: [], reportsOwed: 6, reportsTimely: 6, score: 96.5, grade: '优秀', rank: 1 },
  ],
};
export const OPTIONS = { office: '青岭县人民政府督查室', number: 6, issuedOn: '2025-07-05', cycle: 'monthly' as const, copyTo: ['县委办公室', '县人大常委会办公室'] };
