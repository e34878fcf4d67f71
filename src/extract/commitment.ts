import type { Span } from '../span.js';
import type { SectionRole } from '../structure/tables/section-roles.js';
import type { Op } from './quantity/index.js';

export type Kind = 'target' | 'milestone' | 'achievement' | 'task';

/** One extracted item, in the contract's shape (extraction-contract.md) plus where it stands in the report. */
export interface Commitment {
  kind: Kind;
  /** The clause in cleaned text that states the item. */
  text: string;
  /** Where it is in the original decoded input. */
  span: Span;
  indicator?: string;
  low?: number;
  high?: number;
  unit?: string;
  op?: Op;
  /** The step of the last digit written of `low`, in base units (230.6亿元 → 1e7): how far the figure can be compared. */
  precision?: number;
  /** Targets and milestones: the last day by which it is due (ISO). */
  deadline?: string;
  /** Achievements: the year or span the result covers ("2020", "2016-2020"). */
  period?: string;
  /** "从A增加到B": A, and the year it was measured in. */
  baseline?: number;
  baseline_period?: string;
  /** Units named in the text: 牵头单位 and 责任单位 (task-split documents). */
  lead_units?: string[];
  units?: string[];
  /** The heading of the section it is in, and that section's role. */
  section?: string;
  role: SectionRole;
  /** The extractor or refiner that made it. */
  rule: string;
}
