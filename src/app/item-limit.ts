/** How many items one report may give: checked where an analysis ends (the analysis thread) and before a commit. */
import { LuoshiError } from '../errors.js';

/**
 * The most items one report may give. The largest work reports give a few hundred (the most among 129 real ones: 712);
 * a file giving fifty times that is many reports, or none, and storing it would hold the ledger for seconds.
 */
export const MAX_ITEMS = 20_000;

/** Refuses a report giving more than MAX_ITEMS items (TOO_MANY_ITEMS). */
export function checkItemCount(name: string, items: number): void {
  if (items > MAX_ITEMS) throw new LuoshiError('TOO_MANY_ITEMS', name, `it gives ${items}; one work report gives at most a few thousand, the limit is ${MAX_ITEMS}`);
}
