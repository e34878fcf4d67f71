/**
 * What a section of a work report is for, told by its heading or its opening words. Cues from the fixed
 * structure of 政府工作报告 (review, plan, this year's targets and tasks, 民生实事): our own analysis of
 * national, provincial, city and county reports.
 */
export type SectionRole =
  | 'review_last_year'
  | 'review_plan_period'
  | 'plan_targets'
  | 'annual_indicators'
  | 'annual_tasks'
  | 'livelihood'
  | 'other';

/** The roles of the parts that plan (this year, the plan period, 民生实事) and of those that review. */
export const PLAN_ROLES: ReadonlySet<SectionRole> = new Set(['annual_tasks', 'annual_indicators', 'plan_targets', 'livelihood']);
export const REVIEW_ROLES: ReadonlySet<SectionRole> = new Set(['review_last_year', 'review_plan_period']);

/** Heading cues, tried in order; the first that matches decides. */
export const HEADING_ROLES: readonly { role: SectionRole; cue: RegExp }[] = [
  { role: 'other', cue: /^(?:结束语|结语)$/ },
  { role: 'livelihood', cue: /民生实事|实事项目|为民办实事/ },
  // this year's 主要工作 is its plan (二、今年的主要工作), where 主要工作 alone heads a review (see YEARS_WORK)
  { role: 'annual_tasks', cue: /(?:今年|本年)[^。回顾总结]{0,8}主要工作(?!回顾|总结)/ },
  // (“九五”计划的完成情况和2000年的工作: how the plan was carried out)
  { role: 'review_plan_period', cue: /(?:五年|“?[九十][一二三四五六七八九]?五”?(?:时期|期间|计划|规划)?|过去[的]?[五十]年)[^。]*(?:回顾|总结|成就|完成情况|执行情况)/ },
  { role: 'review_last_year', cue: /回顾|过去一年|工作总结|基本总结|主要工作|完成情况|执行情况/ },
  // a heading naming a year or 今年 plans this year, even when it says 主要目标
  { role: 'annual_tasks', cue: /今年|本年|\d{4}年|工作安排|主要任务|重点工作|工作任务|工作建议|重点抓好/ },
  { role: 'plan_targets', cue: /“?十[一二三四五六七八九]五”?|规划|远景目标|未来五年|今后五年|指导思想|主要目标|总体要求/ },
];

/**
 * A heading naming a year's 主要工作 (二、2025年主要工作) without a word of review: the plan when the year is the
 * report's (or later), the review when it is an earlier one. Compared with the report year in code.
 */
export const YEARS_WORK = /([12]\d{3})年[^。回顾总结]{0,8}主要工作(?!回顾|总结)/;

/** A paragraph that states this year's expected indicators, whatever section it is in. */
export const ANNUAL_INDICATORS_CUE = /(?:今年|\d{4}年)[^。]{0,30}(?:主要预期目标|预期目标|主要目标)|主要预期目标/;

/** Paragraph openings inside a review that say which period the following results cover. */
export const LAST_YEAR_OPENING = /^(?:过去一年|刚刚过去的|去年|一年来|\d{4}年[，,是])/;
export const PLAN_PERIOD_OPENING = /^(?:五年来|过去五年|这五年|“?十[一二三四五六七八九]五”?(?:时期|期间|以来))/;

/**
 * Inside this year's plan, a sentence opening with one of these reports last year ("过去一年，我们…"); the
 * report goes back to planning at a sentence opening with FORWARD_SENTENCE.
 */
export const PAST_SENTENCE = /^(?:过去一年|刚刚过去的一年|去年|一年来|上年)/;
export const FORWARD_SENTENCE = /^(?:今年|明年|新的一年|\d{4}年[，,是]|我们要|要|必须|将)/;
/** A later clause of a sentence that turns to this year (去年新建18个，今年将再建20个): the plan goes on after it. */
export const TURN_TO_THIS_YEAR = /[，,；;]\s?(?:今年|明年|新的一年)/;
