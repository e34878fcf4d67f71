/**
 * Verbs around figures (our own reading of reports): a growth verb makes a % figure a growth rate;
 * a change verb between two figures makes "从A增加到B" one result with a baseline.
 */
export const GROWTH_VERB = /增长|增速|增幅|下降|降低|提高|上涨|上升|回落|增加|减少/;

/** A clause that opens with one of these continues the subject of the clause before (…实现4153.25亿元，增长2.6%). */
export const SUBJECT_CONTINUING_OPENING = /^(?:同比|比上年|比去年|年均|分别)?(?:增长|下降|降低|提高|上涨|上升|回落|增加|减少|增速|增幅)/;

/** "由/从 A … 增加/提高/下降 … 到/至 B". */
export const FROM_TO_START = /[由从]/;
export const FROM_TO_CHANGE = /(?:增加|提高|增长|上升|提升|扩大|下降|减少|降低|降至|增至|达到|跃升|缩小|延长|延伸)?(?:到|至)/;
