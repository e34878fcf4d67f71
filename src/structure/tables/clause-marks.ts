/** Punctuation that ends a sentence, and that separates clauses within one (GB/T 15834-2011 标点符号用法). */
export const SENTENCE_MARKS = '。！？!?';
export const CLAUSE_MARKS = '，,；;：:';

/**
 * A note naming responsible units ("（牵头单位：…；责任单位：…）"), as task-split documents (分工方案) write it;
 * it stands apart and ends the sentence before it. Group 1 the lead units, group 2 the others.
 */
export const UNIT_NOTE =
  /[（(](?:牵头单位|牵头部门)[:：]([^；;）)]+)(?:[；;][ \u3000]*(?:责任单位|配合单位|参与单位|责任部门)[:：]([^）)]+))?[）)]/g;
export const UNIT_LIST = /[、，,]/;
