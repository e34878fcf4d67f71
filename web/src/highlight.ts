/**
 * Splitting a text at spans, for rendering it as text nodes with marks in place (never as markup); and back, the
 * words a person selects in such a text as offsets into it.
 * Spans are half-open UTF-16 offsets, which String.prototype.slice uses directly.
 * Overlapping spans: each character is marked by the innermost (shortest) span covering it, so an item stated
 * inside a longer one (…完成285.6亿元 inside …完成285.6亿元，增长6.2%) keeps a mark of its own; ties go to the
 * span given first.
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
  const marks = items
    .map((item, order) => ({ item, order, start: Math.max(item.span.start, from), end: Math.min(item.span.end, to) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const cuts = [...new Set([from, to, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  let active: typeof marks = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [a, b] = [cuts[c]!, cuts[c + 1]!];
    active = active.filter((m) => m.end > a);
    while (next < marks.length && marks[next]!.start <= a) active.push(marks[next++]!);
    let best: (typeof marks)[number] | undefined;
    for (const m of active) {
      const length = m.end - m.start;
      if (!best || length < best.end - best.start || (length === best.end - best.start && m.order < best.order)) best = m;
    }
    const last = out.at(-1);
    if (last && last.item === best?.item) {
      last.end = b;
      last.text = text.slice(last.start, b);
    } else out.push({ start: a, end: b, text: text.slice(a, b), ...(best ? { item: best.item } : {}) });
  }
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

/** The page's selected range, when some text is selected. */
export function selectedRange(): Range | undefined {
  const selection = window.getSelection();
  return !selection || selection.isCollapsed || selection.rangeCount === 0 ? undefined : selection.getRangeAt(0);
}

/**
 * A selected range as offsets into the text rendered in `container` (which holds it), with the words selected;
 * undefined where only spaces are selected.
 */
export function offsetsIn(container: Node, range: Range): { start: number; end: number; text: string } | undefined {
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  return text.trim() ? { start, end: start + text.length, text } : undefined;
}
