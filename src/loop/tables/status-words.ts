/**
 * The Chinese words of 督责: status labels, reminder and list labels, and the sentences that give each status
 * its reason. Reasons are built from already formatted figures and days, so the wording lives here only.
 */
import type { Verdict, WorkState } from '../../ledger/model.js';
import type { CycleInForce } from '../dates.js';

export type Status = 'on_track' | 'at_risk' | 'behind' | 'done' | 'pending_closure' | 'overdue' | 'missed' | 'no_data' | 'not_tracked';

/** Labels as a 督查室 colours its table: green 进度正常, amber 存在风险, red 进度滞后 / 已逾期 / 未完成, grey 未报送. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  on_track: '进度正常',
  at_risk: '存在风险',
  behind: '进度滞后',
  done: '已完成',
  pending_closure: '待审核办结',
  overdue: '已逾期',
  missed: '未完成',
  no_data: '未报送',
  not_tracked: '不纳入督办',
};

export const WORK_STATE_LABELS: Readonly<Record<WorkState, string>> = {
  not_started: '未启动',
  in_progress: '推进中',
  done: '已完成',
  blocked: '受阻',
};

/** A target checked against the next year's report (核验). */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = { achieved: '已实现', missed: '未实现', not_mentioned: '未提及' };

export const CYCLE_WORDS: Readonly<Record<CycleInForce['kind'], { current: string; previous: string; name: string }>> = {
  weekly: { current: '本周', previous: '上周', name: '每周' },
  monthly: { current: '本月', previous: '上月', name: '每月' },
  quarterly: { current: '本季度', previous: '上季度', name: '每季度' },
  once: { current: '本次', previous: '此前', name: '一次性' },
};

/** Reason sentences. Arguments are formatted figures (1200个, 8%) and ISO days. */
/** The figures of a 序时进度 reason, written: shares in percent, the lag as its whole clause (or nothing). */
export interface PaceWords {
  elapsed: string;
  done: string;
  lag: string;
  expected: string;
  actual: string;
}

export const REASONS = {
  achievement: '回顾性成绩，不纳入督办',
  rejected: '已驳回，不纳入督办',
  stale: '最新导入的报告中已无此项，不纳入督办',
  noGoal: '未提取到目标数值，按工作事项督办',

  // quantified targets, trajectory (pace)
  // 序时进度50%，实际完成35%，滞后15个百分点 — as a 督查通报 words it, with the figures it rests on
  pace: (p: PaceWords, verdict: '进度正常' | '存在风险' | '进度滞后') =>
    `序时进度${p.elapsed}%，实际完成${p.done}%${p.lag}（按进度应达到${p.expected}，已报告${p.actual}），${verdict}`,
  paceLag: (points: string) => `，滞后${points}个百分点`,
  paceAhead: (points: string) => `，超前${points}个百分点`,
  paceNoDeadline: (goal: string, actual: string) => `未设完成时限，无法按进度评估；目标${goal}，已报告${actual}`,

  // rates measured on the period so far (level)
  levelOnTrack: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，达到目标要求，进度正常`,
  levelAtRisk: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，略低于目标，存在风险`,
  levelBehind: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，明显低于目标，进度滞后`,

  // lower is better (bound)
  boundOnTrack: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，在目标范围内，进度正常`,
  boundAtRisk: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，略超目标上限，存在风险`,
  boundBehind: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，超出目标上限，进度滞后`,

  // final
  targetDone: (goal: string, actual: string, on: string) => `目标${goal}，${on}报告${actual}，已完成`,
  targetDoneLate: (goal: string, actual: string, on: string, deadline: string) =>
    `目标${goal}，${on}报告${actual}，已完成，但晚于完成时限${deadline}（逾期完成）`,
  targetMissed: (goal: string, actual: string, on: string, deadline: string) =>
    `完成时限${deadline}已过，目标${goal}，${on}报告${actual}，未完成`,
  /** Nothing to judge by: no figure (a target) or no report at all (a milestone, a task) by the deadline. */
  pastDeadlineNoReport: (deadline: string, what: string) => `完成时限${deadline}已过，${what}，无从判断是否完成，请督促报送或由督查室核定`,

  // milestones and tasks
  workDone: (on: string) => `${on}报告已完成`,
  workDoneLate: (on: string, deadline: string) => `${on}报告已完成，晚于完成时限${deadline}（逾期完成）`,
  workOverdue: (deadline: string, days: number, state: string) =>
    `已超过完成时限（${deadline}）${days}天，尚未完成（最新状态：${state}）`,
  workBlocked: (on: string) => `${on}报告工作受阻，需协调解决，存在风险`,
  workNotStartedNear: (deadline: string, days: number) =>
    `距完成时限${deadline}仅剩${days}天，尚未启动，存在风险`,
  workOnTrack: (state: string, on: string, deadline: string, days: number) =>
    `最新状态：${state}（${on}），距完成时限${deadline}还有${days}天，进度正常`,
  workOnTrackNoDeadline: (state: string, on: string) => `最新状态：${state}（${on}），未设完成时限`,

  // 办结: a unit's 已完成 is a request the office decides
  closurePending: (completedOn: string, requestedOn: string) => `${completedOn}报告已完成，${requestedOn}申请办结，待督查室审核`,
  closureApproved: (completedOn: string, decidedOn: string) => `${completedOn}报告已完成，${decidedOn}经督查室审核办结`,
  closureApprovedLate: (completedOn: string, decidedOn: string, deadline: string) =>
    `${completedOn}报告已完成，${decidedOn}经督查室审核办结，晚于完成时限${deadline}（逾期完成）`,
  closureReturned: (decidedOn: string, note: string) => `办结申请${decidedOn}被督查室退回（${note}），仍按推进中督办；`,

  // reporting
  awaitingFirst: (due: string) => `尚未报送进展，首次报送期限为${due}`,
  noDataNever: (start: string) => `自${start}起从未报送进展，无法评估`,
  noDataStale: (current: string, previous: string, last: string) =>
    `${current}及${previous}均未报送进展（最近一次报告：${last}），无法评估`,
  noValue: (last: string) => `已报送进展但未报告数值，无法评估（最近一次报告：${last}）`,
  /** Appended to a status computed from a reported value that is older than the current cycle. */
  staleNote: (last: string) => `（最近一次报告：${last}）`,
} as const;

