/**
 * Word lookup by character: a table of words indexed by first (or last) character, longest first, so a lookup at
 * a position costs one Map access and a few startsWith — the scanner never runs a regex over the text.
 */
export interface WordIndex {
  /** Keyed by the UTF-16 code of the first (last) character: a number key needs no string made of the text. */
  byFirst: ReadonlyMap<number, readonly string[]>;
  byLast: ReadonlyMap<number, readonly string[]>;
  /** A bit per code that some word starts (ends) with: most characters of a text start none, which this tells at once. */
  firsts: Uint32Array;
  lasts: Uint32Array;
}

const hasBit = (bits: Uint32Array, code: number): boolean => (bits[code >>> 5]! & (1 << (code & 31))) !== 0;

export function indexWords(words: Iterable<string>): WordIndex {
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const w of words) {
    push(byFirst, w.charCodeAt(0), w);
    push(byLast, w.charCodeAt(w.length - 1), w);
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.length - a.length);
  const bits = (map: Map<number, string[]>) => {
    const set = new Uint32Array(0x10000 >>> 5);
    for (const code of map.keys()) set[code >>> 5] |= 1 << (code & 31);
    return set;
  };
  return { byFirst, byLast, firsts: bits(byFirst), lasts: bits(byLast) };
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

/** The longest word of the index starting at `pos`. */
export function wordAt(text: string, pos: number, index: WordIndex): string | undefined {
  const code = text.charCodeAt(pos);
  if (!hasBit(index.firsts, code)) return undefined;
  for (const w of index.byFirst.get(code)!) if (text.startsWith(w, pos)) return w;
  return undefined;
}

/** The longest word of the index ending just before `end`. */
export function wordBefore(text: string, end: number, index: WordIndex): string | undefined {
  const code = text.charCodeAt(end - 1);
  if (!hasBit(index.lasts, code)) return undefined;
  for (const w of index.byLast.get(code)!) if (end >= w.length && text.startsWith(w, end - w.length)) return w;
  return undefined;
}
