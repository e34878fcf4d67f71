import { readFileSync } from 'node:fs';
import { isHanCode } from '../han.js';
import { packArrays, prebuilt, unpackArrays, type Form } from '../../prebuilt.js';
import { BOUNDARY, CONTEXT_ORDER, markOfRun, parseCounts } from '../tables/context-counts.js';
import { pairScore } from './lexicon.js';

/**
 * A character trigram model of how work reports are written, for the character judge to choose between the
 * characters a suspect one may stand for by their neighbours (不断[地]从胜利走向胜利, not 的; 符合预[期], not 计) —
 * where jieba's words, which know nothing across a word's edge, cannot tell. Its counts (context-counts.txt) come
 * from the national reports, counted by scripts/build-context-model.ts; the probability of a character after two
 * is interpolated from the trigram, bigram and unigram estimates (Jelinek–Mercer), so that an unseen trigram still
 * reads by its pair.
 *
 * The counts are built once into hash tables of typed arrays (open addressing, linear probing; prebuilt.ts: `npm run
 * build` writes dist/prebuilt/context, read back as views): loading costs nothing until a suspect character is
 * judged, and a lookup is a probe or two (a dirty page asks some ten thousand of them).
 */

interface Counts {
  /** Per order (index 1…3): a hash table of the n-grams' keys (codes in base 65,536; 0: an empty slot), and their counts. */
  keys: Float64Array[];
  counts: Uint32Array[];
  /** All characters counted (order 1 added up). */
  total: number;
}

/** Read from the project's source tree: from src/clean/tables and from dist/clean/tables alike. */
const COUNTS_FILE = new URL('../../../src/clean/tables/context-counts.txt', import.meta.url);

const BOUNDARY_CODE = BOUNDARY.charCodeAt(0);

const keyOf = (gram: string): number => {
  let key = 0;
  for (let i = 0; i < gram.length; i++) key = key * 65536 + gram.charCodeAt(i);
  return key;
};

function buildCounts(): Counts {
  let text = '';
  try {
    text = readFileSync(COUNTS_FILE, 'utf8');
  } catch {
    // no counts (an installed copy without the source tree and its prebuilt file): the model knows nothing
  }
  const pairs: [number, number][][] = Array.from({ length: CONTEXT_ORDER + 1 }, () => []);
  let total = 0;
  for (const { gram, count } of parseCounts(text)) {
    pairs[gram.length]!.push([keyOf(gram), count]);
    if (gram.length === 1) total += count;
  }
  const keys: Float64Array[] = [];
  const counts: Uint32Array[] = [];
  for (const list of pairs) {
    // at most half full, so a probe finds its key or an empty slot within a step or two
    let size = 2;
    while (size < list.length * 2) size *= 2;
    const table = { keys: new Float64Array(size), counts: new Uint32Array(size) };
    for (const [key, count] of list) {
      const at = slotOf(table.keys, key);
      table.keys[at] = key;
      table.counts[at] = count;
    }
    keys.push(table.keys);
    counts.push(table.counts);
  }
  return { keys, counts, total };
}

/** The slot of `key` in the table `keys`: where it is, or the empty slot where it would go. */
function slotOf(keys: Float64Array, key: number): number {
  const mask = keys.length - 1;
  const low = key % 4294967296;
  const high = (key - low) / 4294967296;
  // multiplicative hashing, read from the product's high bits (its low bits would be the key's last character's)
  let h = Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  let at = (h >>> (Math.clz32(keys.length) + 1)) & mask;
  while (keys[at] !== 0 && keys[at] !== key) at = (at + 1) & mask;
  return at;
}

const countsForm: Form<Counts> = {
  encode: (c) => packArrays([...c.keys, ...c.counts], c.total),
  decode: (data) => {
    const { meta, buffer, spans } = unpackArrays(data);
    const orders = spans.length / 2;
    return {
      keys: spans.slice(0, orders).map(([at, n]) => new Float64Array(buffer, at, n / 8)),
      counts: spans.slice(orders).map(([at, n]) => new Uint32Array(buffer, at, n / 4)),
      total: meta as number,
    };
  },
};

const model = prebuilt('context', buildCounts, countsForm);

/** How often the n-gram with this key and order was counted (0 below the threshold it was kept at, or never seen). */
function countOf(order: number, key: number): number {
  const { keys, counts } = model();
  return counts[order]![slotOf(keys[order]!, key)]!;
}

