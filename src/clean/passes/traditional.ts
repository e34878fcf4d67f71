import { createRequire } from 'node:module';
import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { isHanCode } from '../han.js';
import { isGb2312 } from '../tables/gb2312.js';
import { memo } from '../tables/package-data.js';
import { isTraditionalCode } from '../tables/traditional-forms.js';
import { repairCharacters } from './repair.js';

/**
 * A document with at least this share of its Han characters in traditional forms outside the standard set is
 * written in traditional characters throughout (a Hong Kong or Taiwan repost), not merely sprinkled with them.
 */
const TRADITIONAL_DOCUMENT_SHARE = 0.05;
const TRADITIONAL_DOCUMENT_MIN = 20;

/** How many Han characters the text has, by code (no strings made). */
function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * OpenCC's traditional → mainland simplified conversion, with its phrase table (乾隆 stays, 於都 is 于都): loaded for
 * the first document written in traditional characters throughout.
 */
const toSimplified = memo(() => (createRequire(import.meta.url)('opencc-js/t2cn') as typeof import('opencc-js/t2cn')).Converter({ from: 't', to: 'cn' }));

/**
 * Traditional → simplified (國 → 国), for characters outside the standard simplified set only, and only
 * where the simplified form reads at least as well as any other candidate: 人財 is left to the swapped pass
 * (才, not 财), 鈈 too (its simplified form 钚 is rare; 不得鈈说 means 不). In a document written in traditional
 * characters throughout, the standard characters that are also traditional forms (於 → 于, 後 → 后) are converted
 * too, as OpenCC converts them in their words.
 */
export const traditionalPass: CleanPass = {
  name: 'traditional',
  run(text) {
    const edits = repairCharacters(
      text,
      'traditional',
      isTraditionalCode,
      (type) => type === 'traditional',
    );
    if (edits.length < TRADITIONAL_DOCUMENT_MIN || edits.length < TRADITIONAL_DOCUMENT_SHARE * hanCount(text)) return edits;
    const converted = toSimplified()(text);
    if (converted.length !== text.length) return edits; // a phrase changed length: offsets would not hold
    const edited = new Set(edits.map((e) => e.start));
    const whole: LocalEdit[] = [];
    for (let i = 0; i < text.length; i++) {
      if (converted[i] === text[i] || edited.has(i) || !isGb2312(text[i]!)) continue;
      whole.push({ start: i, end: i + 1, to: converted[i]!, type: 'traditional', rule: 'traditional:document' });
    }
    return [...edits, ...whole].sort((a, b) => a.start - b.start);
  },
};
