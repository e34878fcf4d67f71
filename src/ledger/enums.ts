/**
 * The allowed values of every enumerated column, as arrays the migrations turn into CHECK constraints and the
 * repositories use to validate. Each is built from a Record over the domain union, so adding a value to the
 * union without adding it here fails to compile.
 */
import type { Kind } from '../extract/commitment.js';
import type { Op } from '../extract/quantity/index.js';
import type { Level } from '../structure/tables/divisions.js';
import type { DocumentKind } from '../structure/genre.js';
import type { SectionRole } from '../structure/tables/section-roles.js';
import type { DeliveryChannel, DeliveryState, GivenField, JobState, ReplacementKind, ReportingCycle, RequestKind, RequestState, ReviewState, RobotKind, Role, Verdict, WorkState } from './model.js';

const valuesOf = <T extends string>(all: Record<T, true>): readonly T[] => Object.keys(all) as T[];

export const KINDS = valuesOf<Kind>({ target: true, milestone: true, achievement: true, task: true });
export const OPS = valuesOf<Op>({ exact: true, about: true, at_least: true, at_most: true, range: true });
export const DOCUMENT_KINDS = valuesOf<DocumentKind>({ report: true, bulletin: true });
export const LEVELS = valuesOf<Level>({ national: true, province: true, city: true, county: true });
export const SECTION_ROLES = valuesOf<SectionRole>({
  review_last_year: true,
  review_plan_period: true,
  plan_targets: true,
  annual_indicators: true,
  annual_tasks: true,
  livelihood: true,
  other: true,
});
export const REVIEW_STATES = valuesOf<ReviewState>({ extracted: true, confirmed: true, edited: true, rejected: true });
export const ROLES = valuesOf<Role>({ admin: true, supervisor: true, unit_editor: true, viewer: true });
/** The roles of the supervision office (督查室): they decide units' requests here, and the API lets them assign and review. */
export const OFFICE_ROLES: readonly Role[] = ['supervisor', 'admin'];
export const WORK_STATES = valuesOf<WorkState>({ not_started: true, in_progress: true, done: true, blocked: true });
export const GIVEN_FIELDS = valuesOf<GivenField>({ region: true, level: true, year: true });
export const VERDICTS = valuesOf<Verdict>({ achieved: true, missed: true, not_mentioned: true });
export const JOB_STATES = valuesOf<JobState>({ queued: true, running: true, done: true, failed: true });
export const ROBOT_KINDS = valuesOf<RobotKind>({ dingtalk: true, wecom: true });
export const DELIVERY_CHANNELS = valuesOf<DeliveryChannel>({ email: true, dingtalk: true, wecom: true });
export const DELIVERY_STATES = valuesOf<DeliveryState>({ pending: true, sending: true, sent: true, failed: true });
export const REPLACEMENT_KINDS = valuesOf<ReplacementKind>({ split: true, merge: true });
export const REQUEST_KINDS = valuesOf<RequestKind>({ completion: true, adjustment: true, extension: true });
export const REQUEST_STATES = valuesOf<RequestState>({ pending: true, approved: true, returned: true });

/**
 * The latest due day of each periodic reporting cycle, in days after the period ends: a month's report is due
 * before the next month's own period ends (Feb has 28 days), a quarter's within the next quarter's first two
 * months (offices ask for 季度结束后10日内 or so; 60 leaves room without overlapping).
 */
export const REPORTING_DUE_DAY_MAX: Readonly<Record<Exclude<ReportingCycle['kind'], 'once'>, number>> = { monthly: 28, quarterly: 60 };
