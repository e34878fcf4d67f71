/** Punctuation that ends a sentence, and that separates clauses within one (GB/T 15834-2011 标点符号用法). */
export const SENTENCE_MARKS = '。！？!?';
export const CLAUSE_MARKS = '，,；;：:';
