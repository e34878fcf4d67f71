/**
 * The year-end self-assessment (目标任务完成情况表): for each target of a report, its lead unit, the result and where it
 * comes from — the statistical bulletin's final figure, else the next report's preliminary one, else the lead unit's
 * last progress report — the share of the target reached (完成目标任务的131.4%) and the verdict.
 *
 * The share is the one a 考核办法 computes: for a target where more is better, result ÷ target (a range or 左右: its
 * floor, the figure that meets it); for a ceiling (以内, prices, unemployment: 逆向指标), target ÷ result. Rates (%,
 * 个百分点) also get the gap in percentage points, which is how offices speak of a rate against its target; a
 * ceiling is said to be kept or not.
 */
import type { Commitment, Verdict } from '../ledger/model.js';
import { describeGoal, formatValue, RATE_UNITS } from './format.js';
import { lowerIsBetter, meets, resultValue } from './verify.js';
import { chineseDate } from '../calendar/index.js';
import { ASSESSMENT_SOURCE_LABELS, ASSESSMENT_VERDICT_LABELS } from './tables/self-assessment.js';

/** A result as a document states it (the ledger's achievement item). */
export interface StatedResult {
  text: string;
  low?: number;
  unit?: string;
}

/** One target of the report, with what the ledger knows of its outcome. */
export interface AssessedTarget {
  target: Pick<Commitment, 'id' | 'text' | 'indicator' | 'low' | 'high' | 'unit' | 'op' | 'deadline'>;
  leadUnit?: string;
  /** The verdict in force, with the results each document read gives (absent: not verified). */
  verification?: { verdict: Verdict; preliminary?: StatedResult; final?: StatedResult };
  /** The lead unit's last progress report. */
  progress?: { reportedOn: string; value?: number };
}

/** Where a row's result is from: the bulletin (final), the next report (preliminary), the unit's own progress. */
export type AssessmentSource = 'bulletin' | 'report' | 'progress';
/**
 * A verification's verdict; for a result the unit reported, met, or not met yet while its deadline has not passed
 * (in_progress); or none (neither verified nor reported).
 */
export type AssessmentVerdict = Verdict | 'in_progress' | 'no_result';

export interface AssessmentRow {
  seq: number;
  commitmentId: number;
  text: string;
  indicator?: string;
  /** The target as the report states it (6%左右); '' without a figure. */
  goal: string;
  leadUnit: string;
  /** The result in the target's unit (a fall reported against a growth target is below zero). */
  value?: number;
  unit?: string;
  /** The result as written (5.3%), or what the document says in words. */
  result: string;
  source?: AssessmentSource;
  /** 统计公报（最终数）, 次年报告（预计数）, 牵头单位报送进展（2024年12月20日）. */
  sourceLabel: string;
  /** result ÷ target, or target ÷ result for a ceiling; absent where no ratio means anything (no figure, zero, below zero). */
  share?: number;
  /** For rates: how far the result is on the good side of the target, in percentage points (below zero: short of it). */
  points?: number;
  /** 完成目标任务的131.4%；高于目标1.9个百分点. */
  shareText: string;
  verdict: AssessmentVerdict;
  verdictLabel: string;
}

/** One decimal, as offices write a share or a gap. */
const oneDecimal = (n: number): string => (Math.round(n * 10) / 10).toFixed(1);

/** The figure a target is measured against: the floor where more is better, the top of a ceiling. */
function measure(target: AssessedTarget['target']): number | undefined {
  return lowerIsBetter(target) ? (target.high ?? target.low) : (target.low ?? target.high);
}

/** The share of the target reached, or undefined where a ratio says nothing (a zero or negative side). */
export function shareOf(target: AssessedTarget['target'], value: number): number | undefined {
  const goal = measure(target);
  if (goal === undefined || goal <= 0 || value <= 0) return undefined;
  return lowerIsBetter(target) ? goal / value : value / goal;
}

/** For a rate: the result's distance from the target on the good side, in percentage points. */
export function pointsOf(target: AssessedTarget['target'], value: number): number | undefined {
  const goal = measure(target);
  if (goal === undefined || !RATE_UNITS.has(target.unit ?? '')) return undefined;
  // rounded to the hundredth so 5.3 − 5.5 is −0.2, not −0.20000000000000018
  return Math.round((lowerIsBetter(target) ? goal - value : value - goal) * 100) / 100;
}

