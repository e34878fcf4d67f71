/**
 * What a quantified target asks for, and the value it should have reached on a given day.
 *
 * Three shapes of target:
 * - pace: a quantity built up over the period (新增停车泊位1万个, 5G基站达到5000座, 从40%提高到45%): expected
 *   value follows the trajectory, linear from the baseline (else 0) at the start to the goal at the deadline,
 *   or the assignment's custom schedule, interpolated between its points. Done as soon as it is reached.
 * - level: a rate measured on the whole period so far (地区生产总值增长8%, 城镇化率达到65% without a baseline):
 *   a year-to-date figure is compared with the goal itself; there is no sense in "0% in January". It can only
 *   be done with the figure for the whole period (a report dated on or after the deadline).
 * - bound: lower is better (失业率控制在4.5%以内, op at_most, or an indicator whose direction is 'lower'): the
 *   latest value just has to stay at or below the bound; no trajectory. Done likewise only at the deadline.
 */
import { RATE_UNITS } from './format.js';
import { aboutTolerance } from './tolerance.js';
import type { Assignment, Commitment } from '../ledger/model.js';
import { directionOf } from '../extract/tables/indicators.js';
import { dayNumber } from '../calendar/index.js';

export type GoalShape = 'pace' | 'level' | 'bound';

export interface Goal {
  shape: GoalShape;
  /** Which way is good. */
  direction: 'higher' | 'lower';
  /** The value to reach (higher: the low end of a range) or not to exceed (lower: the high end). */
  value: number;
  /** Where a pace trajectory starts: the stated baseline, else 0. */
  from: number;
  unit?: string;
  /** How far short of the value still meets it: a 左右 target's leeway (higher is better only). */
  tolerance: number;
}

/** The goal of a quantified target, or undefined for anything else (milestones, tasks, a target with no figure). */
export function goalOf(commitment: Commitment, assignment?: Assignment): Goal | undefined {
  if (commitment.kind !== 'target') return undefined;
  const { low, high, op, indicator, unit, baseline } = commitment;
  if (low === undefined && high === undefined) return undefined;
  const direction =
    op === 'at_most' ? 'lower' : op === 'at_least' ? 'higher' : (indicator && directionOf(indicator)) || 'higher';
  const value = direction === 'lower' ? (high ?? low)! : (low ?? high)!;
  const hasSchedule = (assignment?.schedule?.length ?? 0) > 0;
  const shape: GoalShape =
    direction === 'lower'
      ? 'bound'
      : unit && RATE_UNITS.has(unit) && baseline === undefined && !hasSchedule
        ? 'level'
        : 'pace';
  const tolerance = op === 'about' && direction === 'higher' ? aboutTolerance(value, unit) : 0;
  return { shape, direction, value, from: shape === 'pace' ? (baseline ?? 0) : value, unit, tolerance };
}

/** Whether a value meets the goal (direction-aware; the bound itself is within it; 左右 with its leeway). */
export const meetsGoal = (goal: Goal, value: number): boolean =>
  goal.direction === 'lower' ? value <= goal.value + 1e-9 : value >= goal.value - goal.tolerance - 1e-9;

/** Linear interpolation of (x, y) points at x; flat before the first and after the last. */
function interpolate(points: readonly { x: number; y: number }[], x: number): number {
  if (x <= points[0].x) return points[0].y;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (x <= b.x) return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  }
  return points[points.length - 1].y;
}

/**
 * The value the target should show on `day`. Pace: the custom schedule if there is one (from the start value
 * to its first point, between its points, then on to the goal at the deadline if the deadline is later), else
 * linear from `start` to the deadline; undefined without a deadline and without a schedule (no trajectory
 * can be drawn, and none is guessed). Level and bound: the goal itself (or the schedule, if one was set for a
 * bound).
 */
export function expectedAt(
  goal: Goal,
  day: string,
  opts: { start: string; deadline?: string; schedule?: readonly { date: string; value: number }[] },
): number | undefined {
  const schedule = [...(opts.schedule ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (goal.shape === 'level') return goal.value;
  if (goal.shape === 'bound' && schedule.length === 0) return goal.value;
  const points: { x: number; y: number }[] = [];
  const x0 = dayNumber(opts.start);
  if (schedule.length > 0) {
    if (goal.shape === 'pace' && x0 < dayNumber(schedule[0].date)) points.push({ x: x0, y: goal.from });
    for (const p of schedule) points.push({ x: dayNumber(p.date), y: p.value });
    if (opts.deadline && dayNumber(opts.deadline) > points[points.length - 1].x) {
      points.push({ x: dayNumber(opts.deadline), y: goal.value });
    }
    return interpolate(points, dayNumber(day));
  }
  if (!opts.deadline) return undefined;
  const x1 = dayNumber(opts.deadline);
  if (x1 <= x0) return goal.value;
  return interpolate([{ x: x0, y: goal.from }, { x: x1, y: goal.value }], dayNumber(day));
}
