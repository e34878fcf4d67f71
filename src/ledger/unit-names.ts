/**
 * Unit names as offices write them, matched to the ledger's units: by name or alias as written, else by the same
 * department under the same government once short forms are read as the full names they stand for (县发改局 =
 * 县发展和改革局; tables/unit-abbreviations.ts), else by the department alone where one unit has it and the
 * governments named do not differ (发改局 = 县发展和改革局, but 市发改委 is not 县发改委). Pure.
 */
import type { Unit } from './model.js';
import { UNIT_ABBREVIATIONS } from './tables/unit-abbreviations.js';

/** Names compared without width or whitespace differences: 县 发改局 and 县发改局 are one name. */
export const normaliseName = (name: string): string => name.normalize('NFKC').replace(/\s+/g, '');

const FULL_NAME = new Map<string, string>(UNIT_ABBREVIATIONS.flatMap(([short, full]) => [[short, full], [full, full]] as const));
/** Longest first: 教育和体育局 is found before 体育局, 政府办 before 府办. */
const FORMS = [...FULL_NAME.keys()].sort((a, b) => b.length - a.length);

/** A unit's name read as the government it belongs to (县, 某市) and its department in full, where the table knows it. */
export interface UnitName {
  /** What stands before the department (县, 市, 某县): empty for a department named alone. */
  government: string;
  /** The department's full name (发展和改革局), when the name ends with a form the table knows. */
  department?: string;
  /** The name with its department in full: equal for 县发改局 and 县发展和改革局. */
  canonical: string;
}

export function readUnitName(name: string): UnitName {
  const written = normaliseName(name);
  const form = FORMS.find((f) => written.endsWith(f));
  if (!form) return { government: written, canonical: written };
  const government = written.slice(0, written.length - form.length);
  const department = FULL_NAME.get(form)!;
  return { government, department, canonical: government + department };
}

/** Two governments as written may be one: the same, one not said, or one the end of the other (某市, 市). */
const sameGovernment = (a: string, b: string): boolean => a === '' || b === '' || a.endsWith(b) || b.endsWith(a);

/** Finds units by name or alias, as written or read in full. A name wins over another unit's alias. */
export class UnitIndex {
  private readonly written = new Map<string, Unit>();
  private readonly canonical = new Map<string, Unit[]>();
  private readonly readNames: { name: UnitName; unit: Unit }[] = [];

  constructor(units: readonly Unit[]) {
    for (const u of units) {
      for (const a of u.aliases) {
        const key = normaliseName(a);
        if (key && !this.written.has(key)) this.written.set(key, u);
      }
    }
    for (const u of units) this.written.set(normaliseName(u.name), u);
    for (const u of units) {
      for (const n of [u.name, ...u.aliases]) {
        const name = readUnitName(n);
        const same = this.canonical.get(name.canonical) ?? [];
        if (!same.includes(u)) same.push(u);
        this.canonical.set(name.canonical, same);
        this.readNames.push({ name, unit: u });
      }
    }
  }

  find(name: string): Unit | undefined {
    const byWritten = this.written.get(normaliseName(name));
    if (byWritten) return byWritten;
    const read = readUnitName(name);
    const byCanonical = this.canonical.get(read.canonical) ?? [];
    if (byCanonical.length === 1) return byCanonical[0];
    if (byCanonical.length > 1 || !read.department) return undefined;
    const byDepartment = this.withDepartment(read).filter(({ name }) => sameGovernment(name.government, read.government));
    return one(byDepartment.map((r) => r.unit));
  }

  /** Units of the same department under another government (市发改委 for 县发改委), for an office to map a name to. */
  suggest(name: string): Unit[] {
    const read = readUnitName(name);
    return read.department ? unique(this.withDepartment(read).map((r) => r.unit)) : [];
  }

  /** The units a cell names, in order without repeats, and the names that match no unit. */
  resolve(names: readonly string[]): { units: Unit[]; unknown: string[] } {
    const units: Unit[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const unit = this.find(name);
      if (!unit) unknown.push(name);
      else if (!units.some((u) => u.id === unit.id)) units.push(unit);
    }
    return { units, unknown };
  }

  private withDepartment(read: UnitName): { name: UnitName; unit: Unit }[] {
    return this.readNames.filter(({ name }) => name.department === read.department);
  }
}

const unique = (units: Unit[]): Unit[] => [...new Map(units.map((u) => [u.id, u])).values()];
const one = (units: Unit[]): Unit | undefined => {
  const distinct = unique(units);
  return distinct.length === 1 ? distinct[0] : undefined;
};
