/**
 * Cookie sessions. Only a hash of the session token is stored (the cookie holds the token), so a copy of the
 * database does not log anyone in. Audit entries name a session by the first characters of that hash.
 */
import type { User } from './model.js';
import { LedgerError } from './errors.js';
import { getUser } from './users.js';
import { transaction, type Actor, type Store } from './store.js';

export interface Session {
  tokenHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

export interface SessionInput {
  tokenHash: string;
  userId: number;
  /** ISO instant. */
  expiresAt: string;
}

const auditId = (tokenHash: string): string => tokenHash.slice(0, 12);

export async function createSession(store: Store, actor: Actor, input: SessionInput): Promise<Session> {
  return transaction(
    store,
    actor,
    async (tx) => {
      const session: Session = { ...input, createdAt: tx.now };
      await tx.db.insertInto('sessions').values(session).execute();
      await tx.audit({
        action: 'create',
        entity: 'session',
        entityId: auditId(input.tokenHash),
        after: { userId: input.userId, expiresAt: input.expiresAt },
      });
      return session;
    },
    `session for user ${input.userId}`,
  );
}

/** The session and its user, unless it does not exist or has expired by `now`. */
export async function findSession(store: Store, tokenHash: string, now: Date = new Date()): Promise<{ session: Session; user: User } | undefined> {
  const session = await store.db
    .selectFrom('sessions')
    .selectAll()
    .where('tokenHash', '=', tokenHash)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  if (!session) return undefined;
  const user = await getUser(store, session.userId);
  return user && !user.disabled ? { session, user } : undefined;
}

/** Logging out. */
export async function deleteSession(store: Store, actor: Actor, tokenHash: string): Promise<void> {
  await transaction(store, actor, async (tx) => {
    const before = await tx.db.selectFrom('sessions').select(['userId', 'expiresAt']).where('tokenHash', '=', tokenHash).executeTakeFirst();
    if (!before) throw new LedgerError('NOT_FOUND', 'session');
    await tx.db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
    await tx.audit({ action: 'delete', entity: 'session', entityId: auditId(tokenHash), before });
  });
}

/** Removes sessions expired by `now`, one audit entry each; returns how many. */
export async function deleteExpiredSessions(store: Store, actor: Actor, now: Date = new Date()): Promise<number> {
  return transaction(store, actor, async (tx) => {
    const expired = await tx.db
      .selectFrom('sessions')
      .select(['tokenHash', 'userId', 'expiresAt'])
      .where('expiresAt', '<=', now.toISOString())
      .execute();
    if (expired.length === 0) return 0;
    await tx.db.deleteFrom('sessions').where('expiresAt', '<=', now.toISOString()).execute();
    await tx.audit(
      expired.map((s) => ({
        action: 'delete',
        entity: 'session',
        entityId: auditId(s.tokenHash),
        before: { userId: s.userId, expiresAt: s.expiresAt },
      })),
    );
    return expired.length;
  });
}
