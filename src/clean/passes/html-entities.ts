import { createRequire } from 'node:module';
import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { HTML_ENTITY, NBSP } from '../tables/artifacts.js';

/** The `entities` package builds its tables as it loads: loaded for the first text with a reference in it. */
let entities: typeof import('entities') | undefined;
const decodeHTMLStrict = (s: string): string => (entities ??= createRequire(import.meta.url)('entities') as typeof import('entities')).decodeHTMLStrict(s);

/**
 * HTML character references left in a text copied from a page's source or escaped twice (&nbsp;, &ldquo;, &#20013;,
 * &amp;ldquo;): each becomes the character it names (decoded by the `entities` package, the HTML standard's table).
 * Only complete references with their semicolon are read, so "R&D" stays; a non-breaking space becomes a space.
 */
export const htmlEntitiesPass: CleanPass = {
  name: 'html-entities',
  run(text) {
    if (!text.includes('&')) return [];
    const edits: LocalEdit[] = [];
    for (const m of text.matchAll(HTML_ENTITY)) {
      const decoded = decodeHTMLStrict(`&${m[1]}`);
      if (decoded === `&${m[1]}`) continue; // not a reference HTML knows
      edits.push({ start: m.index, end: m.index + m[0].length, to: decoded.replaceAll(NBSP, ' '), type: 'artifact', rule: 'html-entity' });
    }
    return edits;
  },
};
