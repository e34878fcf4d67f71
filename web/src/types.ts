/**
 * The API's objects as the web application gets them: the types of the API's own response schemas
 * (src/server/schemas, zod), so the pages and the server cannot drift apart. Type-only imports: nothing of the
 * server is bundled.
 */
import type { z } from 'zod';
import type * as common from '../../src/server/schemas/common';
import type * as commitments from '../../src/server/schemas/commitments';
import type * as loop from '../../src/server/schemas/loop';
import type * as reports from '../../src/server/schemas/reports';
import type * as admin from '../../src/server/schemas/admin';
import type * as splits from '../../src/server/schemas/splits';
import type * as requests from '../../src/server/schemas/requests';
import type * as progress from '../../src/server/schemas/progress';
import type * as outcomes from '../../src/server/schemas/outcomes';

export type Kind = z.infer<typeof common.KindSchema>;
export type Role = z.infer<typeof common.RoleSchema>;
export type StatusCode = z.infer<typeof common.StatusCodeSchema>;
export type WorkState = z.infer<typeof common.WorkStateSchema>;
export type Verdict = z.infer<typeof common.VerdictSchema>;
export type ReviewState = z.infer<typeof common.ReviewStateSchema>;
export type Span = z.infer<typeof common.Span>;

export type User = z.infer<typeof common.User>;
export type Unit = z.infer<typeof common.Unit>;
export type Government = z.infer<typeof common.Government>;
export type Level = Government['level'];
/** A report; the report list adds its government and how many items it has. */
export type Report = z.infer<typeof common.Report> & Partial<Pick<z.infer<typeof reports.ReportSummary>, 'government' | 'items'>>;
export type Status = z.infer<typeof common.StatusResult>;

export type Commitment = z.infer<typeof common.Commitment>;
export type CommitmentWithStatus = z.infer<typeof commitments.CommitmentWithStatus>;
export type AssignmentSummary = z.infer<typeof commitments.AssignmentSummary>;
export type CommitmentListItem = z.infer<typeof commitments.CommitmentListItem>;
export type CommitmentDetail = z.infer<typeof commitments.CommitmentDetail>;
export type Assignment = z.infer<typeof common.Assignment>;
export type Evidence = z.infer<typeof common.EvidenceOut>;
export type Progress = z.infer<typeof common.ProgressReport>;
export type VerificationRecord = z.infer<typeof common.Verification>;
export type AuditEntry = z.infer<typeof common.AuditEntry>;

/** GET /api/dashboard */
export type DashboardData = z.infer<typeof loop.DashboardResponse>;
export type Tally = DashboardData['overall'];
export type TrackedStatus = keyof Tally['statuses'];
export type DashboardEntry = DashboardData['due30']['items'][number];
export type Scorecard = z.infer<typeof loop.Scorecard>;
export type ListEntry = z.infer<typeof loop.ListEntry>;
export type VerdictRow = z.infer<typeof loop.VerificationResponse>['verdicts'][number];
export type VerdictSide = VerdictRow['target'];

export type ReportDocument = z.infer<typeof reports.ReportDocument>;
/** An item as the annotated document marks it (the item in full: GET /api/commitments/:id). */
export type DocumentMark = z.infer<typeof reports.DocumentMark>;
export type Edit = ReportDocument['edits'][number];
export type Section = ReportDocument['structure']['sections'][number];
export type PublicReport = z.infer<typeof reports.PublicReport>;
/** POST /api/reports */
export type ImportResult = z.infer<typeof reports.ImportResponse>;
/** POST /api/reports answers with the import as a job; GET /api/import-jobs/:id follows it. */
export type ImportJob = z.infer<typeof reports.ImportJob>;
/** POST /api/reports/preview: what the text says of the report, before anything is stored. */
export type ReportPreview = z.infer<typeof reports.ReportPreview>;
export type MetaField = keyof ReportPreview['detected'];
export type Confidence = NonNullable<ReportPreview['detected']['year']>['confidence'];
export type GivenField = z.infer<typeof common.GivenFieldSchema>;
export type PublicItem = PublicReport['items'][number];
/** 报送周期: an assignment's own, or the office's default. */
export type ReportingCycle = z.infer<typeof common.ReportingCycleSchema>;
/** POST /api/units/:id/sheet: the rows written, or (any row rejected) none and the rejected rows. */
export type PeriodSheetAnswer = z.infer<typeof progress.PeriodSheetResponse>;
/** GET /api/settings: the office's settings in force, and the defaults. */
export type Settings = z.infer<typeof admin.SettingsResponse>;
/** GET /api/unit-contacts, GET /api/deliveries */
export type UnitContact = z.infer<typeof admin.UnitContact>;
export type Delivery = z.infer<typeof admin.Delivery>;
/** POST /api/reports/:id/split/preview: a 分工方案's tasks matched to the report's items, nothing stored. */
export type SplitPreview = z.infer<typeof splits.SplitPreview>;
/** POST /api/reports/:id/split */
export type SplitImportResult = z.infer<typeof splits.SplitImportResponse>;
/** 办结, adjustment and extension requests (GET /api/requests, /api/commitments/:id/requests). */
export type ChangeRequest = z.infer<typeof requests.ChangeRequest>;
export type RequestKind = z.infer<typeof requests.RequestKindSchema>;
export type RequestState = z.infer<typeof requests.RequestStateSchema>;

export type AssessmentRow = z.infer<typeof outcomes.AssessmentRow>;
export type SelfAssessment = z.infer<typeof outcomes.SelfAssessmentResponse>;
export type DatasetRow = z.infer<typeof outcomes.DatasetRow>;
