/**
 * The words of the year-end self-assessment (目标任务完成情况表), as offices head its columns and name a result's
 * source; the verdicts are 核验's (status-words.ts).
 */
import type { AssessmentSource, AssessmentVerdict } from '../self-assessment.js';
import { VERDICT_LABELS } from './status-words.js';

export const ASSESSMENT_SOURCE_LABELS: Readonly<Record<AssessmentSource, string>> = {
  bulletin: '统计公报（最终数）',
  report: '次年报告（预计数）',
  progress: '牵头单位报送进展',
};

export const ASSESSMENT_VERDICT_LABELS: Readonly<Record<AssessmentVerdict, string>> = { ...VERDICT_LABELS, in_progress: '尚未完成', no_result: '暂无结果' };

/** The columns of the table, in order (the web page and the .xlsx share them). */
export const ASSESSMENT_COLUMNS = ['序号', '目标任务', '目标值', '牵头单位', '完成值', '结果来源', '完成程度', '评定'] as const;
