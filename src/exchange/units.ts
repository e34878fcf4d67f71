/** Unit names as people type them into 牵头单位 / 责任单位: a list separated by 、，, / ; or line breaks, matched by name or alias. */
import type { Unit } from '../ledger/model.js';

const SEPARATORS = /[、，,/／;；\r\n]+/;

/** Names compared without width or whitespace differences: 县 发改局 and 县发改局 are one name. */
export const normaliseName = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

export function splitNames(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Finds units by name or alias. A name wins over another unit's alias. */
export class UnitIndex {
  private readonly byName = new Map<string, Unit>();

  constructor(units: readonly Unit[]) {
    for (const u of units) {
      for (const a of u.aliases) {
        const key = normaliseName(a);
        if (key && !this.byName.has(key)) this.byName.set(key, u);
      }
    }
    for (const u of units) this.byName.set(normaliseName(u.name), u);
  }

  find(name: string): Unit | undefined {
    return this.byName.get(normaliseName(name));
  }

  /** The units a cell names, in order without repeats, and the names that match no unit. */
  resolve(text: string): { units: Unit[]; unknown: string[] } {
    const units: Unit[] = [];
    const unknown: string[] = [];
    for (const name of splitNames(text)) {
      const unit = this.find(name);
      if (!unit) unknown.push(name);
      else if (!units.some((u) => u.id === unit.id)) units.push(unit);
    }
    return { units, unknown };
  }
}
