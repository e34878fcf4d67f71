/**
 * Headline indicators of work reports: the names reports use for them (national, provincial, city and county
 * wording; older wording such as 农民人均纯收入), and which direction is good. Ids are those of
 * ../shared/spec/gold-format.md. Names from the indicator lists of the National Bureau of Statistics'
 * statistical bulletins (统计公报) and our own reading of reports 1954–2025.
 *
 * A family is the thing measured; the id depends on the figure: a growth rate (%) or a level (元, 人, 斤 …).
 */
import type { Level } from '../../structure/index.js';

export type Direction = 'higher' | 'lower';

export interface IndicatorFamily {
  /** Id for a growth rate of the thing (增长8%). */
  growth?: string;
  /** Id for its level (4153.25亿元, 1200万人, 4.5%). */
  level?: string;
  /** Names, longest first within the table so 人均地区生产总值 wins over 地区生产总值. */
  names: readonly string[];
  /** Which way is good for verification: more GDP is good, more unemployment is not. */
  direction: Direction;
  /** The level itself is a rate (失业率, 涨幅, 赤字率): a % figure is the level, not a growth. */
  rate?: boolean;
  /** A joint subject whose figures follow 分别 in order (城乡居民收入分别增长8%和7%): the families, in order. */
  respectively?: readonly string[];
  /** The units a level of it is stated in; a figure in another unit is not its level (经济增长的十项措施). */
  levelUnits?: readonly string[];
  /** A count that adds up over years: a figure for a plan period is a sum, not the last year's level. */
  cumulative?: boolean;
  /** The levels of government whose reports mean this by these names (all when not given). */
  levels?: readonly Level[];
  /** Words right before a name that make the figure a part's, not the whole's (城市居民消费价格 after the whole's). */
  partBefore?: RegExp;
}

const MONEY = ['元', '美元'];

