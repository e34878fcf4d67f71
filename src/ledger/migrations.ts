/**
 * The schema's history, defined in code (no files read at run time, so a bundled or installed luoshi migrates
 * the same way), run by Kysely's Migrator. One list for both databases: where they differ the adapter decides.
 * Never edit a migration that has shipped; add the next one.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationResultSet, type RawBuilder } from 'kysely';
import type { Adapter } from './dialect.js';
import { DELIVERY_CHANNELS, DELIVERY_STATES, DOCUMENT_KINDS, JOB_STATES, KINDS, ROBOT_KINDS, LEVELS, OPS, REPLACEMENT_KINDS, REQUEST_KINDS, REQUEST_STATES, REVIEW_STATES, ROLES, SECTION_ROLES, VERDICTS, WORK_STATES } from './enums.js';

/** `column IN ('a', 'b', …)`, for a CHECK constraint. */
const oneOf = (column: string, values: readonly string[]): RawBuilder<unknown> =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

const isFlag = (column: string): RawBuilder<unknown> => sql`${sql.ref(column)} in (0, 1)`;

// Migrations see the database untyped: they describe tables that the current types may no longer match.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function initial(adapter: Adapter): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('governments')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull().check(oneOf('level', LEVELS)))
        .addColumn('parent_id', 'integer', (c) => c.references('governments.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('governments_region').on('governments').columns(['region', 'level']).execute();

      await db.schema
        .createTable('reports')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('government_id', 'integer', (c) => c.notNull().references('governments.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('source_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('encoding', 'text', (c) => c.notNull())
        .addColumn('original_text', 'text', (c) => c.notNull())
        .addColumn('cleaned_text', 'text', (c) => c.notNull())
        .addColumn('edits', 'text', (c) => c.notNull())
        .addColumn('structure', 'text', (c) => c.notNull())
        .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0).check(isFlag('published')))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // one report per government and year: a corrected copy replaces the text of the one already there
        .addUniqueConstraint('reports_government_year', ['government_id', 'year'])
        .execute();

      await db.schema
        .createTable('commitments')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', KINDS)))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('indicator', 'text')
        .addColumn('low', 'double precision')
        .addColumn('high', 'double precision')
        .addColumn('unit', 'text')
        .addColumn('op', 'text', (c) => c.check(oneOf('op', OPS)))
        .addColumn('deadline', 'text')
        .addColumn('period', 'text')
        .addColumn('baseline', 'double precision')
        .addColumn('baseline_period', 'text')
        .addColumn('section', 'text')
        .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', SECTION_ROLES)))
        .addColumn('named_lead_units', 'text', (c) => c.notNull())
        .addColumn('named_units', 'text', (c) => c.notNull())
        .addColumn('rule', 'text')
        .addColumn('review_state', 'text', (c) => c.notNull().defaultTo('extracted').check(oneOf('review_state', REVIEW_STATES)))
        .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0).check(isFlag('stale')))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('commitments_report_key', ['report_id', 'key'])
        .addCheckConstraint('commitments_span', sql`span_start >= 0 and span_end >= span_start`)
        .execute();
      await db.schema.createIndex('commitments_deadline').on('commitments').column('deadline').execute();
      await db.schema.createIndex('commitments_indicator').on('commitments').column('indicator').execute();

      await db.schema
        .createTable('units')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('unit_aliases')
        .addColumn('alias', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ROLES)))
        .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        // a unit editor edits one unit's tasks, so must have one
        .addCheckConstraint('users_unit_editor_unit', sql`role <> 'unit_editor' or unit_id is not null`)
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('assignments')
        .addColumn('commitment_id', 'integer', (c) => c.primaryKey().references('commitments.id'))
        .addColumn('lead_unit_id', 'integer', (c) => c.references('units.id'))
        .addColumn('leader', 'text')
        .addColumn('deadline', 'text')
        .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0).check(isFlag('confirmed')))
        .addColumn('schedule', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('assignment_units')
        .addColumn('commitment_id', 'integer', (c) => c.notNull().references('assignments.commitment_id').onDelete('cascade'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addPrimaryKeyConstraint('assignment_units_pk', ['commitment_id', 'unit_id'])
        .execute();
      await db.schema.createIndex('assignment_units_unit').on('assignment_units').column('unit_id').execute();

      await db.schema
        .createTable('progress_reports')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('commitment_id', 'integer', (c) => c.notNull().references('commitments.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('reported_on', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision')
        .addColumn('state', 'text', (c) => c.check(oneOf('state', WORK_STATES)))
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('progress_commitment').on('progress_reports').columns(['commitment_id', 'reported_on']).execute();

      await db.schema
        .createTable('verifications')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('commitment_id', 'integer', (c) => c.notNull().references('commitments.id'))
        .addColumn('result_commitment_id', 'integer', (c) => c.references('commitments.id'))
        .addColumn('verdict', 'text', (c) => c.notNull().check(oneOf('verdict', VERDICTS)))
        .addColumn('note', 'text')
        .addColumn('user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('verifications_commitment').on('verifications').column('commitment_id').execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id']).execute();

      // what happened stays as it happened: corrections are new rows
      await adapter.appendOnly(db, 'audit_log');
      await adapter.appendOnly(db, 'progress_reports');
    },
  };
}

