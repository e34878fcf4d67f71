import { packageFile } from '../tables/package-data.js';
import { packArrays, prebuilt, unpackArrays, type Form } from '../../prebuilt.js';

/**
 * Word frequencies from the jieba dictionary shipped in @node-rs/jieba (dict.txt: "word frequency tag",
 * ~349,000 words counted over a large general corpus). Used to judge how well a stretch of text reads:
 * a correct character usually forms a known word with its neighbours, a swapped one does not.
 *
 * Everything is keyed by UTF-16 codes, never by strings: the words sit in open-addressing hash tables over
 * typed arrays, so a lookup hashes a few codes and compares them in place, and building the tables makes no
 * string per word (which also keeps the cold start short).
 */

/** Longest word kept: longer entries are idioms and names that add little evidence at one position. */
export const MAX_WORD_LENGTH = 4;

/** Each character of a word beyond two multiplies the evidence: a four-character match is no accident. */
export const LENGTH_BONUS = Math.log(20);

/** The evidence one occurrence of a word gives: log frequency, plus LENGTH_BONUS per character beyond two. */
export const wordScore = (frequency: number, length: number): number => Math.log(frequency) + (length - 2) * LENGTH_BONUS;

/** Something that reads like a string by code unit: a string window or a typed array of codes. */
export interface Codes {
  readonly length: number;
  readonly [index: number]: number;
}

const WORD_SLOTS_BITS = 20; // 1,048,576 slots for ~349,000 words
const PAIR_SLOTS_BITS = 21; // 2,097,152 slots for the adjacent pairs inside those words

interface Lexicon {
  /** slot → word number + 1 (0: empty). */
  slots: Int32Array;
  /** Word number → its codes (MAX_WORD_LENGTH per word), its length and its frequency. */
  codes: Uint16Array;
  lengths: Uint8Array;
  frequencies: Uint32Array;
  /** Adjacent pairs (first << 16 | second, + 1) and the best wordScore of a word they stand in. */
  pairKeys: Int32Array;
  pairScores: Float64Array;
  pairBits: Uint8Array;
  /** The log of all the words' frequencies added up (see `wordCost`). */
  logTotal: number;
}

const mix = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
const finish = (hash: number, bits: number): number => Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> (32 - bits);
const pairSlot = (key: number): number => finish(Math.imul(key, 0x9e3779b1), PAIR_SLOTS_BITS);

/**
 * A bit per hashed pair (2^23 bits = 1 MiB, a few percent false hits): small enough to stay in the processor's
 * cache, it answers "never adjacent in a word" for most pairs before the larger exact table is touched.
 */
const PAIR_BITS = 23;
const pairBit = (key: number): number => Math.imul(Math.imul(key, 0x9e3779b1) ^ (key >>> 13), 0x85ebca6b) >>> (32 - PAIR_BITS);

function buildLexicon(): Lexicon {
  const text = packageFile('@node-rs/jieba/dict.txt');
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const capacity = lines + 1;
  const codes = new Uint16Array(capacity * MAX_WORD_LENGTH);
  const lengths = new Uint8Array(capacity);
  const frequencies = new Uint32Array(capacity);
  const slots = new Int32Array(1 << WORD_SLOTS_BITS);
  const pairKeys = new Int32Array(1 << PAIR_SLOTS_BITS);
  const pairScores = new Float64Array(1 << PAIR_SLOTS_BITS);
  const pairBits = new Uint8Array(1 << (PAIR_BITS - 3));
  const wordMask = (1 << WORD_SLOTS_BITS) - 1;
  const pairMask = (1 << PAIR_SLOTS_BITS) - 1;
  let count = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    const length = space - start;
    if (space > start && space < end && length <= MAX_WORD_LENGTH) {
      let frequency = 0;
      for (let i = space + 1; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        frequency = frequency * 10 + digit;
      }
      if (frequency > 0) {
        let hash = 0x811c9dc5 ^ length;
        for (let i = start; i < space; i++) hash = mix(hash, text.charCodeAt(i));
        let slot = finish(hash, WORD_SLOTS_BITS);
        let word = -1;
        for (; slots[slot] !== 0; slot = (slot + 1) & wordMask) {
          const other = slots[slot] - 1;
          if (lengths[other] === length && sameCodes(codes, other, text, start, length)) {
            word = other; // a repeated entry: the later frequency counts, as in a map
            break;
          }
        }
        if (word < 0) {
          word = count++;
          slots[slot] = word + 1;
          lengths[word] = length;
          for (let k = 0; k < length; k++) codes[word * MAX_WORD_LENGTH + k] = text.charCodeAt(start + k);
        }
        frequencies[word] = frequency;
        const score = wordScore(frequency, length);
        for (let i = start + 1; i < space; i++) {
          const key = (((text.charCodeAt(i - 1) << 16) | text.charCodeAt(i)) + 1) | 0;
          let p = pairSlot(key);
          while (pairKeys[p] !== 0 && pairKeys[p] !== key) p = (p + 1) & pairMask;
          pairKeys[p] = key;
          const bit = pairBit(key);
          pairBits[bit >>> 3] |= 1 << (bit & 7);
          if (score > pairScores[p]) pairScores[p] = score;
        }
      }
    }
    start = end + 1;
  }
  let total = 0;
  for (let word = 0; word < count; word++) total += frequencies[word];
  return { slots, codes, lengths, frequencies, pairKeys, pairScores, pairBits, logTotal: Math.log(total) };
}

