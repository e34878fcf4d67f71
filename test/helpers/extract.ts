import { clean } from '../../src/clean/index.js';
import { structure } from '../../src/structure/index.js';
import { extract, type Commitment } from '../../src/extract/index.js';

/** A county report around `body`: date line (year 2024), and the body under the given heading. */
export function report(heading: string, body: string): string {
  return `——2024年1月16日在临溪县第十八届人民代表大会第四次会议上\n\n各位代表：\n\n${heading}\n\n${body}\n`;
}

/** Extracts from a text and returns the items, each with only the fields a test names. */
export function itemsOf(text: string): Commitment[] {
  return extract(structure(clean({ text }))).commitments;
}

/** The fields of an item a table row states. */
export function pick(item: Commitment, fields: readonly (keyof Commitment)[]): Partial<Commitment> {
  const out: Partial<Commitment> = {};
  for (const f of fields) if (item[f] !== undefined) (out as Record<string, unknown>)[f] = item[f];
  return out;
}
