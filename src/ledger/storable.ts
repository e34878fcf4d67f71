/**
 * Why a string cannot be stored as sent, if it cannot: U+0000 (PostgreSQL's text cannot hold it, SQLite's LIKE
 * stops at it) or a lone surrogate (not Unicode: it would be stored as U+FFFD, not as sent).
 */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains U+0000 (NUL), which text cannot hold';
  if (!text.isWellFormed()) return 'contains a lone surrogate (not well-formed Unicode)';
  return undefined;
}
