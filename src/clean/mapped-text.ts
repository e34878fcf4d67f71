import type { Span } from '../span.js';
import type { Edit, LocalEdit } from './edit.js';

/**
 * How the text is made from the original, as runs in text order. A run starting at text offset `at` either
 * copies the original from `from` on, character for character (`to` = COPIED), or is replacement text every
 * character of which stands for the whole original range [from, to).
 */
interface Runs {
  at: number[];
  from: number[];
  to: number[];
}

const COPIED = -1;

/**
 * A text being cleaned that knows, for every character, the original range it came from.
 * Passes see only `text`; applying their edits yields the next MappedText and the edits in original offsets,
 * so nothing downstream ever searches the original again.
 *
 * The map is kept as runs (one per stretch between edits), not per character: applying k edits costs O(k)
 * besides building the new string, and a lookup is a binary search over the runs.
 */
export class MappedText {
  private constructor(
    readonly original: string,
    readonly text: string,
    private readonly runs: Runs,
    /** The original offset of the end of this text (where an insertion at text.length lands). */
    private readonly endOffset: number,
  ) {}

  /** The slice `span` of `original`, every character mapped to itself. */
  static of(original: string, span: Span = { start: 0, end: original.length }): MappedText {
    const runs: Runs = { at: [0], from: [span.start], to: [COPIED] };
    return new MappedText(original, original.slice(span.start, span.end), runs, span.end);
  }

  /** The index of the run holding text[i] (0 ≤ i < text.length). */
  private runOf(i: number): number {
    const { at } = this.runs;
    let low = 0;
    let high = at.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (at[mid] <= i) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private startOf(i: number): number {
    const r = this.runOf(i);
    const { at, from, to } = this.runs;
    return to[r] === COPIED ? from[r] + (i - at[r]) : from[r];
  }

  private endOf(i: number): number {
    const r = this.runOf(i);
    const { at, from, to } = this.runs;
    return to[r] === COPIED ? from[r] + (i - at[r]) + 1 : to[r];
  }

  /** The original range behind text[start, end). An empty range maps to the point before text[start]. */
  toOriginal(start: number, end: number): Span {
    if (end <= start) {
      const point = start < this.text.length ? this.startOf(start) : this.endOffset;
      return { start: point, end: point };
    }
    return { start: this.startOf(start), end: this.endOf(end - 1) };
  }

  /**
   * Applies non-overlapping edits (overlapping or out-of-order ones are dropped, first come first kept)
   * and returns the new text with its map, and the edits in original coordinates.
   */
  apply(local: readonly LocalEdit[]): { next: MappedText; edits: Edit[] } {
    if (local.length === 0) return { next: this, edits: [] };
    const sorted = [...local].sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: LocalEdit[] = [];
    let last = -1;
    for (const e of sorted) {
      if (e.start < last || e.start > e.end || e.end > this.text.length) continue;
      if (e.start === e.end && e.to === '') continue;
      kept.push(e);
      last = e.end === e.start ? e.end + 0.5 : e.end; // two insertions at one point would be ambiguous
    }
    const runs: Runs = { at: [], from: [], to: [] };
    const push = (at: number, from: number, to: number) => {
      const n = runs.at.length - 1;
      // a copied stretch that continues the previous one joins it
      if (to === COPIED && n >= 0 && runs.to[n] === COPIED && runs.from[n] + (at - runs.at[n]) === from) return;
      runs.at.push(at);
      runs.from.push(from);
      runs.to.push(to);
    };
    const old = this.runs;
    const parts: string[] = [];
    const edits: Edit[] = [];
    let j = 0; // length of the new text so far
    let from = 0;
    let r = 0; // the old run holding text[from]
    /** Copies text[a, b) with its map. */
    const copy = (a: number, b: number) => {
      if (b <= a) return;
      parts.push(this.text.slice(a, b));
      while (r + 1 < old.at.length && old.at[r + 1] <= a) r++;
      for (let p = a; p < b; ) {
        const runEnd = r + 1 < old.at.length ? Math.min(old.at[r + 1], b) : b;
        push(j, old.to[r] === COPIED ? old.from[r] + (p - old.at[r]) : old.from[r], old.to[r]);
        j += runEnd - p;
        p = runEnd;
        if (p < b) r++;
      }
    };
    for (const e of kept) {
      const span = this.toOriginal(e.start, e.end);
      copy(from, e.start);
      if (e.to.length > 0) {
        runs.at.push(j);
        runs.from.push(span.start);
        runs.to.push(span.end);
        parts.push(e.to);
        j += e.to.length;
      }
      // (no object spread here: V8 clones a spread object on a slow path, which cost more than all the rest)
      const { start, end } = span;
      edits.push({ start, end, from: this.original.slice(start, end), to: e.to, type: e.type, rule: e.rule });
      from = e.end;
    }
    copy(from, this.text.length);
    if (runs.at.length === 0) push(0, this.endOffset, COPIED);
    return { next: new MappedText(this.original, parts.join(''), runs, this.endOffset), edits };
  }
}
