/**
 * The form of context-counts.txt, the character n-gram counts the context model (context-model.ts) is made of:
 * written by scripts/build-context-model.ts, read here. After comment lines (`#`), one line per order and count:
 * `ORDER COUNT GRAMS`, the n-grams of that order seen that often written one after another (each ORDER codes
 * long, so no separator is needed). `|` stands for a run of characters that are not Han, `0` for one ending in a digit.
 */

/** The longest n-gram counted: a character with one neighbour on each side, or two on one side. */
export const CONTEXT_ORDER = 3;

/** What stands for a run of characters that are not Han (punctuation, spaces, the text's edge). */
export const BOUNDARY = '|';

/** What stands for such a run that ends in a digit on its right (56份, 2020年): where measure words follow. */
export const FIGURE = '0';

const isDigitCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** The mark (as a code) of the run of non-Han codes codes[start, end): FIGURE if it ends in a digit, else BOUNDARY. */
export const markOfRun = (codes: ArrayLike<number>, start: number, end: number): number =>
  (isDigitCode(codes[end - 1]!) ? FIGURE : BOUNDARY).charCodeAt(0);

/**
 * Written in the source line of counts made from every other national report (the first, third, …: the build's
 * `--half`), so that the evaluation reads the others apart, as text the model never saw.
 */
export const HALF_MARK = 'every other one, the first, third, …';

/** The counts of each order (index 1…CONTEXT_ORDER; index 0 unused) as text, under a comment naming `source`. */
export function formatCounts(counts: readonly ReadonlyMap<string, number>[], source: string): string {
  const lines = [
    '# Character n-gram counts (n = 1…3), the data of the character judge\'s context model (context-model.ts).',
    `# Source: the cleaned bodies of ${source}, counted by scripts/build-context-model.ts;`,
    '# counts only, each order thresholded (see KEEP_FROM there). Regenerate: node --import tsx scripts/build-context-model.ts',
    '# Format: ORDER COUNT GRAMS (the n-grams of that order seen COUNT times, written one after another; | = not Han, 0 = ending in a digit).',
  ];
  for (let order = 1; order < counts.length; order++) {
    const byCount = new Map<number, string[]>();
    for (const [gram, count] of counts[order]!) {
      const list = byCount.get(count);
      if (list) list.push(gram);
      else byCount.set(count, [gram]);
    }
    for (const count of [...byCount.keys()].sort((a, b) => b - a)) lines.push(`${order} ${count} ${byCount.get(count)!.sort().join('')}`);
  }
  return lines.join('\n') + '\n';
}

/** Each n-gram of the text (formatCounts's) with its order and count. */
export function* parseCounts(text: string): Generator<{ gram: string; count: number }> {
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [order, count, grams] = line.split(' ') as [string, string, string];
    const size = Number(order);
    for (let i = 0; i + size <= grams.length; i += size) yield { gram: grams.slice(i, i + size), count: Number(count) };
  }
}
