/**
 * Users and their roles. The password hash (scrypt, made elsewhere) is stored as given and read back only by
 * `findCredentials`, for logging in; it never appears in a User or in the audit log.
 */
import type { Role, User } from './model.js';
import { ROLES } from './enums.js';
import { LedgerError } from './errors.js';
import { compact, flag, isSet, opt } from './query.js';
import type { Flag } from './schema.js';
import { transaction, type Actor, type Store } from './store.js';

export interface UserInput {
  username: string;
  passwordHash: string;
  role: Role;
  /** Required for a unit editor. */
  unitId?: number;
}

export interface UserPatch {
  role?: Role;
  /** null removes the unit. */
  unitId?: number | null;
  passwordHash?: string;
  /** A disabled account cannot log in, and its sessions end; its name stays on what it did. */
  disabled?: boolean;
}

const columns = ['id', 'username', 'role', 'unitId', 'disabled'] as const;

const toUser = (r: { id: number; username: string; role: string; unitId: number | null; disabled: Flag }): User =>
  compact({ id: r.id, username: r.username, role: r.role as Role, unitId: opt(r.unitId), ...(isSet(r.disabled) ? { disabled: true } : {}) });

function checkRole(role: Role, subject: string): void {
  if (!ROLES.includes(role)) throw new LedgerError('INVALID_VALUE', subject, `unknown role ${role}`);
}

export async function getUser(store: Store, id: number): Promise<User | undefined> {
  const row = await store.db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByUsername(store: Store, username: string): Promise<User | undefined> {
  const row = await store.db.selectFrom('users').select(columns).where('username', '=', username).executeTakeFirst();
  return row && toUser(row);
}

/** For logging in: the user and the stored password hash to check the password against. */
export async function findCredentials(store: Store, username: string): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await store.db
    .selectFrom('users')
    .select([...columns, 'passwordHash'])
    .where('username', '=', username)
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.passwordHash };
}

export async function listUsers(store: Store): Promise<User[]> {
  const rows = await store.db.selectFrom('users').select(columns).orderBy('id').execute();
  return rows.map(toUser);
}

/** A taken username is DUPLICATE; a unit editor without a unit, INVALID_VALUE. */
export async function createUser(store: Store, actor: Actor, input: UserInput): Promise<User> {
  const username = input.username.trim();
  if (!username) throw new LedgerError('INVALID_VALUE', 'user', 'empty username');
  checkRole(input.role, `user ${username}`);
  return transaction(
    store,
    actor,
    async (tx) => {
      const row = await tx.db
        .insertInto('users')
        .values({ username, passwordHash: input.passwordHash, role: input.role, unitId: input.unitId ?? null, disabled: 0, createdAt: tx.now })
        .returning(columns)
        .executeTakeFirstOrThrow();
      const user = toUser(row);
      await tx.audit({ action: 'create', entity: 'user', entityId: user.id, after: user });
      return user;
    },
    `user ${username}`,
  );
}

/**
 * Sets a user's role, unit, password hash, or disables the account. The audit entry says the password changed, not
 * to what. A new password ends the account's sessions (whoever had the old one is out), all but `keepSession`
 * (the hash of the session that made the change, when users change their own).
 */
export async function updateUser(store: Store, actor: Actor, id: number, patch: UserPatch, options: { keepSession?: string } = {}): Promise<User> {
  if (patch.role !== undefined) checkRole(patch.role, `user ${id}`);
  return transaction(
    store,
    actor,
    async (tx) => {
      const before = await getUser(tx, id);
      if (!before) throw new LedgerError('NOT_FOUND', `user ${id}`);
      const changes = compact({ role: patch.role, unitId: patch.unitId, passwordHash: patch.passwordHash, disabled: patch.disabled === undefined ? undefined : flag(patch.disabled) });
      if (Object.keys(changes).length === 0) return before;
      const row = await tx.db.updateTable('users').set(changes).where('id', '=', id).returning(columns).executeTakeFirstOrThrow();
      const after = toUser(row);
      if (patch.disabled) await tx.db.deleteFrom('sessions').where('userId', '=', id).execute();
      else if (patch.passwordHash !== undefined) {
        const { keepSession } = options;
        await tx.db
          .deleteFrom('sessions')
          .where('userId', '=', id)
          .$if(keepSession !== undefined, (q) => q.where('tokenHash', '!=', keepSession!))
          .execute();
      }
      await tx.audit({
        action: 'update',
        entity: 'user',
        entityId: id,
        before,
        after: patch.passwordHash === undefined ? after : { ...after, password: 'changed' },
      });
      return after;
    },
    `user ${id}`,
  );
}
