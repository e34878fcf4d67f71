import { hanziData } from './package-data.js';
import { jsonForm, prebuilt } from '../../prebuilt.js';

/**
 * Variant characters (异体字) and their standard simplified form, from CC-CEDICT as shipped in the hanzi
 * package (cedict_ts.u8): single-character entries whose simplified column differs from the traditional one
 * (擧 → 举, 踴 → 踊), or whose definition says "variant of X" (昰 → 是, 汚 → 污). Old reports and web copies
 * use them; a variant is only a candidate, the context still has to read well with it.
 */
const variants = prebuilt('variants', () => {
  const map = new Map<string, string>();
  /** Characters whose entry has a simplified column of its own: traditional forms rather than variants used in simplified text. */
  const traditionalForms = new Set<string>();
  const entry = /^(\S) (\S) \[[^\]\n]*\] \/(?:[^/\n]*\/)*?(?:old )?variant of ([^\s[\]/|]+)(?:\|([^\s[\]/]+))?\[/gmu;
  const text = hanziData('cedict_ts.u8.js');
  for (const [, traditional, simplified, target, targetSimplified] of text.matchAll(entry)) {
    if (map.has(traditional)) continue;
    const to = simplified !== traditional ? simplified : (targetSimplified ?? target);
    if (to !== traditional && [...to].length === 1) map.set(traditional, to);
  }
  for (const [, from, simplified] of text.matchAll(/^(\S) (\S) \[/gmu)) {
    if (simplified === from) continue;
    traditionalForms.add(from);
    if (!map.has(from)) map.set(from, simplified);
  }
  return { map, traditionalForms };
}, jsonForm(
  ({ map, traditionalForms }: { map: Map<string, string>; traditionalForms: Set<string> }) => ({ map: [...map], traditionalForms: [...traditionalForms] }),
  (json: { map: [string, string][]; traditionalForms: string[] }) => ({ map: new Map(json.map), traditionalForms: new Set(json.traditionalForms) }),
));

/** The standard simplified character that `character` is a variant or traditional form of, if any. */
export function standardFormOf(character: string): string | undefined {
  return variants().map.get(character);
}

/**
 * Whether `character` is a traditional form (CC-CEDICT gives it a simplified form of its own, 擧 → 举) rather than
 * a variant written in simplified text too (昰, a variant of 是): a swap of the latter is reported as a swapped
 * character, not as traditional text.
 */
export function isTraditionalForm(character: string): boolean {
  return variants().traditionalForms.has(character);
}
