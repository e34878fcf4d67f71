/**
 * Every threshold of 督责 and 追责 in one place, each with why it has the value it has. They are policy, not
 * physics: a supervision office that uses other figures changes them here and the tests say what moved.
 */

/**
 * 序时进度: a quantity built up over a period (新建学校5所, 新增停车泊位2400个) is judged by how far the share of it
 * done lags the share of the period gone (or of its own schedule): by 30 June half the year is gone, so 35% done
 * lags 15 percentage points. More than `atRisk` points behind is amber (存在风险), more than `behind` points red
 * (进度滞后). Offices set their own (an office's settings, src/ledger/settings.ts); these are the defaults the
 * supervision offices' published rules most often use (滞后序时进度10个百分点以上 黄灯, 30个百分点以上 红灯).
 */
export interface PaceLag {
  atRisk: number;
  behind: number;
}
export const PACE_LAG_POINTS: Readonly<PaceLag> = Object.freeze({ atRisk: 10, behind: 30 });

/**
 * A rate measured on the period so far (level: 增长8%) whose latest value is at least this share of the goal is
 * "at risk" (存在风险) rather than "behind" (进度滞后): 85% can still be made up with one good quarter; less
 * than that usually cannot. Applied as a shortfall of 15% of |expected|, so it also works for zero or negative
 * goals (a growth target of 0%).
 */
export const AT_RISK_SHARE = 0.85;

/**
 * A lower-is-better or "at most" target (失业率控制在4.5%以内) whose latest value is above the bound by at most
 * this share of the bound is "at risk", further above it "behind": 4.5% → at risk up to 4.725%. Such bounds
 * are tight by design, so the band is narrower than AT_RISK_SHARE's.
 */
export const BOUND_AT_RISK_OVERSHOOT = 0.05;

/**
 * A milestone or task due within this many days whose latest state is 未启动 (not_started) is "at risk":
 * a month is about the shortest time in which a piece of government work can still be started and finished.
 * (A blocked item is at risk whatever its deadline: 受阻 always needs the office's attention.)
 */
export const AT_RISK_WINDOW_DAYS = 30;

/**
 * An item that has never been reported on owes its first report by the end of the first reporting cycle that
 * ends at least this many days after the start: time for the assignment to reach the unit and the unit to
 * gather a first figure. Until then "never reported" is not "no data".
 */
export const FIRST_REPORT_GRACE_DAYS = 30;

/**
 * A report counts as submitted on time for its cycle when it was entered (createdAt) no later than this many
 * days after the cycle's last day: the usual rule is 每月5日前报送上月进展.
 */
export const REPORT_SUBMISSION_GRACE_DAYS = 5;

/**
 * Reminders that reach people (e-mail, a group robot) say "not yet reported" only in the last this-many days of a
 * reporting cycle: before the reporting day, when it helps, and not every day of the month.
 */
export const REPORTING_REMINDER_DAYS = 3;

/** A reminder "due soon" (即将到期) is raised for an unfinished item due within this many days from today. */
export const DUE_SOON_DAYS = 14;

/** Reminders, lists and the evaluation table quote an item's text up to this many characters, then "…". */
export const TITLE_LENGTH = 40;

/**
 * Year-end evaluation score (0–100): the weighted mean of completion rate, on-time rate and reporting
 * timeliness, minus the overdue penalty. Completion weighs most (the report's promise is the result), then
 * finishing on time, then keeping the office informed. When a component has no basis (no item due yet, no
 * report owed yet) its weight is spread over the others instead of counting it as 0 or 100.
 */
export const SCORE_WEIGHTS = { completion: 0.4, onTime: 0.3, reporting: 0.3 } as const;

/** Points taken off the score for each item that is overdue or missed at the time of evaluation … */
export const OVERDUE_PENALTY = 5;
/** … but never more than this in total, so the three rates still decide most of the score. */
export const OVERDUE_PENALTY_CAP = 20;

/**
 * Points taken off the score for each extension of a deadline approved in the year (延期次数) … An extension moves
 * the deadline the rates judge by; what it costs is here, and less than an overdue item (the unit asked in time,
 * and the office agreed), as evaluation rules that count 延期 commonly weigh it.
 */
export const EXTENSION_PENALTY = 2;
/** … but never more than this in total. */
export const EXTENSION_PENALTY_CAP = 10;

/** Grade thresholds on the score, highest first (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格). */
export const GRADE_THRESHOLDS = [
  { grade: '优秀', min: 90 },
  { grade: '良好', min: 80 },
  { grade: '合格', min: 60 },
  { grade: '不合格', min: -Infinity },
] as const;

/**
 * A unit with any overdue or missed item cannot be graded 优秀 whatever its score (capped at 良好), as
 * evaluation rules of supervision offices commonly say: 有逾期未完成任务的，不得评为优秀.
 */
export const EXCELLENT_REQUIRES_NO_OVERDUE = true;
