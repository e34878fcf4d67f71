/**
 * Word lookup by character: a table of words indexed by first (or last) character, longest first, so a lookup at
 * a position costs one Map access and a few startsWith — the scanner never runs a regex over the text.
 */
export interface WordIndex {
  byFirst: ReadonlyMap<string, readonly string[]>;
  byLast: ReadonlyMap<string, readonly string[]>;
}

export function indexWords(words: Iterable<string>): WordIndex {
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const w of words) {
    push(byFirst, w[0], w);
    push(byLast, w[w.length - 1], w);
  }
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.length - a.length);
  return { byFirst, byLast };
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

/** The longest word of the index starting at `pos`. */
export function wordAt(text: string, pos: number, index: WordIndex): string | undefined {
  return index.byFirst.get(text[pos])?.find((w) => text.startsWith(w, pos));
}

/** The longest word of the index ending just before `end`. */
export function wordBefore(text: string, end: number, index: WordIndex): string | undefined {
  return index.byLast.get(text[end - 1])?.find((w) => end >= w.length && text.startsWith(w, end - w.length));
}
