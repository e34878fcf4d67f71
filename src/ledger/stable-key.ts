/**
 * The stable key of an extracted item: what makes "the same item" across imports of one report, a dirty
 * copy and its corrected copy included. It is a function of the item's meaning, never of offsets (which move
 * whenever a character is repaired earlier in the text):
 *
 *   key = kind + "-" + first 16 hex digits of sha256(kind, indicator, low, high, unit, normalised text) + "-" + n
 *
 * where the normalised text is the item's text in NFKC (full-width folded) without punctuation or
 * whitespace, and n counts earlier items of the report with the same hash (0 for the first), in text order,
 * so a sentence repeated in two sections gives two items. A key is computed once, when the item is first
 * imported, and never recomputed when a person edits the item: the next import finds it by the same key.
 * The one change of key is the extraction's own change of kind: a report's year corrected at import turns last
 * year's achievements into this year's targets (or back), and the import finds each under its stored kind
 * (`keysAs`) and gives it the key of its new one.
 */
import { createHash } from 'node:crypto';
import type { Commitment as Extracted, Kind } from '../extract/index.js';

/** Punctuation (Unicode P*) and white space (Z*, and control line breaks) do not change what an item says. */
export const normaliseText = (text: string): string => text.normalize('NFKC').replace(/[\p{P}\p{Z}\s]/gu, '');

const field = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/** The hash part of the key, before occurrence numbering. */
export function meaningHash(item: Pick<Extracted, 'kind' | 'indicator' | 'low' | 'high' | 'unit' | 'text'>): string {
  const meaning = [item.kind, field(item.indicator), field(item.low), field(item.high), field(item.unit), normaliseText(item.text)].join('\u001f');
  return createHash('sha256').update(meaning).digest('hex').slice(0, 16);
}

/** The stable keys of a report's items, given in text order. */
export function stableKeys(items: readonly Extracted[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const hash = meaningHash(item);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `${item.kind}-${hash}-${n}`;
  });
}

/** The keys the items would have if every one were of `kind` (occurrences counted among items of the same meaning). */
export const keysAs = (items: readonly Extracted[], kind: Kind): string[] => stableKeys(items.map((item) => ({ ...item, kind })));