export const INDICATOR_FAMILIES: readonly IndicatorFamily[] = [
  // 每人平均 is how some traditional-script copies write 人均
  { level: 'gdp_per_capita', names: ['人均地区生产总值', '人均国内生产总值', '人均生产总值', '人均GDP', '每人平均地区生产总值'], direction: 'higher', levelUnits: MONEY },
  {
    growth: 'gdp_growth',
    level: 'gdp_total',
    names: ['地区生产总值', '国内生产总值', '国民生产总值', '全市生产总值', '全省生产总值', '全县生产总值', '全区生产总值', '生产总值', 'GDP', '经济总量', '经济增长', '经济增速'],
    direction: 'higher',
    levelUnits: MONEY,
  },
  {
    growth: 'industrial_va_growth',
    // with the verb inside the name, as bulletins write it (规模以上工业完成增加值168.3亿元，增长19.5%)
    names: ['规模以上工业增加值', '规上工业增加值', '规模以上工业企业增加值', '规模工业增加值', '规模以上工业完成增加值', '规模以上工业实现增加值'],
    direction: 'higher',
  },
  { growth: 'fai_growth', names: ['全社会固定资产投资', '固定资产投资'], direction: 'higher' },
  { growth: 'retail_sales_growth', names: ['社会消费品零售总额', '社会消费品零售额'], direction: 'higher' },
  {
    growth: 'budget_revenue_growth',
    level: 'budget_revenue',
    names: [
      '一般公共预算收入', '地方一般公共预算收入', '公共财政预算收入', '公共财政收入', '地方公共财政收入', '地方财政收入', '地方级财政收入',
      // the name before 2014 (一般预算收入), and the short one of news digests (地方收入)
      '一般预算收入', '地方财政一般预算收入', '地方收入',
    ],
    direction: 'higher',
    levelUnits: MONEY,
  },
  // the State Council's 财政收入 is its budget revenue …
  { growth: 'budget_revenue_growth', level: 'budget_revenue', names: ['全国财政收入', '财政收入'], direction: 'higher', levelUnits: MONEY, levels: ['national'] },
  // … a local government's is its total fiscal revenue, collected for every level above it too: no headline
  // indicator (gold-format.md), but the subject of the figures after it
  { names: ['财政收入', '财政总收入', '公共财政总收入', '全部财政收入'], direction: 'higher', levels: ['province', 'city', 'county'] },
  {
    growth: 'urban_income_growth',
    level: 'urban_income',
    names: ['城镇居民人均可支配收入', '城镇居民人均收入', '城镇常住居民人均可支配收入', '城镇居民可支配收入', '城镇居民收入'],
    direction: 'higher',
    levelUnits: MONEY,
  },
  {
    growth: 'rural_income_growth',
    level: 'rural_income',
    names: [
      '农村居民人均可支配收入', '农村常住居民人均可支配收入', '农村居民人均纯收入', '农民人均纯收入', '农民人均可支配收入', '农村居民收入', '农民收入',
      // farmers and herders, as pastoral regions say
      '农牧民人均可支配收入', '农牧民人均纯收入',
    ],
    direction: 'higher',
    levelUnits: MONEY,
  },
  {
    names: [
      '城乡居民人均可支配收入', '城乡居民人均收入', '城乡居民收入', '城乡常住居民人均可支配收入',
      '城镇、农村常住居民人均可支配收入', '城镇和农村常住居民人均可支配收入', '城镇、农村居民人均可支配收入', '城镇和农村居民人均可支配收入',
    ],
    respectively: ['城镇居民人均可支配收入', '农村居民人均可支配收入'],
    direction: 'higher',
  },
  { growth: 'resident_income_growth', names: ['全国居民人均可支配收入', '居民人均可支配收入', '居民收入'], direction: 'higher' },
  // bulletins give the town's and the country's prices after the whole's (城市居民消费价格上涨0.8%)
  {
    level: 'cpi',
    names: ['居民消费价格总水平', '居民消费价格指数', '居民消费价格涨幅', '居民消费价格', '消费价格涨幅', '物价涨幅', 'CPI'],
    direction: 'lower',
    rate: true,
    partBefore: /(?:城市|农村|城镇|城区|乡村)$/,
  },
  { level: 'new_urban_jobs', names: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数'], direction: 'higher', levelUnits: ['人'], cumulative: true },
  { level: 'registered_unemployment', names: ['城镇登记失业率', '登记失业率'], direction: 'lower', rate: true },
  { level: 'surveyed_unemployment', names: ['城镇调查失业率', '调查失业率'], direction: 'lower', rate: true },
  {
    level: 'energy_intensity',
    names: [
      '单位国内生产总值能耗', '单位地区生产总值能耗', '单位生产总值能耗', '单位GDP能耗', '万元GDP能耗', '万元生产总值能耗', '万元生产总值综合能耗',
      // as bulletins write it
      '万元国内生产总值能耗', '万元地区生产总值能耗',
      '单位国内生产总值能源消耗', '能源消耗强度', '能耗强度',
    ],
    direction: 'higher', // stated as a reduction (降低3%): a larger reduction is better
    rate: true,
  },
  { level: 'grain_output', names: ['粮食总产量', '粮食产量', '粮食总产'], direction: 'higher', levelUnits: ['斤', '吨', '公斤'] },
  { growth: 'trade_growth', names: ['外贸进出口总额', '进出口总额', '外贸进出口', '对外贸易总额', '进出口'], direction: 'higher' },
  { level: 'deficit_ratio', names: ['赤字率', '赤字占国内生产总值的比重', '赤字占国内生产总值比重'], direction: 'lower', rate: true },
  // a money-supply target is a ceiling: growth above it is looser money than planned
  { growth: 'm2_growth', names: ['广义货币M2', '广义货币', 'M2'], direction: 'lower' },
];

/**
 * Words between an indicator's name and a figure that make the figure measure something else: a share of GDP,
 * a contribution to growth, an increment, a yield, a use per unit of output, another crop's output, a median
 * (服务业占国内生产总值比重50.5%, 对经济增长的贡献率30%, 万元GDP用水量下降5%, 粮食总产量…，油料产量14.4万吨).
 */
export const SUBJECT_BREAKERS = /比重|占比|贡献率|贡献|增量|基数|弹性|份额|比例|亩产|单产|每|用水量|用地|能耗|电耗|水耗|碳排放|排放量|产量|中位数/;

/**
 * A name right after one of these is a subgroup's figure, not the headline (脱贫地区农村居民收入, 贫困县农民收入,
 * 重点行业增加值); the report's own territory (全县, 我县, 本县) is not a subgroup.
 */
export const SUBGROUP_BEFORE = /(?:地区|区域|[^全我本该]县|人群|群体|行业|企业|园区)$/;

/** The id's direction of good, for verification. */
export function directionOf(id: string): Direction | undefined {
  return INDICATOR_FAMILIES.find((f) => f.growth === id || f.level === id)?.direction;
}

/**
 * Headline indicators a report of each level normally states among this year's expected targets: one that is
 * missing is listed as explicitly absent, so "not stated" is never confused with "not found". Our own
 * reading of national, provincial and city reports 2004–2025.
 */
export const USUAL_ANNUAL_TARGETS: Readonly<Record<'national' | 'province' | 'city' | 'county', readonly string[]>> = {
  national: ['gdp_growth', 'cpi', 'new_urban_jobs'],
  province: ['gdp_growth', 'cpi', 'new_urban_jobs', 'fai_growth', 'retail_sales_growth', 'budget_revenue_growth'],
  city: ['gdp_growth', 'industrial_va_growth', 'fai_growth', 'retail_sales_growth', 'budget_revenue_growth'],
  county: ['gdp_growth', 'fai_growth', 'budget_revenue_growth'],
};