/** Every migration by name; the Migrator runs them in name order. */
export function migrationsFor(adapter: Adapter): Record<string, Migration> {
  return {
    '0001_ledger': initial(adapter),
    '0002_commitment_order': commitmentOrder,
    '0003_commitment_sorts': commitmentSorts,
    '0004_report_given': reportGiven,
    '0005_deadline_in_force': deadlineInForce,
    '0006_assignment_confirmed_at': assignmentConfirmedAt,
    '0007_user_disabled': userDisabled,
    '0008_deadline_in_force_kept': deadlineInForceKept,
    '0009_login_attempts': loginAttempts,
    '0010_audit_no_truncate': appendOnlyNoTruncate(adapter),
    '0011_import_jobs': importJobs(adapter),
    '0012_kept_status': keptStatus,
    '0013_kept_results_upload_parts': keptResultsUploadParts(adapter),
    '0014_splits': splits(adapter),
    '0015_bulletins': bulletins(adapter),
    '0016_settings': settings,
    '0017_deliveries': deliveries(adapter),
    '0018_reporting_cycles': reportingCycles,
    '0019_requests': requests(adapter),
    '0021_item_replacements': itemReplacements(adapter),
  };
}

/** The ledger lists commitments in document order (report, position, id): an index saves sorting 10,000 rows per page. */
const commitmentOrder: Migration = {
  async up(db) {
    await db.schema.createIndex('commitments_document_order').on('commitments').columns(['report_id', 'span_start', 'id']).execute();
  },
  async down(db) {
    await db.schema.dropIndex('commitments_document_order').execute();
  },
};

/**
 * The ledger's other sorts, by deadline (undated last, either way: the expressions are the ones commitments.ts
 * orders by) and by last change, served from an index too: a sort of 10,000 rows costs ~7 ms a page, an index
 * scan under 0.5 ms.
 */
const commitmentSorts: Migration = {
  async up(db) {
    await db.schema.createIndex('commitments_deadline_first').on('commitments').expression(sql`(deadline is null), deadline, id`).execute();
    await db.schema.createIndex('commitments_deadline_last').on('commitments').expression(sql`(deadline is not null), deadline, id`).execute();
    await db.schema.createIndex('commitments_updated').on('commitments').columns(['updated_at', 'id']).execute();
  },
  async down(db) {
    for (const name of ['commitments_deadline_first', 'commitments_deadline_last', 'commitments_updated']) await db.schema.dropIndex(name).execute();
  },
};

/**
 * The report fields an office gave at import (region, level, year) instead of what the text suggested: a JSON list
 * of field names, so a later import of the same file keeps them and the report says they were given, not inferred.
 */
