/**
 * What importing a 分工方案 against a report would do, before anything is stored: each task with the report's
 * commitments it is taken to be (split-match.ts) and those it might be, and every unit name the split writes with
 * the unit it finds (unit-names.ts) or, for a name that finds none, the units of the same department an office
 * might map it to. The office corrects this and the ledger applies it (ledger/splits.ts). Pure.
 */
import type { SplitTask } from '../extract/split-tasks.js';
import type { Commitment, Unit } from '../ledger/model.js';
import { UnitIndex } from '../ledger/unit-names.js';
import { matchTasks, type MatchedTask } from './split-match.js';

export interface PlannedTask extends SplitTask, MatchedTask {}

export interface NamedUnit {
  /** As the split writes it. */
  name: string;
  /** The unit it finds, if any. */
  unitId?: number;
  /** For a name that finds none: units of the same department elsewhere (市发改委 for 县发改委). */
  suggestions: number[];
}

export interface SplitPlan {
  tasks: PlannedTask[];
  /** Every unit name the tasks give, in order of first appearance. */
  units: NamedUnit[];
}

/** The items a split may assign: the report's plans, not its review of last year, nor what the office rejected. */
export const assignable = (c: Commitment): boolean => c.kind !== 'achievement' && !c.stale && c.reviewState !== 'rejected';

export function planSplit(tasks: readonly SplitTask[], commitments: readonly Commitment[], units: readonly Unit[]): SplitPlan {
  const matched = matchTasks(tasks, commitments.filter(assignable));
  const index = new UnitIndex(units);
  const names = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.cooperating]))];
  return {
    tasks: tasks.map((t, i) => ({ ...t, ...matched[i]! })),
    units: names.map((name) => {
      const unit = index.find(name);
      return {
        name,
        ...(unit ? { unitId: unit.id } : {}),
        suggestions: unit ? [] : index.suggest(name).map((u) => u.id),
      };
    }),
  };
}
