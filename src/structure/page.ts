import type { Cleaned } from '../clean/index.js';
import type { Span } from '../span.js';
import { halfWidthOf } from '../clean/tables/width.js';
import { simplifiedCode, simplifiedForm } from '../clean/tables/traditional-forms.js';

/**
 * A stretch of text the metadata is read from: the cleaned report body, or the page before or after it as the
 * original has it (a title, a date line, a news dateline or a publication stamp the body finder left out).
 */
export interface PagePart {
  where: 'body' | 'before' | 'after';
  text: string;
  /** The original range behind text[start, end). */
  toOriginal(start: number, end: number): Span;
}

/** The page around the body is read only this far from it: beyond, a page holds other pages' news. */
const AROUND_CHARS = 1500;

/**
 * Full-width digits made half-width and traditional characters simplified, character for character, so the
 * metadata cues (written in simplified characters) read the page around the body; offsets stay the original's.
 */
function readable(text: string): string {
  let out = '';
  let kept = 0; // text[kept, i) is copied as it is
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      // a character of two codes: only a form of two codes takes its place
      const form = simplifiedForm(text.slice(i, i + 2));
      if (form?.length === 2) {
        out += text.slice(kept, i) + form;
        kept = i + 2;
      }
      i++;
      continue;
    }
    const simplified = simplifiedCode(code);
    const to = halfWidthOf(text[i]!) ?? (simplified ? String.fromCharCode(simplified) : undefined);
    if (to === undefined) continue;
    out += text.slice(kept, i) + to;
    kept = i + 1;
  }
  return out + text.slice(kept);
}

export function pageParts(cleaned: Pick<Cleaned, 'original' | 'text' | 'body' | 'toOriginal'>): PagePart[] {
  const { original, body } = cleaned;
  const parts: PagePart[] = [{ where: 'body', text: cleaned.text, toOriginal: cleaned.toOriginal }];
  const from = Math.max(0, body.start - AROUND_CHARS);
  if (body.start > 0) {
    parts.push({ where: 'before', text: readable(original.slice(from, body.start)), toOriginal: (s, e) => ({ start: from + s, end: from + e }) });
  }
  if (body.end < original.length) {
    const text = readable(original.slice(body.end, body.end + AROUND_CHARS));
    parts.push({ where: 'after', text, toOriginal: (s, e) => ({ start: body.end + s, end: body.end + e }) });
  }
  return parts;
}
