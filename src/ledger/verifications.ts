/**
 * Verifications: a target checked against the next year's report, the year's statistical bulletin, or both —
 * achieved, missed or not mentioned, with the result item as evidence, and each document read with the item it
 * gives. Checking again adds a row; the latest one is the verdict in force, the earlier ones stay in the history
 * marked with the one that replaced them.
 */
import type { Verdict, Verification } from './model.js';
import { VERDICTS } from './enums.js';
import { LedgerError } from './errors.js';
import { compact, flag, isSet, opt } from './query.js';
import { transaction, type Actor, type Store } from './store.js';

export interface VerificationInput {
  commitmentId: number;
  /** The achievement that states the result the verdict is from; left out when no document read mentions it. */
  resultCommitmentId?: number;
  /** The next year's report read (preliminary) and the year's bulletin (final), each with the result it gives. */
  preliminary?: ResultSide;
  final?: ResultSide;
  /** Both give a result and they differ. */
  resultsDiffer?: boolean;
  verdict: Verdict;
  note?: string;
}

/** A document read for a verification, and the item it gives for the target, if any. */
export interface ResultSide {
  reportId: number;
  commitmentId?: number;
}

export interface VerificationFilter {
  commitmentId?: number;
  /** Targets of this report. */
  reportId?: number;
}

type Row = {
  id: number;
  commitmentId: number;
  resultCommitmentId: number | null;
  preliminaryReportId: number | null;
  preliminaryCommitmentId: number | null;
  finalReportId: number | null;
  finalCommitmentId: number | null;
  resultsDiffer: number | null;
  verdict: string;
  note: string | null;
  userId: number | null;
  createdAt: string;
};

const toVerification = (r: Row): Verification =>
  compact({
    id: r.id,
    commitmentId: r.commitmentId,
    resultCommitmentId: opt(r.resultCommitmentId),
    preliminaryReportId: opt(r.preliminaryReportId),
    preliminaryCommitmentId: opt(r.preliminaryCommitmentId),
    finalReportId: opt(r.finalReportId),
    finalCommitmentId: opt(r.finalCommitmentId),
    resultsDiffer: r.resultsDiffer === null ? undefined : isSet(r.resultsDiffer),
    verdict: r.verdict as Verdict,
    note: opt(r.note),
    userId: opt(r.userId),
    createdAt: r.createdAt,
  });

export async function recordVerification(store: Store, actor: Actor, input: VerificationInput): Promise<Verification> {
  const subject = `verification of commitment ${input.commitmentId}`;
  if (!VERDICTS.includes(input.verdict)) throw new LedgerError('INVALID_VALUE', subject, `unknown verdict ${input.verdict}`);
  return transaction(
    store,
    actor,
    async (tx) => {
      const row = await tx.db
        .insertInto('verifications')
        .values({
          commitmentId: input.commitmentId,
          resultCommitmentId: input.resultCommitmentId ?? null,
          preliminaryReportId: input.preliminary?.reportId ?? null,
          preliminaryCommitmentId: input.preliminary?.commitmentId ?? null,
          finalReportId: input.final?.reportId ?? null,
          finalCommitmentId: input.final?.commitmentId ?? null,
          resultsDiffer: input.resultsDiffer === undefined ? null : flag(input.resultsDiffer),
          verdict: input.verdict,
          note: input.note ?? null,
          userId: actor,
          createdAt: tx.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const verification = toVerification(row);
      await tx.audit({ action: 'create', entity: 'verification', entityId: verification.id, after: verification });
      return verification;
    },
    subject,
  );
}

/** Verifications, oldest first: the last one for a commitment is its verdict in force, each earlier one says which replaced it. */
export async function listVerifications(store: Store, filter: VerificationFilter = {}): Promise<Verification[]> {
  let q = store.db.selectFrom('verifications').selectAll('verifications');
  if (filter.commitmentId !== undefined) q = q.where('verifications.commitmentId', '=', filter.commitmentId);
  if (filter.reportId !== undefined) {
    const reportId = filter.reportId;
    q = q.where((eb) => eb.exists(eb.selectFrom('commitments').select('commitments.id').whereRef('commitments.id', '=', 'verifications.commitmentId').where('commitments.reportId', '=', reportId)));
  }
  const rows = (await q.orderBy('verifications.id').execute()).map(toVerification);
  const later = new Map<number, number>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const v = rows[i]!;
    const next = later.get(v.commitmentId);
    if (next !== undefined) v.supersededBy = next;
    later.set(v.commitmentId, v.id);
  }
  return rows;
}
