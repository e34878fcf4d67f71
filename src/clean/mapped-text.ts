import type { Span } from '../span.js';
import type { Edit, LocalEdit } from './edit.js';

/**
 * A text being cleaned that knows, for every character, the original range it came from.
 * Passes see only `text`; applying their edits yields the next MappedText and the edits in original offsets,
 * so nothing downstream ever searches the original again.
 */
export class MappedText {
  private constructor(
    readonly original: string,
    readonly text: string,
    /** starts[i], ends[i]: the original range that text[i] stands for. */
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** The original offset of the end of this text (where an insertion at text.length lands). */
    private readonly endOffset: number,
  ) {}

  /** The slice `span` of `original`, every character mapped to itself. */
  static of(original: string, span: Span = { start: 0, end: original.length }): MappedText {
    const n = span.end - span.start;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      starts[i] = span.start + i;
      ends[i] = span.start + i + 1;
    }
    return new MappedText(original, original.slice(span.start, span.end), starts, ends, span.end);
  }

  /** The original range behind text[start, end). An empty range maps to the point before text[start]. */
  toOriginal(start: number, end: number): Span {
    const at = (i: number) => (i < this.text.length ? this.starts[i] : this.endOffset);
    if (end <= start) return { start: at(start), end: at(start) };
    return { start: this.starts[start], end: this.ends[end - 1] };
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
    let size = this.text.length;
    for (const e of kept) size += e.to.length - (e.end - e.start);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const parts: string[] = [];
    const edits: Edit[] = [];
    let j = 0;
    let from = 0;
    const copy = (a: number, b: number) => {
      parts.push(this.text.slice(a, b));
      starts.set(this.starts.subarray(a, b), j);
      ends.set(this.ends.subarray(a, b), j);
      j += b - a;
    };
    for (const e of kept) {
      copy(from, e.start);
      const span = this.toOriginal(e.start, e.end);
      for (let k = 0; k < e.to.length; k++, j++) {
        // every replacement character stands for the whole replaced range
        starts[j] = span.start;
        ends[j] = span.end;
      }
      parts.push(e.to);
      edits.push({ ...span, from: this.original.slice(span.start, span.end), to: e.to, type: e.type, rule: e.rule });
      from = e.end;
    }
    copy(from, this.text.length);
    return { next: new MappedText(this.original, parts.join(''), starts, ends, this.endOffset), edits };
  }
}
