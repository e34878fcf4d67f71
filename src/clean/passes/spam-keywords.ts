import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { DEICTIC_PREFIXES, PLACE_SUFFIXES } from '../tables/places.js';

const HAN = /[\u3400-\u9fff]/;
const PLACE = new RegExp(`[\\u3400-\\u9fff]{1,5}?[${PLACE_SUFFIXES}]`, 'g');
const MIN_KEYWORD = 2;
const MAX_KEYWORD = 6;

/**
 * The spam keyword of a page: a phrase that the page's own title and footers (outside the body) put after
 * place names at least twice ("太原市经济发展…迎泽区经济发展" → 经济发展), with the place-name+keyword strings
 * it was seen in. SEO tools push the same phrase in after the place name inside the report.
 */
function spamKeywords(outside: string): Map<string, Set<string>> {
  const seen = new Map<string, { count: number; places: Set<string> }>();
  for (const run of outside.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (const m of run.matchAll(PLACE)) {
      const place = m[0];
      if (place.length < 2 || DEICTIC_PREFIXES.includes(place[0])) continue;
      const after = m.index + place.length;
      for (let n = MIN_KEYWORD; n <= MAX_KEYWORD && after + n <= run.length; n++) {
        const keyword = run.slice(after, after + n);
        const entry = seen.get(keyword) ?? { count: 0, places: new Set<string>() };
        entry.count++;
        entry.places.add(place);
        seen.set(keyword, entry);
      }
    }
  }
  // keep the longest phrase among those seen at least twice (经济发展 rather than 经济)
  const repeated = [...seen].filter(([, e]) => e.count >= 2).sort((a, b) => b[0].length - a[0].length);
  const keywords = new Map<string, Set<string>>();
  for (const [keyword, entry] of repeated) {
    if ([...keywords.keys()].some((k) => k.includes(keyword))) continue;
    keywords.set(keyword, entry.places);
  }
  return keywords;
}

/** Inserted spam keywords removed: 太原市经济发展第十四届人民代表大会 → 太原市第十四届人民代表大会. */
export const spamKeywordsPass: CleanPass = {
  name: 'spam-keywords',
  run(text, { outside }) {
    const edits: LocalEdit[] = [];
    for (const [keyword, places] of spamKeywords(outside)) {
      for (const place of places) {
        const phrase = place + keyword;
        for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length)) {
          const start = i + place.length;
          if (!HAN.test(text[start + keyword.length] ?? '') && text[start + keyword.length] !== '“') continue;
          edits.push({ start, end: start + keyword.length, to: '', type: 'keyword', rule: 'title-keyword-after-place' });
        }
      }
    }
    return edits;
  },
};