const reportGiven: Migration = {
  async up(db) {
    await db.schema.alterTable('reports').addColumn('given', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  },
  async down(db) {
    await db.schema.alterTable('reports').dropColumn('given').execute();
  },
};

/**
 * The deadline sort orders by the deadline in force (the assignment's, else the item's: commitments.ts), which
 * the item's own column cannot index: its two indexes of 0003 serve nothing any more.
 */
const deadlineInForce: Migration = {
  async up(db) {
    for (const name of ['commitments_deadline_first', 'commitments_deadline_last']) await db.schema.dropIndex(name).execute();
  },
  async down(db) {
    await db.schema.createIndex('commitments_deadline_first').on('commitments').expression(sql`(deadline is null), deadline, id`).execute();
    await db.schema.createIndex('commitments_deadline_last').on('commitments').expression(sql`(deadline is not null), deadline, id`).execute();
  },
};

/**
 * When an assignment was confirmed: the unit owes its reports from then, not from the report's date. Assignments
 * confirmed before are taken to have been confirmed at their last change.
 */
const assignmentConfirmedAt: Migration = {
  async up(db) {
    await db.schema.alterTable('assignments').addColumn('confirmed_at', 'text').execute();
    await sql`update assignments set confirmed_at = updated_at where confirmed = 1`.execute(db);
  },
  async down(db) {
    await db.schema.alterTable('assignments').dropColumn('confirmed_at').execute();
  },
};

/** An administrator may disable an account (someone who left): it cannot log in, and stays on what it did. */
const userDisabled: Migration = {
  async up(db) {
    await db.schema.alterTable('users').addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
  async down(db) {
    await db.schema.alterTable('users').dropColumn('disabled').execute();
  },
};

/**
 * The deadline in force kept with each item (its assignment's, else its own), so the deadline filters and sort read
 * one column an index serves (undated last, either way, as 0003 did for the item's own deadline): a sort of 10,000
 * rows through the assignments costs tens of milliseconds a page, an index scan under one.
 */
const deadlineInForceKept: Migration = {
  async up(db) {
    await db.schema.alterTable('commitments').addColumn('deadline_in_force', 'text').execute();
    await sql`update commitments set deadline_in_force = coalesce((select a.deadline from assignments a where a.commitment_id = commitments.id), deadline)`.execute(db);
    await db.schema.createIndex('commitments_in_force_first').on('commitments').expression(sql`(deadline_in_force is null), deadline_in_force, id`).execute();
    await db.schema.createIndex('commitments_in_force_last').on('commitments').expression(sql`(deadline_in_force is not null), deadline_in_force, id`).execute();
  },
  async down(db) {
    for (const name of ['commitments_in_force_first', 'commitments_in_force_last']) await db.schema.dropIndex(name).execute();
    await db.schema.alterTable('commitments').dropColumn('deadline_in_force').execute();
  },
};

/**
 * Login attempts counted in the database, so that every server process on it shares one count and parallel
 * attempts are counted one by one (login-attempts.ts). Instants as epoch milliseconds, which the counting computes with.
 */
const loginAttempts: Migration = {
  async up(db) {
    await db.schema
      .createTable('login_attempts')
      .addColumn('subject', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('pending', 'integer', (c) => c.notNull())
      .addColumn('locked_until', 'double precision', (c) => c.notNull())
      .addColumn('lock_ms', 'double precision', (c) => c.notNull())
      .addColumn('succeeded_at', 'double precision')
      .addColumn('updated_at', 'double precision', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_attempts_updated').on('login_attempts').column('updated_at').execute();
  },
  async down(db) {
    await db.schema.dropTable('login_attempts').execute();
  },
};

/**
 * What happened stays as it happened, TRUNCATE included: the append-only tables' row triggers (0001) do not fire
 * on it, so PostgreSQL emptied the audit log at one statement. No down: the log is not made erasable again.
 */
function appendOnlyNoTruncate(adapter: Adapter): Migration {
  return {
    async up(db) {
      for (const table of ['audit_log', 'progress_reports']) await adapter.noTruncate(db, table);
    },
  };
}

/**
 * Imports as jobs: the upload is kept (base64 text, portable) until its analysis is committed, so a job survives a
 * restart of the server that accepted it; the stage and the outcome are what the web app shows while it waits.
 */
const importJobs = (adapter: Adapter): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('import_jobs')
      .addColumn('id', 'integer', adapter.identity)
      .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', JOB_STATES)))
      .addColumn('stage', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('upload', 'text')
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('import_jobs_unfinished').on('import_jobs').columns(['state', 'id']).execute();
  },
  async down(db) {
    await db.schema.dropTable('import_jobs').execute();
  },
});

/** The ledger table's sorts (commitments.ts inOrder) within one value of `column`, as index expressions by name. */
const sortsWithin = (column: 'kind' | 'status') => ({
  [`commitments_${column}_order`]: sql`${sql.ref(column)}, report_id, span_start, id`,
  [`commitments_${column}_in_force_first`]: sql`${sql.ref(column)}, (deadline_in_force is null), deadline_in_force, id`,
  [`commitments_${column}_in_force_last`]: sql`${sql.ref(column)}, (deadline_in_force is not null), deadline_in_force, id`,
  [`commitments_${column}_updated`]: sql`${sql.ref(column)}, updated_at, id`,
});

/**
 * Each item's status kept with it (kept-status.ts), so a list filtered by status reads an index instead of computing
 * every status per request: the status, the day it was computed for, the day it may next change, and a count of the
 * writes to its inputs. Computed by the server before it first reads them (all are due after this migration).
 * Indexes: which statuses are due on a day; each sort of the ledger table within a status and within a kind (the
 * filters it is used with most), so a page is found, and the matches counted, in an index alone — deep pages
 * included. The text search index is made at open (dialect.ts indexText): on PostgreSQL it needs an extension that
 * may only be installed later.
 */
const keptStatus: Migration = {
  async up(db) {
    // one column a statement: SQLite adds one at a time
    for (const column of ['status', 'status_on', 'status_changes_on']) await db.schema.alterTable('commitments').addColumn(column, 'text').execute();
    await db.schema.alterTable('commitments').addColumn('status_inputs', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.createIndex('commitments_status_on').on('commitments').column('status_on').execute();
    await db.schema.createIndex('commitments_status_changes_on').on('commitments').column('status_changes_on').execute();
    for (const [name, expression] of Object.entries({ ...sortsWithin('kind'), ...sortsWithin('status') })) {
      await db.schema.createIndex(name).on('commitments').expression(expression).execute();
    }
  },
  async down(db) {
    for (const name of ['commitments_status_on', 'commitments_status_changes_on', ...Object.keys({ ...sortsWithin('kind'), ...sortsWithin('status') })]) {
      await db.schema.dropIndex(name).execute();
    }
    for (const column of ['status', 'status_on', 'status_changes_on', 'status_inputs']) await db.schema.alterTable('commitments').dropColumn(column).execute();
  },
};

/** Columns 0015 adds to verifications: the report's (preliminary) and the bulletin's (final) result, and whether they differ. */
const RESULT_SIDES = ['preliminary', 'final'] as const;

/**
 * Statistical bulletins beside work reports: a report row says which it is, and a government has one of each kind a
 * year (a bulletin stands under the year after the one it covers, as the report reviewing that year does). A
 * verification keeps both results of a target — the next report's preliminary figure and the bulletin's final one,
 * each with its document and item — and whether the two differ; result_commitment_id stays the one the verdict is from.
 */
const bulletins = (adapter: Adapter): Migration => ({
  async up(db: AnyDb) {
    await db.schema.alterTable('reports').addColumn('kind', 'text', (c) => c.notNull().defaultTo('report').check(oneOf('kind', DOCUMENT_KINDS))).execute();
    await adapter.replaceUnique(db, 'reports', { name: 'reports_government_year', columns: ['government_id', 'year'] }, { name: 'reports_government_year_kind', columns: ['government_id', 'year', 'kind'] });
    // one column a statement: SQLite adds one at a time
    for (const side of RESULT_SIDES) {
      await db.schema.alterTable('verifications').addColumn(`${side}_report_id`, 'integer', (c) => c.references('reports.id')).execute();
      await db.schema.alterTable('verifications').addColumn(`${side}_commitment_id`, 'integer', (c) => c.references('commitments.id')).execute();
    }
    await db.schema.alterTable('verifications').addColumn('results_differ', 'integer', (c) => c.check(isFlag('results_differ'))).execute();
  },
  async down(db: AnyDb) {
    for (const column of ['results_differ', ...RESULT_SIDES.flatMap((side) => [`${side}_report_id`, `${side}_commitment_id`])]) {
      await db.schema.alterTable('verifications').dropColumn(column).execute();
    }
    // refused while a bulletin and a report of one government share a year: remove the bulletins first
    await adapter.replaceUnique(db, 'reports', { name: 'reports_government_year_kind', columns: ['government_id', 'year', 'kind'] }, { name: 'reports_government_year', columns: ['government_id', 'year'] });
    await db.schema.alterTable('reports').dropColumn('kind').execute();
  },
});

/**
 * The 分工方案 an office imported against a report: the document as read (its original text, which the spans of the
 * items it added point into), and on each item the split it came from, if any. An item of a split is the office's
 * own (the report does not say it): a re-import of the report leaves it alone.
 */
const splits = (adapter: Adapter): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('splits')
      .addColumn('id', 'integer', adapter.identity)
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('source_hash', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('encoding', 'text', (c) => c.notNull())
      .addColumn('original_text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('splits_report_source', ['report_id', 'source_hash'])
      .execute();
    await db.schema.alterTable('commitments').addColumn('split_id', 'integer', (c) => c.references('splits.id')).execute();
  },
  async down(db) {
    await db.schema.alterTable('commitments').dropColumn('split_id').execute();
    await db.schema.dropTable('splits').execute();
  },
});

/**
 * Two things kept for reading without holding the server up (0013):
 *
 * - the whole status kept with each item — code, reason and figures, as the ledger table shows it — in
 *   `status_result` (JSON), so a page of the table is read, not computed; `status_changes_on` now holds the first
 *   day on which what it says may change (loop/status-turns.ts). Every kept status is forgotten, to be computed
 *   again with its result.
 * - an import job's upload, as parts of at most a mebibyte in `import_uploads` (bytes, not base64 text), written and
 *   read one at a time: SQLite runs each statement on the server's thread, and one statement of 50 MB held every
 *   request up for as long as it took. Uploads of jobs not yet finished move there.
 */
function keptResultsUploadParts(adapter: Adapter): Migration {
  const PART_BYTES = 1024 * 1024;
  return {
    async up(db: AnyDb) {
      await db.schema.alterTable('commitments').addColumn('status_result', 'text').execute();
      await db.updateTable('commitments').set({ status_on: null }).execute();
      await db.schema
        .createTable('import_uploads')
        .addColumn('job_id', 'integer', (c) => c.notNull().references('import_jobs.id'))
        .addColumn('part', 'integer', (c) => c.notNull())
        .addColumn('bytes', adapter.bytesType, (c) => c.notNull())
        .addPrimaryKeyConstraint('import_uploads_key', ['job_id', 'part'])
        .execute();
      const waiting = await db.selectFrom('import_jobs').select(['id', 'upload']).where('upload', 'is not', null).execute();
      for (const { id, upload } of waiting as { id: number; upload: string }[]) {
        const bytes = Buffer.from(upload, 'base64');
        for (let part = 0; part * PART_BYTES < bytes.length; part++) {
          await db.insertInto('import_uploads').values({ job_id: id, part, bytes: bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES) }).execute();
        }
      }
      await db.schema.alterTable('import_jobs').dropColumn('upload').execute();
    },
    async down(db: AnyDb) {
      await db.schema.alterTable('import_jobs').addColumn('upload', 'text').execute();
      const parts = await db.selectFrom('import_uploads').select(['job_id', 'bytes']).orderBy('job_id').orderBy('part').execute();
      const uploads = new Map<number, Buffer[]>();
      for (const { job_id, bytes } of parts as { job_id: number; bytes: Uint8Array }[]) uploads.set(job_id, [...(uploads.get(job_id) ?? []), Buffer.from(bytes)]);
      for (const [id, list] of uploads) await db.updateTable('import_jobs').set({ upload: Buffer.concat(list).toString('base64') }).where('id', '=', id).execute();
      await db.schema.dropTable('import_uploads').execute();
      await db.schema.alterTable('commitments').dropColumn('status_result').execute();
    },
  };
}

/**
 * Brings the database to the latest schema. Like Kysely's Migrator, it reports instead of throwing: the
 * result set lists each migration run (Success, Error or NotExecuted) and the error, if one failed.
 */
export function migrateToLatest(db: Kysely<unknown>, adapter: Adapter): Promise<MigrationResultSet> {
  const migrations = migrationsFor(adapter);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(adapter.schema ? { migrationTableSchema: adapter.schema } : {}),
  });
  return migrator.migrateToLatest();
}

