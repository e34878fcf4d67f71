import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { CLOSING_QUOTE, OPENING_QUOTE, SEMICOLON_QUOTE } from '../tables/artifacts.js';

/** ";;" standing for quotation marks: alternately “ and ” within each paragraph (实施;;六稳;;工作 → 实施“六稳”工作). */
export const semicolonQuotesPass: CleanPass = {
  name: 'semicolon-quotes',
  run(text) {
    const edits: LocalEdit[] = [];
    let open = false;
    for (let i = text.indexOf(SEMICOLON_QUOTE); i >= 0; i = text.indexOf(SEMICOLON_QUOTE, i + SEMICOLON_QUOTE.length)) {
      if (text.slice((edits.at(-1)?.start ?? -1) + 1, i).includes('\n')) open = false; // a new paragraph starts unquoted
      edits.push({
        start: i,
        end: i + SEMICOLON_QUOTE.length,
        to: open ? CLOSING_QUOTE : OPENING_QUOTE,
        type: 'artifact',
        rule: 'semicolon-quote',
      });
      open = !open;
    }
    return edits;
  },
};
