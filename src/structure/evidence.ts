import type { Span } from '../span.js';

/** The report fields inferred with evidence (kind: a work report or a statistical bulletin). */
export type MetaField = 'region' | 'level' | 'year' | 'date' | 'kind';

/** How far an inferred field can be trusted: `low` means an office should confirm it before it is stored. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * One thing the text says about a field: the value it points to, the rule that read it, where it stands and how
 * much it weighs. The span is in ORIGINAL offsets (the page around the report body, a title or a date line the
 * body finder left out, is evidence too, and only the original has coordinates for both).
 */
export interface Evidence {
  field: MetaField;
  value: string | number;
  rule: string;
  weight: number;
  span: Span;
}

/**
 * A problem with an inferred field, in the manner of vfile-message: why, which rule says so, how serious, and
 * where (when one place is to blame).
 */
export interface MetaWarning {
  field: MetaField;
  reason: string;
  ruleId: string;
  severity: 'warning' | 'info';
  place?: Span;
}

/** A field's decided value with the evidence for it and against it. */
export interface Decision<T extends string | number> {
  value: T;
  confidence: Confidence;
  /** The evidence for the value, strongest first, then the strongest for each rival value. */
  evidence: Evidence[];
  /** The summed weight of the best rival value (0 when none). */
  rival: number;
  /** The summed weight of the value. */
  score: number;
}

/** Evidence kept per field: the strongest pieces for the value and for each rival (the rest says nothing more). */
const KEPT_FOR_VALUE = 5;
const KEPT_RIVALS = 3;

/** Sums the weight of every value's evidence and picks the heaviest (ties: the evidence seen first). */
export function weigh<T extends string | number>(evidence: readonly Evidence[]): Omit<Decision<T>, 'confidence'> | undefined {
  const totals = new Map<string | number, { score: number; items: Evidence[] }>();
  for (const e of evidence) {
    const total = totals.get(e.value) ?? { score: 0, items: [] };
    total.score += e.weight;
    total.items.push(e);
    totals.set(e.value, total);
  }
  const ranked = [...totals].sort((a, b) => b[1].score - a[1].score);
  if (ranked.length === 0) return undefined;
  const [value, best] = ranked[0];
  const strongest = (items: Evidence[]) => [...items].sort((a, b) => b.weight - a.weight);
  return {
    value: value as T,
    score: best.score,
    rival: ranked[1]?.[1].score ?? 0,
    evidence: [
      ...strongest(best.items).slice(0, KEPT_FOR_VALUE),
      ...ranked.slice(1, 1 + KEPT_RIVALS).map(([, rival]) => strongest(rival.items)[0]),
    ],
  };
}