/** The tables as they lie in memory (33 MB, mostly empty slots), read back as views without a copy. */
const lexiconForm: Form<Lexicon> = {
  encode: (l) => packArrays([l.slots, l.codes, l.lengths, l.frequencies, l.pairKeys, l.pairScores, l.pairBits], l.logTotal),
  decode: (data) => {
    const { meta, buffer, spans } = unpackArrays(data);
    const view = <A>(k: number, Type: { new (b: ArrayBufferLike, at: number, n: number): A; BYTES_PER_ELEMENT: number }) =>
      new Type(buffer, spans[k]![0], spans[k]![1] / Type.BYTES_PER_ELEMENT);
    return {
      slots: view(0, Int32Array),
      codes: view(1, Uint16Array),
      lengths: view(2, Uint8Array),
      frequencies: view(3, Uint32Array),
      pairKeys: view(4, Int32Array),
      pairScores: view(5, Float64Array),
      pairBits: view(6, Uint8Array),
      logTotal: meta as number,
    };
  },
};

const lexicon = prebuilt('lexicon', buildLexicon, lexiconForm);

function sameCodes(codes: Uint16Array, word: number, text: Codes | string, start: number, length: number): boolean {
  const base = word * MAX_WORD_LENGTH;
  if (typeof text === 'string') {
    for (let k = 0; k < length; k++) if (codes[base + k] !== text.charCodeAt(start + k)) return false;
  } else {
    for (let k = 0; k < length; k++) if (codes[base + k] !== text[start + k]) return false;
  }
  return true;
}

/** What each word costs in jieba's own unigram model, where a word's probability is its frequency over the corpus total: the log of that total (≈ 18). */
export const wordCost = (): number => lexicon().logTotal;

/** Loads the tables now (they load on first use otherwise). */
export const loadLexicon = (): void => void lexicon();

/** How often the codes text[start, end) occur as a word (0 if they are not one). */
export function frequencyIn(text: Codes, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > MAX_WORD_LENGTH) return 0;
  const { slots, codes, lengths, frequencies } = lexicon();
  let hash = 0x811c9dc5 ^ length;
  for (let i = start; i < end; i++) hash = mix(hash, text[i]);
  const mask = slots.length - 1;
  for (let slot = finish(hash, WORD_SLOTS_BITS); slots[slot] !== 0; slot = (slot + 1) & mask) {
    const word = slots[slot] - 1;
    if (lengths[word] === length && sameCodes(codes, word, text, start, length)) return frequencies[word];
  }
  return 0;
}

/** How often `word` occurs in the dictionary's corpus (0 if it is not a word there). */
export function wordFrequency(word: string): number {
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
  return frequencyIn(codes, 0, codes.length);
}

/**
 * The best wordScore of a dictionary word in which the character `first` is directly followed by `second`;
 * 0 when they never stand so inside a word. An upper bound on what a character gains from one neighbour,
 * and an O(1) test that rejects most candidates before any word is looked up.
 */
export function pairScore(first: number, second: number): number {
  if (!(first > 0) || !(second > 0)) return 0;
  const { pairKeys, pairScores, pairBits } = lexicon();
  const key = (((first << 16) | second) + 1) | 0;
  const bit = pairBit(key);
  if ((pairBits[bit >>> 3] & (1 << (bit & 7))) === 0) return 0;
  const mask = pairKeys.length - 1;
  for (let p = pairSlot(key); pairKeys[p] !== 0; p = (p + 1) & mask) if (pairKeys[p] === key) return pairScores[p] || 1e-9;
  return 0;
}

/**
 * Whether the two characters may stand next to each other inside some word: false means they never do, so a
 * character can only form a word with a neighbour it may pair with (a cheap test before any word lookup).
 */
export function mayPair(first: string, second: string): boolean {
  if (!first || !second) return false;
  return pairScore(first.charCodeAt(first.length - 1), second.charCodeAt(0)) > 0;
}
