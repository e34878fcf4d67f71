import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import JPShinjitaiCharacters from 'opencc-js/dict/JPShinjitaiCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { isGb2312 } from './gb2312.js';
import { memo } from './package-data.js';
import { prebuilt, stringMapForm } from '../../prebuilt.js';

/**
 * Traditional → simplified for single characters, from OpenCC's tables as shipped in opencc-js:
 * Hong Kong and Taiwan variant forms, and the Japanese shinjitai (経 → 經, 発 → 發), are first brought to OpenCC's
 * standard traditional form (衞 → 衛), then TSCharacters gives the simplified form (衛 → 卫). Characters of the standard simplified set
 * (GB 2312) are never traditional here, whatever the tables say (Taiwan's 著 is mainland 着, but 著 is
 * correct simplified in 显著).
 */

const pairs = (dictionary: string): Map<string, string> =>
  new Map(
    dictionary.split('|').map((entry) => {
      const [from, to] = entry.split(' ');
      return [from, to] as const;
    }),
  );

const simplifiedForms = prebuilt('simplified-forms', () => {
  const toSimplified = pairs(TSCharacters);
  const map = new Map<string, string>();
  const add = (from: string, standard: string) => {
    const simplified = toSimplified.get(standard) ?? standard;
    if (simplified !== from && !isGb2312(from) && !map.has(from)) map.set(from, simplified);
  };
  for (const from of toSimplified.keys()) add(from, from);
  for (const variants of [HKVariantsRev, TWVariantsRev, JPShinjitaiCharacters]) for (const [from, standard] of pairs(variants)) add(from, standard);
  return map;
}, stringMapForm<string>());

/** The simplified form of a traditional character, or undefined when `character` is not traditional. */
export function simplifiedForm(character: string): string | undefined {
  return simplifiedForms().get(character);
}

/** By UTF-16 code: the simplified form's code where it is one code too, and which codes are traditional at all. */
const byCode = memo(() => {
  const codes = new Uint16Array(0x10000);
  const traditional = new Uint8Array(0x10000);
  for (const [from, to] of simplifiedForms()) {
    if (from.length !== 1) continue;
    traditional[from.charCodeAt(0)] = 1;
    if (to.length === 1) codes[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return { codes, traditional };
});

/** The simplified form of the traditional character with this UTF-16 code, as a code; 0 when it is not traditional. */
export const simplifiedCode = (code: number): number => byCode().codes[code];

/** Whether the character with this UTF-16 code is traditional (has a simplified form, of one code or two). */
export const isTraditionalCode = (code: number): boolean => byCode().traditional[code] === 1;
