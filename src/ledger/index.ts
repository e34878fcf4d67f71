/**
 * The ledger: storage for reports, commitments and the closed loop, on SQLite or PostgreSQL.
 * Every write takes an actor and goes through `transaction`, which records it in the audit log.
 */
export type * from './model.js';
export { openLedger, closeLedger, DEFAULT_LEDGER_FILE, type OpenOptions } from './open.js';
export { transaction, writeVersion, setLedgerClock, isTx, type Actor, type Ledger, type Tx, type Store, type AuditInput } from './store.js';
export type { Capabilities, DialectName } from './dialect.js';
export { dropPostgresSchema, postgresUnreachable } from './dialect.js';
export { migrationsFor } from './migrations.js';
export { OFFICE_ROLES } from './enums.js';
export { backupLedger, type BackupResult } from './backup.js';
export { LedgerError, VersionConflict, isLedgerError, ledgerErrorCatalogue, type LedgerErrorCode } from './errors.js';
export { importReport, sourceHash, bytesHash, type ImportInput, type ImportResult } from './import.js';
export {
  createImportJob,
  getImportJob,
  takeImportJob,
  setImportStage,
  finishImportJob,
  failImportJob,
  dropFinishedUploads,
  dropReceivingLeftOver,
  unfinishedImportJobs,
  type ImportJob,
  type ImportStage,
  type JobError,
} from './import-jobs.js';
export { stableKeys, meaningHash, normaliseText } from './stable-key.js';
export { textProblem } from './storable.js';
export { getSettings, updateSettings } from './settings.js';
export { addCommitment, MANUAL_RULE, type AddedItem, type AddedPart } from './manual-items.js';
export { mergeCommitments, replacementsOf, splitCommitment, MAX_PARTS, type SeenItem } from './replacements.js';
export { listUnitContacts, getUnitContact, setUnitContact, shownContact, type ShownContact, planDeliveries, claimDeliveries, endDelivery, listDeliveries, type PlannedDelivery } from './deliveries.js';
export { getGovernment, listGovernments, upsertGovernment, type GovernmentInput } from './governments.js';
export {
  getReport,
  getReportDocument,
  findReportBySourceHash,
  listReports,
  setPublished,
  type ReportDocument,
  type ReportFilter,
  type StoredStructure,
} from './reports.js';
export {
  getCommitment,
  getCommitmentDetail,
  listCommitments,
  listCommitmentIds,
  matchingCommitmentIds,
  listedCommitments,
  listAllCommitments,
  updateCommitment,
  setReviewState,
  MAX_PAGE,
  type CommitmentDetail,
  type CommitmentFilter,
  type CommitmentQuery,
  type CommitmentPage,
  type CommitmentPatch,
  type CommitmentSort,
  type ListedCommitment,
} from './commitments.js';
export {
  assign,
  assignMany,
  getAssignment,
  listAssignments,
  proposeAssignment,
  proposeAssignments,
  type AssignmentInput,
  type AssignmentFilter,
  type Proposal,
  type Schedule,
} from './assignments.js';
export { addProgress, addProgressMany, listProgress, type ProgressInput, type ProgressFilter } from './progress.js';
export { makeRequest, decideRequest, listRequests, getRequest, type RequestInput, type RequestFilter, type Decision } from './requests.js';
export { createUnit, updateUnit, deleteUnit, getUnit, listUnits, unitNamed, type UnitInput } from './units.js';
export { createUser, updateUser, getUser, findUserByUsername, findCredentials, listUsers, type UserInput, type UserPatch } from './users.js';
export { createSession, findSession, deleteSession, deleteExpiredSessions, type Session, type SessionInput } from './sessions.js';
export {
  admitLoginAttempt,
  settleLoginAttempt,
  pruneLoginAttempts,
  type Admission,
  type AttemptLimits,
  type AttemptOutcome,
} from './login-attempts.js';
export { recordVerification, listVerifications, type VerificationInput, type VerificationFilter } from './verifications.js';
export { listAudit, auditFor, latestAuditId, type AuditFilter } from './audit.js';
export { statusesDue, keepStatuses, type StatusDue, type ComputedStatus } from './kept-status.js';
export {
  importSplit,
  type SplitDocument,
  type SplitImport,
  type SplitImportResult,
  type SplitTaskDecision,
  type UnitDecision,
} from './splits.js';
export { UnitIndex, readUnitName, normaliseName, type UnitName } from './unit-names.js';
