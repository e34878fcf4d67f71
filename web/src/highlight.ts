/**
 * Splitting a text at spans, for rendering it as text nodes with marks in place (never as markup).
 * Spans are half-open UTF-16 offsets, which String.prototype.slice uses directly.
 * Overlapping spans: the outer one (earliest start, then longest) wins; spans inside it are dropped.
 */
export interface Spanned {
  span: { start: number; end: number };
}

export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  /** The item marking this piece, if any. */
  item?: T;
}

export function segments<T extends Spanned>(text: string, items: readonly T[], from = 0, to = text.length): Segment<T>[] {
  const sorted = items
    .filter((i) => i.span.end > from && i.span.start < to && i.span.end > i.span.start)
    .slice()
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Segment<T>[] = [];
  let at = from;
  for (const item of sorted) {
    const start = Math.max(item.span.start, from);
    const end = Math.min(item.span.end, to);
    if (start < at) continue; // inside (or overlapping) an earlier, outer mark
    if (start > at) out.push({ start: at, end: start, text: text.slice(at, start) });
    out.push({ start, end, text: text.slice(start, end), item });
    at = end;
  }
  if (at < to) out.push({ start: at, end: to, text: text.slice(at, to) });
  return out;
}

/** About this many characters a block (a few screens); a block ends with a line. */
const BLOCK_CHARS = 2000;

/**
 * Segments grouped into blocks of whole lines, for drawing a long document block by block: a block closes at the
 * first line break in unmarked text after BLOCK_CHARS characters (the break stays at the block's end, so the
 * text is unchanged). A mark is never split.
 */
export function inBlocks<T>(parts: readonly Segment<T>[]): Segment<T>[][] {
  const blocks: Segment<T>[][] = [];
  let block: Segment<T>[] = [];
  let size = 0;
  for (const part of parts) {
    let piece = part;
    for (;;) {
      const cut = piece.item || size + piece.text.length < BLOCK_CHARS ? -1 : piece.text.indexOf('\n', Math.max(0, BLOCK_CHARS - size - 1));
      if (cut < 0) break;
      const head = { start: piece.start, end: piece.start + cut + 1, text: piece.text.slice(0, cut + 1) };
      block.push(head);
      blocks.push(block);
      block = [];
      size = 0;
      if (cut + 1 === piece.text.length) {
        piece = { start: head.end, end: head.end, text: '' };
        break;
      }
      piece = { start: head.end, end: piece.end, text: piece.text.slice(cut + 1) };
    }
    if (piece.text || piece.item) {
      block.push(piece);
      size += piece.text.length;
    }
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/** The sentence around a span: from the previous 。！？；or line break to the next one (bounded). */
export function sentenceAround(text: string, span: { start: number; end: number }, max = 300): { before: string; inside: string; after: string } {
  const stops = /[。！？；!?;\n]/;
  let s = span.start;
  while (s > 0 && span.start - s < max && !stops.test(text[s - 1]!)) s--;
  let e = span.end;
  while (e < text.length && e - span.end < max && !stops.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { before: text.slice(s, span.start).trimStart(), inside: text.slice(span.start, span.end), after: text.slice(span.end, e).trimEnd() };
}