/** The office's settings (ledger/settings.ts): 序时进度 thresholds and whatever an office sets next. */
const settings: Migration = {
  async up(db) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('settings').execute();
  },
};

/** Reminders that reach people (ledger/deliveries.ts): each unit's contacts, and the log of every sending. */
function deliveries(adapter: Adapter): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('unit_contacts')
        .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('units.id').onDelete('cascade'))
        .addColumn('email', 'text')
        .addColumn('webhook_kind', 'text', (c) => c.check(oneOf('webhook_kind', ROBOT_KINDS)))
        .addColumn('webhook_url', 'text')
        .addColumn('webhook_secret', 'text')
        .execute();
      await db.schema
        .createTable('deliveries')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('channel', 'text', (c) => c.notNull().check(oneOf('channel', DELIVERY_CHANNELS)))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', DELIVERY_STATES)))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('next_attempt_at', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema.createIndex('deliveries_due').on('deliveries').columns(['state', 'next_attempt_at']).execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropTable('deliveries').execute();
      await db.schema.dropTable('unit_contacts').execute();
    },
  };
}

/** Items the office split or merged (ledger/replacements.ts): which item became which, kept for the item pages (0021). */
const itemReplacements = (adapter: Adapter): Migration => ({
  async up(db: AnyDb) {
    await db.schema
      .createTable('item_replacements')
      .addColumn('id', 'integer', adapter.identity)
      .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', REPLACEMENT_KINDS)))
      .addColumn('replaced_id', 'integer', (c) => c.notNull().references('commitments.id'))
      .addColumn('by_id', 'integer', (c) => c.notNull().references('commitments.id'))
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('item_replacements_replaced').on('item_replacements').column('replaced_id').execute();
    await db.schema.createIndex('item_replacements_by').on('item_replacements').column('by_id').execute();
  },
  async down(db) {
    await db.schema.dropTable('item_replacements').execute();
  },
});

