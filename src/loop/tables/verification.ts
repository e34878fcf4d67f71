/**
 * How a next year's review is read against a target (gold-format.md "Verification pairs"), and the words a
 * review uses to say a target was not met without giving a figure. Our own reading of reports 2004–2025.
 */

/** 左右 tolerates half a percentage point for rates and 5% of the value otherwise. */
export const ABOUT_TOLERANCE_POINTS = 0.5;
export const ABOUT_TOLERANCE_SHARE = 0.05;

/** A review saying a target was missed, in words: "物价调控目标没有完成", "预期增长目标未能实现". */
export const MISSED_IN_WORDS = /(?:没有|未能|未)(?:完成|实现|达到)/;

/** Short words a review uses for an indicator when it says so (物价 for consumer prices …). */
export const TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  cpi: ['物价', '价格'],
  energy_intensity: ['节能', '能耗'],
  trade_growth: ['进出口', '外贸'],
  gdp_growth: ['经济增长', '生产总值'],
  new_urban_jobs: ['就业'],
  grain_output: ['粮食'],
  deficit_ratio: ['赤字'],
  m2_growth: ['货币'],
};

/**
 * A target with no headline indicator is checked against the result of its year that says most of its words again:
 * its words without those that only make it a target (times, intent, 完成, the op), two pairs of them at least, half of
 * them in the result. Our own reading of reviews restating last year's tasks.
 */
export const TARGET_WORDS = /今年|年内|年底前|全年|力争|确保|争取|完成|要|将|左右|以上|以内|不少于|不低于|达到/g;
export const SAID_OF_MIN_PAIRS = 2;
export const SAID_OF_SHARE = 0.5;

/**
 * One measure that reviews name in other words than the plan did, each spelled one way before the words are compared:
 * the investment a county attracts (招商引资到位资金30亿元 → 实际到位内外资32.6亿元, 引进内外资). Foreign investment
 * alone (实际利用外资) is another measure and stays. Our own reading of county and city reports.
 */
export const MEASURE_NAMES: readonly { words: RegExp; as: string }[] = [
  { words: /招商引资(?:实际)?(?:到位|引进)?(?:内外资|资金)?|(?:实际)?(?:到位|利用|引进)(?:内外资|国内外资金)|实际到位资金|到位资金/g, as: '到位资金' },
];

/**
 * Verbs opening a figure of whom or how much a deliverable reached (改造老旧小区158个、惠及2.1万户): the figure is
 * the deliverable's, stated in another measure, and is read with the words of the figure before it. Our own reading
 * of reviews.
 */
export const REACH_OPENING = /^(?:惠及|覆盖|涉及|受益|带动)/;
/** Most characters between a figure and the reach figure after it (、 or ，). */
export const REACH_GAP_MAX = 2;

/**
 * The verbs of a deliverable, which a review often words otherwise than the plan did (新建农村沼气池5000口 → 建成沼气池
 * 5200口): what was delivered is said by the words that remain. Each verb names its deed — building new or renovating
 * (新改建 either) — and a result of another deed is not the target's (新建幼儿园3所 is not 改造幼儿园5所); 实施 and 推进
 * name none. Our own reading of reviews.
 */
export const DELIVERY_VERBS: readonly { verb: string; deeds: readonly ('build' | 'renovate')[] }[] = [
  { verb: '新改建', deeds: ['build', 'renovate'] },
  { verb: '改扩建', deeds: ['renovate'] },
  { verb: '新建', deeds: ['build'] },
  { verb: '建成', deeds: ['build'] },
  { verb: '建设', deeds: ['build'] },
  { verb: '开工', deeds: ['build'] },
  { verb: '新增', deeds: ['build'] },
  { verb: '打造', deeds: ['build'] },
  { verb: '创建', deeds: ['build'] },
  { verb: '改建', deeds: ['renovate'] },
  { verb: '扩建', deeds: ['renovate'] },
  { verb: '改造', deeds: ['renovate'] },
  { verb: '实施', deeds: [] },
  { verb: '推进', deeds: [] },
];

/**
 * Measure words a review may count the same things in: 个, the generic counter, for any counter of things
 * (5G基站1000个 → 1260座, units.ts COUNTERS), and 名 for 人. Our own reading of reviews.
 */
export const GENERIC_COUNTER = '个';
export const SAME_MEASURE: readonly (readonly string[])[] = [['人', '名']];

/**
 * Where a document gives two figures of one indicator and the words of the measure asked for do not tell which, the
 * government's own: its own (地方) budget revenue, not the full caliber (全口径) that counts what it collects for the
 * levels above it too. Our own reading of bulletins and of the targets reports set (地方一般公共预算收入增长7%).
 */
export const OWN_MEASURE = /地方/;

/**
 * Units of mass a report and a bulletin may state one figure in (粮食产量稳定在42亿斤 against 粮食总产量210万吨): the
 * kilograms in one of each (GB 3100-93, and the 市制 jin of 0.5 kg the reports count grain in).
 */
export const MASS_IN_KILOGRAMS: Readonly<Record<string, number>> = { 吨: 1000, 公斤: 1, 千克: 1, 斤: 0.5 };

/**
 * A result whose own words say its figure is a fall (比上年下降2.1%, 减少3000人): its magnitude is written, the
 * change is below zero. A target stated as a reduction (单位GDP能耗降低3%) is compared with the reduction reported.
 * A fall *to* a figure (涨幅回落到2.6%, 降至5%) states the level reached, which is the figure as written.
 */
export const FALL_BEFORE_FIGURE = /(?:下降|减少|回落|下滑|下跌)(?![到至])[^，,。；;、\d]{0,3}[\d.]+[^\d，,。；;]{0,5}$/;
export const REDUCTION_TARGET = /下降|降低|减少|压减|削减/;
