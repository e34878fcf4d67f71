/**
 * The ledger's domain: what a supervision office keeps about a report's commitments all year.
 * Plain data shared by storage (src/ledger), the loop (src/loop: status, verification, scorecards) and the
 * interfaces (CLI, HTTP API, web). Dates are ISO strings: days as YYYY-MM-DD, instants as full ISO 8601.
 */
import type { Kind } from '../extract/commitment.js';
import type { Op } from '../extract/quantity/index.js';
import type { Level } from '../structure/tables/divisions.js';
import type { DocumentKind } from '../structure/genre.js';
import type { SectionRole } from '../structure/tables/section-roles.js';
import type { Span } from '../span.js';

export type Role = 'admin' | 'supervisor' | 'unit_editor' | 'viewer';

/** Where an extracted item stands in review: as extracted, confirmed, corrected by a person, or rejected. */
export type ReviewState = 'extracted' | 'confirmed' | 'edited' | 'rejected';

/** What a unit reports about a milestone or task. */
export type WorkState = 'not_started' | 'in_progress' | 'done' | 'blocked';

/** An import job: waiting for a worker, being read and analysed, committed, or failed with a reason. */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Government {
  id: number;
  region: string;
  level: Level;
  parentId?: number;
}

/** A report field an office can give at import in place of what the text suggests. */
export type GivenField = 'region' | 'level' | 'year';

export interface Report {
  id: number;
  governmentId: number;
  /** A work report, or a statistical bulletin (stored under the year after the one it covers). */
  kind: DocumentKind;
  year: number;
  date?: string;
  /** sha256 of the source bytes: importing the same file again finds this report. */
  sourceHash: string;
  name: string;
  format: string;
  encoding: string;
  published: boolean;
  /** The fields (the government's region and level, the year) an office gave, not inferred from the text. */
  given: GivenField[];
  createdAt: string;
}

export interface Commitment {
  id: number;
  reportId: number;
  /**
   * Stable across imports of the same report or a corrected copy: derived from what the item says (kind,
   * indicator, value, unit, normalised text), not from offsets, so a re-import updates instead of duplicating.
   */
  key: string;
  kind: Kind;
  text: string;
  span: Span;
  indicator?: string;
  low?: number;
  high?: number;
  unit?: string;
  op?: Op;
  deadline?: string;
  period?: string;
  baseline?: number;
  baselinePeriod?: string;
  section?: string;
  role: SectionRole;
  /** Units named in the text (牵头单位 / 责任单位), proposed for assignment. */
  namedLeadUnits: string[];
  namedUnits: string[];
  reviewState: ReviewState;
  /**
   * A later import of the report (a corrected copy) no longer contains the item. It is kept, with its review
   * state, assignment and progress, never deleted; its span points into the copy it was last seen in.
   */
  stale: boolean;
  /** The extractor or refiner that made it. */
  rule?: string;
  /**
   * The 分工方案 the item came from, when the report does not say it (the split is the office's truth): its span is
   * in that document's original text. A re-import of the report leaves such an item alone.
   */
  splitId?: number;
  /** Optimistic concurrency: every write bumps it; a write naming an older version is refused. */
  version: number;
}

/** How the office replaced an item: split it into parts, or merged it with others into one. */
export type ReplacementKind = 'split' | 'merge';

/** One item replaced by one new item (a split of one item into three is three of these). */
export interface Replacement {
  kind: ReplacementKind;
  replacedId: number;
  byId: number;
  userId?: number;
  createdAt: string;
}

/** Where a unit's reminders are sent: its contact's e-mail, and a group robot (钉钉 or 企业微信) webhook. */
export type RobotKind = 'dingtalk' | 'wecom';
export interface UnitContact {
  unitId: number;
  email?: string;
  webhook?: { kind: RobotKind; url: string; /** 钉钉's 加签 secret, when the robot is set to sign. */ secret?: string };
}

export type DeliveryChannel = 'email' | RobotKind;
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed';

/** One sending of a unit's reminders of a day by one channel: the log of what was sent, tried and failed. */
export interface Delivery {
  id: number;
  unitId: number;
  channel: DeliveryChannel;
  /** The day the reminders are of. */
  day: string;
  /** Where it goes (an address or a webhook URL, its secret never shown). */
  to: string;
  subject: string;
  body: string;
  state: DeliveryState;
  attempts: number;
  lastError?: string;
  /** When the next try is due (ISO instant), while pending. */
  nextAttemptAt?: string;
  createdAt: string;
  sentAt?: string;
}

