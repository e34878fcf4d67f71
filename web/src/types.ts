/** The API's objects as the web application uses them (see src/server/schemas). */
export type Kind = 'target' | 'milestone' | 'achievement' | 'task';
export type Role = 'admin' | 'supervisor' | 'unit_editor' | 'viewer';
export type StatusCode = 'on_track' | 'at_risk' | 'behind' | 'done' | 'overdue' | 'missed' | 'no_data' | 'not_tracked';
export type WorkState = 'not_started' | 'in_progress' | 'done' | 'blocked';
export type Verdict = 'achieved' | 'missed' | 'not_mentioned';
export type ReviewState = 'extracted' | 'confirmed' | 'edited' | 'rejected';

export interface Span {
  start: number;
  end: number;
}

export interface User {
  id: number;
  username: string;
  role: Role;
  unitId?: number;
}

export interface Unit {
  id: number;
  name: string;
  aliases: string[];
}

export interface Government {
  id: number;
  region: string;
  level: string;
  parentId?: number;
}

export interface Report {
  id: number;
  governmentId: number;
  year: number;
  date?: string;
  name: string;
  format: string;
  encoding: string;
  published: boolean;
  createdAt: string;
  government?: Government;
  items?: number;
}

export interface Status {
  status: StatusCode;
  label: string;
  reason: string;
  expected?: number;
  actual?: number;
  goal?: number;
  deadline?: string;
  lastReportedOn?: string;
  doneOn?: string;
  late?: boolean;
}

export interface Commitment {
  id: number;
  reportId: number;
  key: string;
  kind: Kind;
  text: string;
  span: Span;
  indicator?: string;
  low?: number;
  high?: number;
  unit?: string;
  op?: string;
  deadline?: string;
  period?: string;
  baseline?: number;
  baselinePeriod?: string;
  section?: string;
  role: string;
  namedLeadUnits: string[];
  namedUnits: string[];
  reviewState: ReviewState;
  stale: boolean;
  rule?: string;
  version: number;
}

export type CommitmentWithStatus = Commitment & { status: Status };

/** Who leads an item and by when, as the ledger list gives it. */
export interface AssignmentSummary {
  leadUnitId?: number;
  leadUnitName?: string;
  confirmed: boolean;
  deadline?: string;
}
export type CommitmentListItem = CommitmentWithStatus & { assignment?: AssignmentSummary };

export type TrackedStatus = Exclude<StatusCode, 'not_tracked'>;
export interface Tally {
  total: number;
  statuses: Record<TrackedStatus, number>;
  rag: { green: number; amber: number; red: number; none: number };
}
export interface DashboardEntry {
  id: number;
  text: string;
  status: TrackedStatus;
  due?: string;
  unitId?: number;
  unitName?: string;
  daysLate?: number;
}
/** GET /api/dashboard */
export interface DashboardData {
  today: string;
  reportId?: number;
  notTracked: number;
  overall: Tally;
  bySection: (Tally & { section: string | null })[];
  byUnit: (Tally & { unitId?: number; unitName: string })[];
  due30: { count: number; items: DashboardEntry[] };
  due90: { count: number; items: DashboardEntry[] };
  overdue: { count: number; items: DashboardEntry[] };
  year: number;
  scorecards: Scorecard[];
}

export interface Assignment {
  commitmentId: number;
  leadUnitId?: number;
  cooperatingUnitIds: number[];
  leader?: string;
  deadline?: string;
  confirmed: boolean;
  schedule?: { date: string; value: number }[];
  version: number;
}

export interface Evidence {
  kind: 'text' | 'link' | 'file';
  value?: string;
  name?: string;
  size?: number;
}

export interface Progress {
  id: number;
  commitmentId: number;
  unitId: number;
  reportedOn: string;
  value?: number;
  state?: WorkState;
  note: string;
  evidence: Evidence[];
  userId: number;
  createdAt: string;
}

export interface VerificationRecord {
  id: number;
  commitmentId: number;
  resultCommitmentId?: number;
  verdict: Verdict;
  note?: string;
  createdAt: string;
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

export interface CommitmentDetail {
  commitment: Commitment;
  assignment?: Assignment;
  progress: Progress[];
  status: Status;
  verifications: VerificationRecord[];
  history: AuditEntry[];
}

export interface Edit {
  start: number;
  end: number;
  from: string;
  to: string;
  type: string;
}

export interface Section {
  start: number;
  end: number;
  heading: string;
  role?: string;
}

export interface ReportDocument {
  report: Report;
  government?: Government;
  original: string;
  cleaned: string;
  edits: Edit[];
  structure: { meta: Record<string, unknown>; body: Span; sections: Section[] };
  items: DocumentMark[];
}

/** An item as the annotated document marks it (the item in full: GET /api/commitments/:id). */
export interface DocumentMark {
  id: number;
  kind: Kind;
  span: Span;
  section?: string;
  status: Pick<Status, 'status' | 'label'>;
}

export interface ListEntry {
  commitmentId: number;
  unitId?: number;
  unitName?: string;
  confirmed: boolean;
  title: string;
  deadline?: string;
  status: Status;
  daysLate?: number;
}

export interface Scorecard {
  unitId: number;
  unitName: string;
  assigned: number;
  dueInYear: number;
  done: number;
  completionRate?: number;
  dueSoFar: number;
  onTime: number;
  onTimeRate?: number;
  overdue: number;
  reportsOwed: number;
  reportsTimely: number;
  reportingTimeliness?: number;
  score?: number;
  grade?: string;
  rank?: number;
}

export interface VerdictSide {
  commitmentId?: number;
  text: string;
  span: Span;
  indicator?: string;
  low?: number;
  high?: number;
  unit?: string;
  op?: string;
}

export interface VerdictRow {
  target: VerdictSide;
  result: VerdictSide | null;
  verdict: Verdict;
  reason: string;
}

export interface PublicItem {
  id: number;
  kind: Kind;
  text: string;
  span: Span;
  indicator?: string;
  low?: number;
  high?: number;
  unit?: string;
  op?: string;
  deadline?: string;
  section?: string;
  status: Status;
  progress: { reportedOn: string; value?: number; state?: string; note: string; evidence: Evidence[] }[];
  verdict?: Verdict;
}

export interface PublicReport {
  report: Report;
  government?: Government;
  original: string;
  items: PublicItem[];
}