/** Weights of the trigram and bigram estimates where their context was seen; the rest goes to the shorter one. */
const TRIGRAM_WEIGHT = 0.6;
const BIGRAM_WEIGHT = 0.7;
/** Characters the unigram estimate is spread over (add-half smoothing), about the Han characters of running text. */
const CHARACTERS = 8000;

/**
 * log P(c | a b) less log P(c), P interpolated, from the counts: `single` P(c) alone (smoothed), `before` of b,
 * `pair` of b c, `context` of a b (0 where there is no a); the count of a b c, under the key `triple`, is looked up only where
 * `context` is not 0.
 */
function lift(single: number, before: number, pair: number, context: number, triple: number): number {
  if (before === 0) return 0;
  let p = BIGRAM_WEIGHT * (pair / before) + (1 - BIGRAM_WEIGHT) * single;
  if (context > 0) p = TRIGRAM_WEIGHT * (countOf(3, triple) / context) + (1 - TRIGRAM_WEIGHT) * p;
  return Math.log(p / single);
}

/** The mark of each side of the centre, nearest first, as far as `count` marks: see `markOfRun`. */
function marksBeside(codes: ArrayLike<number>, at: number, length: number, step: -1 | 1, count: number): number[] {
  const marks: number[] = [];
  let k = at + step;
  while (marks.length < count && k >= 0 && k < length) {
    if (isHanCode(codes[k]!)) {
      marks.push(codes[k]!);
      k += step;
      continue;
    }
    const first = k;
    while (k >= 0 && k < length && !isHanCode(codes[k]!)) k += step;
    const [start, end] = step > 0 ? [first, k] : [k + 1, first + 1];
    marks.push(markOfRun(codes, start, end));
  }
  if (marks.length < count) marks.push(BOUNDARY_CODE); // the text's edge (the window reaches further than two marks)
  return marks;
}

/**
 * How much better a character reads at codes[at] by its neighbours, two on each side (a run of non-Han codes counting
 * as one mark), than by its own frequency: the lift (log P(c | two before) less log P(c)) of the centre and of the two
 * characters after it. A pair that stands inside a dictionary word is jieba's to judge, beside whose reading this is
 * weighed: the national reports not using it (全县, where they say 全国) is no evidence against it. Only differences
 * between candidates at one place mean anything.
 *
 * Returned as a function of the candidate's code: the marks beside the centre and the counts that do not involve it
 * are looked up once for all the candidates at one place, and each count that does, once per candidate (the bigram
 * of the left neighbour and the candidate is both the centre's pair and the next character's context).
 */
export function contextAt(codes: ArrayLike<number>, at: number, length: number): (code: number) => number {
  const [l1 = -1, l2 = -1] = marksBeside(codes, at, length, -1, 2);
  const [r1, r2] = marksBeside(codes, at, length, 1, 2);
  const { total } = model();
  const singleOf = (count: number) => (count + 0.5) / (total + CHARACTERS / 2);
  const beforeCentre = l1 < 0 ? 0 : countOf(1, l1);
  const contextCentre = l2 < 0 ? 0 : countOf(2, l2 * 65536 + l1);
  const nextCount = r1 === undefined ? 0 : countOf(1, r1);
  const nextSingle = singleOf(nextCount);
  const lastSingle = r2 === undefined ? 0 : singleOf(countOf(1, r2));
  const lastPair = r2 === undefined ? 0 : countOf(2, r1! * 65536 + r2);
  const inWord = (first: number, second: number) => first >= 0 && pairScore(first, second) > 0;
  return (code) => {
    const own = countOf(1, code);
    const leftPair = l1 < 0 ? 0 : countOf(2, l1 * 65536 + code);
    const centre = lift(singleOf(own), beforeCentre, leftPair, contextCentre, (l2 * 65536 + l1) * 65536 + code);
    let score = inWord(l1, code) ? Math.max(centre, 0) : centre;
    if (r1 === undefined) return score;
    const rightPair = countOf(2, code * 65536 + r1);
    const after = lift(nextSingle, own, rightPair, l1 < 0 ? 0 : leftPair, (l1 * 65536 + code) * 65536 + r1);
    score += inWord(code, r1) ? Math.max(after, 0) : after;
    if (r2 === undefined) return score;
    return score + lift(lastSingle, nextCount, lastPair, rightPair, (code * 65536 + r1) * 65536 + r2);
  };
}
