/**
 * Verbs around figures (our own reading of reports): a growth verb makes a % figure a growth rate;
 * a change verb between two figures makes "从A增加到B" one result with a baseline.
 */
export const GROWTH_VERB = /增长|增速|增幅|下降|降低|提高|上涨|上升|回落|增加|减少/;

/**
 * A clause that opens with one of these continues the subject of the clause before (…实现4153.25亿元，增长2.6%;
 * 增长6.6%，总量突破90万亿元; …9422元，扣除价格因素，分别实际增长7.7%和6.8%; the same level in another currency:
 * 人均地区生产总值40818元，按现行平均汇率计算为6554美元).
 */
export const SUBJECT_CONTINUING_OPENING =
  /^(?:同比|比上年|比去年|年均|分别|实际|名义|扣除价格因素|全年|去年|今年|明年|\d{4}年|转为|要|将|力争|确保)*(?:增长|下降|降低|提高|上涨|上升|回落|增加|减少|增速|增幅|达到|达|实现|突破|超过|总量|稳定在|控制在|保持在|按[^，,。；;]{1,12}?(?:计算|折算)为|折合)/;

/** A clause whose words before its figure only say a change (又增产291亿斤): its subject is the clause's before. */
export const CHANGE_ONLY_LEAD = /^(?:[又再并还也共]|同比|比上年|比去年|较上年)*(?:增产|减产|增收|减收|增加|减少|增长|下降|提高|降低|新增|多|少)了?$/;

/** A figure right after one of these, in any unit but %, is an increment, not a level (比上年增加2787亿元). */
export const INCREMENT_VERB = /(?:增加|减少|增长|下降|提升|提高|降低|多|少)$/;

/** 分别: the figures after it go, in order, to the subjects named before it. */
export const RESPECTIVELY = '分别';

/** What joins the figures of a list after 分别 (增长8%和7%, 达到80个、78个). */
export const LIST_JOINER = /^\s*(?:[和与及、，,]|以及)\s*$/;

/** "由/从 A … 增加/提高/下降 … 到/至 B". */
export const FROM_TO_START = /[由从]/;
export const FROM_TO_CHANGE = /(?:增加|提高|增长|上升|提升|扩大|下降|减少|降低|降至|增至|达到|跃升|缩小|延长|延伸)?(?:到|至)/;
