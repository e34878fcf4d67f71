/** Every word the application shows for a code of the API, in Chinese. */
import type { Confidence, Kind, Level, MetaField, RequestKind, RequestState, Role, StatusCode, ReviewState } from './types';
import { INDICATOR_FAMILIES } from '../../src/extract/tables/indicators';
export { EVIDENCE_RULE_LABELS, LEVEL_LABELS } from '../../src/structure/tables/meta-words';

export const KIND_LABELS: Record<Kind, string> = { target: '目标', milestone: '节点', achievement: '成绩', task: '任务' };
export const KINDS = Object.keys(KIND_LABELS) as Kind[];

// the loop's own words (the server's reasons, reminders and exports use them too)
import { STATUS_LABELS, VERDICT_LABELS, WORK_STATE_LABELS } from '../../src/loop/tables/status-words';
export { STATUS_LABELS, VERDICT_LABELS, WORK_STATE_LABELS };
export const STATUSES = Object.keys(STATUS_LABELS) as StatusCode[];

/** Red / amber / green and "no data". */
export type Rag = 'green' | 'amber' | 'red' | 'none' | 'untracked';
export const RAG_OF: Record<StatusCode, Rag> = {
  on_track: 'green',
  done: 'green',
  pending_closure: 'green',
  at_risk: 'amber',
  behind: 'amber',
  overdue: 'red',
  missed: 'red',
  no_data: 'none',
  not_tracked: 'untracked',
};
export const RAG_LABELS: Record<Rag, string> = { green: '绿灯', amber: '黄灯', red: '红灯', none: '无数据', untracked: '不纳入督办' };
export const RAG_COLORS: Record<Rag, string> = { green: '#2e7d32', amber: '#c77700', red: '#c62828', none: '#78909c', untracked: '#cfd8dc' };
export const STATUS_COLORS: Record<StatusCode, string> = {
  done: '#1b5e20',
  pending_closure: '#2e7d32',
  on_track: '#43a047',
  at_risk: '#f9a825',
  behind: '#ef6c00',
  overdue: '#c62828',
  missed: '#8e0000',
  no_data: '#78909c',
  not_tracked: '#cfd8dc',
};

export const ROLE_LABELS: Record<Role, string> = { admin: '系统管理员', supervisor: '督查室', unit_editor: '单位填报员', viewer: '只读用户' };
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const REVIEW_LABELS: Record<ReviewState, string> = { extracted: '待审核', confirmed: '已确认', edited: '已更正', rejected: '已剔除' };

export const SECTION_ROLE_LABELS: Record<string, string> = {
  review_last_year: '上年工作回顾',
  review_plan_period: '规划期回顾',
  plan_targets: '规划目标',
  annual_indicators: '年度主要预期目标',
  annual_tasks: '年度重点工作',
  livelihood: '民生实事',
  other: '其他',
};


/** How sure the text is of a report field: words and a sign, never colour alone. */
export const CONFIDENCE_LABELS: Record<Confidence | 'none', { word: string; sign: string }> = {
  high: { word: '把握高', sign: '✓' },
  medium: { word: '把握中', sign: '~' },
  low: { word: '把握低', sign: '!' },
  none: { word: '未识别', sign: '?' },
};

export const META_FIELD_LABELS: Record<MetaField, string> = { region: '地区', level: '级别', year: '年度', date: '日期', kind: '文件类型' };
/** What a document is, as offices call it. */
export const DOCUMENT_KIND_LABELS: Readonly<Record<string, string>> = { report: '政府工作报告', bulletin: '统计公报' };

export const EDIT_LABELS: Record<string, string> = {
  homophone: '同音替换字',
  traditional: '繁体字',
  lookalike: '形近字',
  keyword: '插入的广告词',
  width: '全角字符',
  pinyin: '拼音注音',
  artifact: '抓取残留',
  other: '其他',
};

export const AUDIT_ACTIONS: Record<string, string> = {
  create: '创建',
  approve: '同意',
  return: '退回',
  update: '修改',
  delete: '删除',
  assign: '分工',
  import: '导入',
  progress: '填报进展',
  publish: '公开',
  verify: '核验',
  split: '拆分',
  merge: '合并',
};

/** Indicator ids → their Chinese names, from the extractor's own table (growth ids get 增速). */
export const INDICATOR_NAMES: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  for (const f of INDICATOR_FAMILIES) {
    const name = f.names[0];
    if (!name) continue;
    if (f.level && !out[f.level]) out[f.level] = name;
    if (f.growth && !out[f.growth]) out[f.growth] = `${name}增速`;
  }
  return out;
})();

/**
 * Where a name depends on whose report it is: the national accounts say 国内生产总值 for what a region's report
 * calls 地区生产总值 (NBS usage), and a page across levels says 生产总值.
 */
const WORDING: Record<'national' | 'mixed', readonly [string, string][]> = {
  national: [['地区生产总值', '国内生产总值']],
  mixed: [['地区生产总值', '生产总值']],
};

/** An indicator's Chinese name as a report of this level words it (regional wording when the level is not known). */
export const indicatorName = (id: string | undefined, level?: Level | 'mixed'): string => {
  const name = id ? (INDICATOR_NAMES[id] ?? id) : '';
  const wording = level === 'national' || level === 'mixed' ? WORDING[level] : [];
  return wording.reduce((n, [regional, own]) => n.replace(regional, own), name);
};

/** 办结 and changes: a unit's requests and where they stand. */
export const REQUEST_KIND_LABELS: Record<RequestKind, string> = { completion: '办结申请', extension: '延期申请', adjustment: '调整申请' };
export const REQUEST_STATE_LABELS: Record<RequestState, string> = { pending: '待审批', approved: '已同意', returned: '已退回' };
