import type { LocalEdit } from '../edit.js';
import type { CleanPass } from '../pass.js';
import { DEICTIC_PREFIXES, PLACE_SUFFIXES } from '../tables/places.js';

const HAN = /[\u3400-\u9fff]/;
const MIN_KEYWORD = 2;
const MAX_KEYWORD = 6;
/** A place is one to five Han characters and the first place suffix after them (临溪县, 青石镇). */
const PLACE_MIN = 2;
const PLACE_MAX = 6;
const IS_SUFFIX = new Uint8Array(0x10000);
for (const suffix of PLACE_SUFFIXES) IS_SUFFIX[suffix.charCodeAt(0)] = 1;

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;

/**
 * The places of each run of Han characters in a text, left to right, the next looked for after the last (as the
 * pattern /[\u3400-\u9fff]{1,5}?[省市县…]/g finds them), each with its end and the end of its run: a scan of codes,
 * for a page of many reports has hundreds of thousands.
 */
function* placesIn(text: string): Generator<{ place: string; end: number; run: number }> {
  for (let start = 0; start < text.length; ) {
    if (!isHan(text.charCodeAt(start))) {
      start++;
      continue;
    }
    let run = start + 1;
    while (run < text.length && isHan(text.charCodeAt(run))) run++;
    // from p, the leftmost place ends at the first suffix q after p, and starts at most five characters before it
    for (let p = start, q = start + 1; q < run; q++) {
      if (IS_SUFFIX[text.charCodeAt(q)] !== 1) continue;
      const from = Math.max(p, q - (PLACE_MAX - 1));
      yield { place: text.slice(from, q + 1), end: q + 1, run };
      p = q + 1;
      q = p; // (the loop's q++ makes it p + 1: a place has a character before its suffix)
    }
    start = run;
  }
}

/**
 * The spam keyword of a page: a phrase that the page's own title and footers (outside the body) put after
 * place names at least twice ("太原市经济发展…迎泽区经济发展" → 经济发展), with the place-name+keyword strings
 * it was seen in. SEO tools push the same phrase in after the place name inside the report.
 */
function spamKeywords(outside: string): Map<string, Set<string>> {
  // a phrase seen once keeps only its place: most are, and a page of many reports has hundreds of thousands
  const seen = new Map<string, string | { count: number; places: Set<string> }>();
  for (const { place, run, end } of placesIn(outside)) {
    if (DEICTIC_PREFIXES.includes(place[0]!)) continue;
    for (let n = MIN_KEYWORD; n <= MAX_KEYWORD && end + n <= run; n++) {
      const keyword = outside.slice(end, end + n);
      const entry = seen.get(keyword);
      if (entry === undefined) seen.set(keyword, place);
      else if (typeof entry === 'string') seen.set(keyword, { count: 2, places: new Set([entry, place]) });
      else {
        entry.count++;
        entry.places.add(place);
      }
    }
  }
  // keep the longest phrase among those seen at least twice (经济发展 rather than 经济), and none inside one kept
  const repeated: [string, { places: Set<string> }][] = [];
  for (const [keyword, entry] of seen) if (typeof entry !== 'string') repeated.push([keyword, entry]);
  repeated.sort((a, b) => b[0].length - a[0].length);
  const keywords = new Map<string, Set<string>>();
  const insideKept = new Set<string>(); // every stretch of a kept keyword (a page of many reports keeps thousands)
  for (const [keyword, entry] of repeated) {
    if (insideKept.has(keyword)) continue;
    keywords.set(keyword, entry.places);
    for (let a = 0; a < keyword.length; a++) for (let b = a + 1; b <= keyword.length; b++) insideKept.add(keyword.slice(a, b));
  }
  return keywords;
}

/**
 * Inserted spam keywords removed: 太原市经济发展第十四届人民代表大会 → 太原市第十四届人民代表大会. Each place
 * with a keyword after it is found in one scan of the text, at the suffixes places end in (searching the whole text
 * for every place and keyword took seconds on a page of many reports, which has thousands).
 */
export const spamKeywordsPass: CleanPass = {
  name: 'spam-keywords',
  run(text, { outside }) {
    const keywordsAfter = new Map<string, string[]>();
    for (const [keyword, places] of spamKeywords(outside)) {
      for (const place of places) keywordsAfter.set(place, [...(keywordsAfter.get(place) ?? []), keyword]);
    }
    if (keywordsAfter.size === 0) return [];
    // the character before each place's suffix: at most suffixes no place ends, which this tells without a string
    const beforeSuffix = new Uint8Array(0x10000);
    for (const place of keywordsAfter.keys()) beforeSuffix[place.charCodeAt(place.length - 2)] = 1;
    const edits: LocalEdit[] = [];
    /** Per place and keyword, where the search for the next of them goes on: a match is never counted inside another. */
    const searchFrom = new Map<string, number>();
    for (let end = PLACE_MIN; end <= text.length; end++) {
      if (IS_SUFFIX[text.charCodeAt(end - 1)] !== 1 || beforeSuffix[text.charCodeAt(end - 2)] !== 1) continue;
      for (let length = PLACE_MIN; length <= PLACE_MAX && length <= end; length++) {
        const place = text.slice(end - length, end);
        const keywords = keywordsAfter.get(place);
        if (!keywords) continue;
        for (const keyword of keywords) {
          if (!text.startsWith(keyword, end)) continue;
          const key = `${place}|${keyword}`;
          if (end - length < (searchFrom.get(key) ?? 0)) continue;
          searchFrom.set(key, end + keyword.length);
          const after = text[end + keyword.length];
          if (!HAN.test(after ?? '') && after !== '“') continue;
          edits.push({ start: end, end: end + keyword.length, to: '', type: 'keyword', rule: 'title-keyword-after-place' });
        }
      }
    }
    return edits;
  },
};