/**
 * The share and gap in words. A ceiling is said as offices say it — kept within it or not, and by how many points
 * (a price rise of 0.4% against 3% is not "750% of the target"); without points, the 逆向指标 share.
 */
function shareText(target: AssessedTarget['target'], value: number, share: number | undefined, points: number | undefined): string {
  const gap = (good: string, bad: string, what: string) =>
    points === 0 ? '与目标持平' : `${points! > 0 ? good : bad}${what}${oneDecimal(Math.abs(points!))}个百分点`;
  if (lowerIsBetter(target)) {
    const parts = [meets(target, value) ? '控制在目标以内' : '超出控制目标'];
    if (points !== undefined) parts.push(gap('低于', '高于', '控制目标'));
    else if (share !== undefined) parts.push(`按逆向指标计完成目标任务的${oneDecimal(share * 100)}%`);
    return parts.join('；');
  }
  const parts: string[] = [];
  if (share !== undefined) parts.push(`完成目标任务的${oneDecimal(share * 100)}%`);
  if (points !== undefined) parts.push(gap('高于', '低于', '目标'));
  return parts.join('；');
}

/** The result a row shows, with its source: the final figure, else the preliminary, else the unit's progress. */
function resultOf(t: AssessedTarget): { value?: number; text: string; source: AssessmentSource; label: string } | undefined {
  const v = t.verification;
  for (const [source, stated] of [['bulletin', v?.final], ['report', v?.preliminary]] as const) {
    if (!stated) continue;
    const label = ASSESSMENT_SOURCE_LABELS[source];
    // a result said in words (目标没有完成) has no figure: its words are the result
    if (stated.low === undefined) return { text: stated.text, source, label };
    const figure = { text: stated.text, low: stated.low, ...(stated.unit !== undefined ? { unit: stated.unit } : {}) };
    return { value: resultValue(t.target, figure), text: formatValue(stated.low, stated.unit), source, label };
  }
  const p = t.progress;
  if (p?.value !== undefined) {
    return { value: p.value, text: formatValue(p.value, t.target.unit), source: 'progress', label: `${ASSESSMENT_SOURCE_LABELS.progress}（${chineseDate(p.reportedOn)}）` };
  }
  return undefined;
}

/** The unit's own figure judged as verification would, as of `today`: short of the target is missed only once it is due. */
function progressVerdict(target: AssessedTarget['target'], value: number, today: string | undefined): AssessmentVerdict {
  if (target.low === undefined && target.high === undefined) return 'no_result';
  if (meets(target, value)) return 'achieved';
  return today !== undefined && target.deadline !== undefined && today > target.deadline ? 'missed' : 'in_progress';
}

/** One row per target, in the order given; `today` tells a target still in progress from one missed. */
export function selfAssessment(targets: readonly AssessedTarget[], options: { today?: string } = {}): AssessmentRow[] {
  return targets.map((t, i): AssessmentRow => {
    const c = t.target;
    const result = resultOf(t);
    const value = result?.value;
    const share = value === undefined ? undefined : shareOf(c, value);
    const points = value === undefined ? undefined : pointsOf(c, value);
    // the verdict in force where the result is a document's; the unit's own figure is judged as verification would
    const verdict: AssessmentVerdict =
      result?.source === 'progress' && value !== undefined ? progressVerdict(c, value, options.today) : (t.verification?.verdict ?? 'no_result');
    return {
      seq: i + 1,
      commitmentId: c.id,
      text: c.text,
      ...(c.indicator !== undefined ? { indicator: c.indicator } : {}),
      goal: c.low === undefined && c.high === undefined ? '' : describeGoal(c),
      leadUnit: t.leadUnit ?? '',
      ...(value !== undefined ? { value } : {}),
      ...(c.unit !== undefined ? { unit: c.unit } : {}),
      result: result?.text ?? '',
      ...(result ? { source: result.source } : {}),
      sourceLabel: result?.label ?? '',
      ...(share !== undefined ? { share } : {}),
      ...(points !== undefined ? { points } : {}),
      shareText: value === undefined || (c.low === undefined && c.high === undefined) ? '' : shareText(c, value, share, points),
      verdict,
      verdictLabel: ASSESSMENT_VERDICT_LABELS[verdict],
    };
  });
}