/**
 * How a 督查通报 groups items: 已完成, 序时推进 (on pace), 滞后 (lagging: at risk, behind, overdue or missed),
 * 未报送 (no data). Items not tracked are not counted.
 */
export type NoticeGroup = 'done' | 'on_pace' | 'lagging' | 'not_reported';
export const NOTICE_GROUP_OF: Readonly<Record<Status, NoticeGroup | undefined>> = {
  done: 'done',
  // the unit says it is done; until the office agrees it is counted as going on
  pending_closure: 'on_pace',
  on_track: 'on_pace',
  at_risk: 'lagging',
  behind: 'lagging',
  overdue: 'lagging',
  missed: 'lagging',
  no_data: 'not_reported',
  not_tracked: undefined,
};
export const NOTICE_GROUP_LABELS: Readonly<Record<NoticeGroup, string>> = { done: '已完成', on_pace: '序时推进', lagging: '滞后', not_reported: '未报送' };

/** Reminder kinds and CSV labels. */
export const REMINDER_LABELS = {
  due_soon: '即将到期',
  overdue: '已逾期',
  not_reported: '未报送进展',
} as const;

export const REMINDER_MESSAGES = {
  dueSoon: (title: string, deadline: string, days: number, status: string) =>
    days === 0
      ? `“${title}”今天（${deadline}）到期，当前状态：${status}。请按时完成并报送进展。`
      : `“${title}”将于${deadline}到期（还有${days}天），当前状态：${status}。请按时完成并报送进展。`,
  overdue: (title: string, deadline: string, days: number) =>
    `“${title}”已超过完成时限（${deadline}）${days}天，尚未完成。请说明原因并报送整改措施。`,
  missed: (title: string, deadline: string) =>
    `“${title}”完成时限${deadline}已过，目标未完成。请说明原因并报送整改措施。`,
  notReported: (title: string, cycleWord: string, due: string) =>
    `“${title}”${cycleWord}尚未报送进展，请于${due}前报送。`,
} as const;

export const CSV_HEADERS = {
  reminders: ['单位', '事项', '类型', '到期日', '提醒'],
  evaluation: ['排名', '单位', '承担事项', '年内应完成', '已完成', '完成率', '按时完成率', '逾期未完成', '延期次数', '报送及时率', '得分', '等级'],
} as const;

/** A unit id not among the known units. */
export const unknownUnit = (id: number | undefined): string => (id === undefined ? '未明确牵头单位' : `单位#${id}`);

export const NOT_RATED = '暂不评定';

/** Who issues the office's papers when the ledger does not say (a ledger of one government's reports names its office). */
export const DEFAULT_OFFICE = '政府督查室';