/** What an office sets for its whole ledger; a setting never set is the loop's default (loop/thresholds.ts). */
export interface OfficeSettings {
  /** 序时进度: the percentage points by which done may lag the elapsed share before an item is amber, then red. */
  paceLag: { atRisk: number; behind: number };
  /** The reporting cycle of every assignment that sets none of its own. */
  reportingCycle: ReportingCycle;
}

export interface Unit {
  id: number;
  name: string;
  aliases: string[];
}

export interface User {
  id: number;
  username: string;
  role: Role;
  /** A unit editor's unit. */
  unitId?: number;
  /** Disabled by an administrator: cannot log in; its name stays on what it did. */
  disabled?: boolean;
}

/** 明责: who is responsible for a commitment, by when. */
export interface Assignment {
  commitmentId: number;
  leadUnitId?: number;
  cooperatingUnitIds: number[];
  leader?: string;
  deadline?: string;
  /** Proposed from the text until a supervisor confirms. */
  confirmed: boolean;
  /** When a supervisor confirmed it: the unit owes its reports from then. */
  confirmedAt?: string;
  /** A custom trajectory for a quantified target: the value expected by each date (else linear to the deadline). */
  schedule?: { date: string; value: number }[];
  /** How this item is reported on, where it differs from the office's default (OfficeSettings.reportingCycle). */
  reportingCycle?: ReportingCycle;
  version: number;
}

/**
 * 报送周期: how a unit reports on an item. Every month or quarter, by `dueDay` days after the period ends
 * (每月5日前报上月进展: monthly, 5; 0: by the period's own last day), or once, by a day (`dueOn`).
 */
export type ReportingCycle = { kind: 'monthly' | 'quarterly'; dueDay: number } | { kind: 'once'; dueOn: string };

export interface Evidence {
  kind: 'text' | 'link' | 'file';
  value: string;
  /** A file's name. */
  name?: string;
}

/** 履责: a dated progress report from the responsible unit. */
export interface ProgressReport {
  id: number;
  commitmentId: number;
  unitId: number;
  /** The day the progress is reported for. */
  reportedOn: string;
  /** Targets: the value reached so far, in the commitment's unit. */
  value?: number;
  /** Milestones and tasks. */
  state?: WorkState;
  note: string;
  evidence: Evidence[];
  userId: number;
  createdAt: string;
}

/**
 * 办结 and changes: what a unit asks of the office about one of its items — to close it as done (办结/销号申请), to
 * adjust what it says (its text or target value), or to extend its deadline (延期申请) — and what the office decided.
 */
export type RequestKind = 'completion' | 'adjustment' | 'extension';
export type RequestState = 'pending' | 'approved' | 'returned';

/** An adjustment's proposal: the item's fields as the unit would have them (null clears one). */
export interface AdjustmentProposal {
  text?: string;
  indicator?: string | null;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  op?: Op | null;
}

/** What is asked, by kind: the day the work was finished; the new deadline (and the one it replaces); the new content. */
export type RequestProposal =
  | { kind: 'completion'; completedOn: string; progressId?: number }
  | { kind: 'extension'; deadline: string; previousDeadline: string }
  | { kind: 'adjustment'; changes: AdjustmentProposal };

export interface ChangeRequest {
  id: number;
  kind: RequestKind;
  commitmentId: number;
  /** The unit that asks (the item's lead or a cooperating unit). */
  unitId: number;
  requestedBy: number;
  reason: string;
  proposal: RequestProposal;
  state: RequestState;
  decidedBy?: number;
  /** The office's note: why it was returned, or what it said with its approval. */
  note?: string;
  createdAt: string;
  decidedAt?: string;
}

export type Verdict = 'achieved' | 'missed' | 'not_mentioned';

/**
 * A target checked against the next year's report, the year's statistical bulletin, or both: the result item that
 * settles it, if one was found, and, for each document read, the item it gives (preliminary: the report's; final: the
 * bulletin's).
 */
export interface Verification {
  id: number;
  /** The target (or milestone) being checked. */
  commitmentId: number;
  /** The achievement that states the result the verdict is from (the final one where there is one); absent when not mentioned. */
  resultCommitmentId?: number;
  /** The next year's report read, and the result it gives (absent when it gives none). */
  preliminaryReportId?: number;
  preliminaryCommitmentId?: number;
  /** The year's statistical bulletin read, and the result it gives. */
  finalReportId?: number;
  finalCommitmentId?: number;
  /** Both give a result and they differ beyond the precision of the coarser. */
  resultsDiffer?: boolean;
  verdict: Verdict;
  note?: string;
  userId?: number;
  createdAt: string;
  /** The later verification of the same item that replaced this one; absent on the verdict in force. */
  supersededBy?: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId?: number;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}