/**
 * 办结 and changes (requests.ts): a unit's request to close an item as done, adjust it or extend its deadline, and
 * the office's decision. A decided request is not decided again (the ledger refuses it); at most one request of a
 * kind waits per item (a partial unique index, so two at once cannot both be made).
 */
function requests(adapter: Adapter): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('requests')
        .addColumn('id', 'integer', adapter.identity)
        .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', REQUEST_KINDS)))
        .addColumn('commitment_id', 'integer', (c) => c.notNull().references('commitments.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('requested_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('proposal', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', REQUEST_STATES)))
        .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addCheckConstraint('requests_decided', sql`(state = 'pending') = (decided_at is null)`)
        .execute();
      await db.schema.createIndex('requests_commitment').on('requests').columns(['commitment_id', 'id']).execute();
      await db.schema.createIndex('requests_state').on('requests').columns(['state', 'id']).execute();
      await db.schema.createIndex('requests_one_pending').on('requests').columns(['commitment_id', 'kind']).unique().where(sql.ref('state'), '=', 'pending').execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropTable('requests').execute();
    },
  };
}

/** Each assignment's own reporting cycle (ledger/assignments.ts), as JSON; null keeps the office's default. */
const reportingCycles: Migration = {
  async up(db) {
    await db.schema.alterTable('assignments').addColumn('reporting_cycle', 'text').execute();
  },
  async down(db) {
    await db.schema.alterTable('assignments').dropColumn('reporting_cycle').execute();
  },
};
