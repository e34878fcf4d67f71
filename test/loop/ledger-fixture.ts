/**
 * A small ledger on 2025-07-20 (monthly reporting), shared by the list and reminder tests:
 *  1 钟楼街改造7月完工      milestone due 07-31, 住建(10), last reported 06-15 in progress → on track, due soon, not reported in July
 *  2 新增停车泊位1万个      target due 12-31, 交通(20), 6000 on 07-05 → on track
 *  3 地铁2号线6月通车       milestone due 06-30, 交通(20), in progress 07-10 → overdue 20 days
 *  4 登记失业率4.5%以内     target at most, due 06-30, 人社(30), 4.8 on 06-30 → missed
 *  5 (rejected)            milestone due 07-15, 住建(10) → never listed
 *  6 (achievement)         → never listed
 *  7 背街小巷整治7月底前完成 task due 07-25, no assignment → listed for the office, no reminder
 *  8 农贸市场改造7月10日前   task due 07-10, 住建(10), done 07-08 → due this month, done
 *  9 优化营商环境           task, 人社(30), assignment not confirmed, never reported → nobody is chased
 * 10 就业帮扶               task due 12-31, 人社(30), last reported 05-10 → no data, not reported
 */
import type { Commitment, ProgressReport } from '../../src/ledger/model.js';
import type { LoopItem } from '../../src/loop/items.js';
import { assignment, commitment, report } from './helpers.js';

export const TODAY = '2025-07-20';
export const START = '2025-01-01';

function item(c: Partial<Commitment> & { id: number }, unit: number | undefined, progress: ProgressReport[], confirmed = true): LoopItem {
  const com = commitment(c);
  const it: LoopItem = { commitment: com, progress: progress.map((p) => ({ ...p, commitmentId: c.id })), start: START };
  if (unit !== undefined) it.assignment = assignment({ commitmentId: c.id, leadUnitId: unit, confirmed });
  return it;
}

export const LEDGER: LoopItem[] = [
  item({ id: 1, kind: 'milestone', text: '钟楼街改造7月完工', deadline: '2025-07-31' }, 10, [report('2025-06-15', { state: 'in_progress' })]),
  item({ id: 2, kind: 'target', text: '新增停车泊位1万个', low: 10000, unit: '个', op: 'exact', deadline: '2025-12-31' }, 20, [report('2025-07-05', { value: 6000 })]),
  item({ id: 3, kind: 'milestone', text: '地铁2号线6月通车', deadline: '2025-06-30' }, 20, [report('2025-06-20', { state: 'in_progress' }), report('2025-07-10', { state: 'in_progress' })]),
  item({ id: 4, kind: 'target', text: '城镇登记失业率控制在4.5%以内', indicator: 'registered_unemployment', low: 4.5, unit: '%', op: 'at_most', deadline: '2025-06-30' }, 30, [report('2025-06-30', { value: 4.8 })]),
  item({ id: 5, kind: 'milestone', text: '已驳回的事项', deadline: '2025-07-15', reviewState: 'rejected' }, 10, []),
  item({ id: 6, kind: 'achievement', text: '地区生产总值增长7.5%', low: 7.5, unit: '%' }, 10, []),
  item({ id: 7, kind: 'task', text: '背街小巷整治7月底前完成', deadline: '2025-07-25' }, undefined, []),
  item({ id: 8, kind: 'task', text: '农贸市场改造7月10日前完成', deadline: '2025-07-10' }, 10, [report('2025-07-08', { state: 'done' })]),
  item({ id: 9, kind: 'task', text: '持续优化营商环境' }, 30, [], false),
  item({ id: 10, kind: 'task', text: '就业帮扶', deadline: '2025-12-31' }, 30, [report('2025-05-10', { state: 'in_progress' })]),
];
