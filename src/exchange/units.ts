/** Unit names as people type them into 牵头单位 / 责任单位: a list separated by 、，, / ; or line breaks, matched by name or alias. */
export { normaliseName, UnitIndex } from '../ledger/unit-names.js';

const SEPARATORS = /[、，,/／;；\r\n]+/;

export function splitNames(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
