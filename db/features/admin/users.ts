// Users and their key-ring slots. Adding a user or resetting a passphrase rewrites one slot of
// the ring, never the database key; revoking removes the slot and deactivates the user.
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';

import type { ServiceContext } from '../../backend/context';
import { fieldDetails, ServiceError, notFound } from '../../backend/errors';
import type { HandlersFor } from '../../backend/handler-map';
import type { sessionApi } from '../../contract/session';
import type { User, usersApi } from '../../contract/users';
import { users } from '../../schema';
import { checkPassphrase } from '../../vault/passphrase-strength';
import { stamp } from '../common/records';

type UserRow = typeof users.$inferSelect;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    name: row.name,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
  };
}

function requireStrong(passphrase: string, userName: string, field: string): void {
  const strength = checkPassphrase(passphrase, userName);
  if (!strength.ok) throw new ServiceError('WEAK_PASSPHRASE', strength.message, { fields: { [field]: strength.message }, reason: strength.reason ?? 'too_guessable' });
}

function activeUser(ctx: ServiceContext, id: string): UserRow {
  const row = ctx.db.select().from(users).where(and(eq(users.id, id), isNull(users.deletedAt))).get();
  if (!row) throw notFound('The user', { reason: 'user_not_found' });
  if (!row.active) throw new ServiceError('CONFLICT', 'This user has been revoked.', { reason: 'user_revoked' });
  return row;
}

export const usersHandlers: HandlersFor<typeof usersApi> = {
  'users.list': (ctx, input) => {
    const where = input.includeInactive ? isNull(users.deletedAt) : and(isNull(users.deletedAt), eq(users.active, true));
    return ctx.db.select().from(users).where(where).orderBy(asc(users.displayName)).all().map(toUser);
  },
  'users.add': (ctx, input) => {
    const taken = ctx.db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.name}) = ${input.name.toLowerCase()}`)
      .get();
    if (taken) throw new ServiceError('CONFLICT', 'A user with this name already exists.', { reason: 'name_taken', ...fieldDetails({ name: ['Already taken', 'name_taken'] }) });
    requireStrong(input.passphrase, input.name, 'passphrase');
    const row: UserRow = { ...stamp(ctx), deletedAt: null, name: input.name, displayName: input.displayName, role: input.role, active: true };
    ctx.db.insert(users).values(row).run();
    ctx.keyRing.setPassphrase(input.name, input.passphrase);
    ctx.audit({ action: 'user.add', tableName: 'users', recordId: row.id, changes: { name: row.name, role: row.role } });
    return toUser(row);
  },
  'users.resetPassphrase': (ctx, input) => {
    const row = activeUser(ctx, input.userId);
    requireStrong(input.newPassphrase, row.name, 'newPassphrase');
    ctx.keyRing.setPassphrase(row.name, input.newPassphrase);
    ctx.db.update(users).set({ updatedAt: ctx.now() }).where(eq(users.id, row.id)).run();
    ctx.audit({ action: 'user.resetPassphrase', tableName: 'users', recordId: row.id });
    return toUser(row);
  },
  'users.revoke': (ctx, input) => {
    const row = activeUser(ctx, input.userId);
    if (row.id === ctx.user.id) throw new ServiceError('CONFLICT', 'You cannot revoke yourself; ask another administrator.', { reason: 'revoke_self' });
    if (row.role === 'administrator') {
      const others = ctx.db
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(and(eq(users.role, 'administrator'), eq(users.active, true), ne(users.id, row.id)))
        .get();
      if ((others?.n ?? 0) === 0) throw new ServiceError('CONFLICT', 'The last administrator cannot be revoked.', { reason: 'last_administrator' });
    }
    const updatedAt = ctx.now();
    ctx.db.update(users).set({ active: false, updatedAt }).where(eq(users.id, row.id)).run();
    ctx.keyRing.removeUser(row.name);
    ctx.audit({ action: 'user.revoke', tableName: 'users', recordId: row.id, changes: { active: [true, false] } });
    return toUser({ ...row, active: false, updatedAt });
  },
};

export const passphraseHandlers: HandlersFor<Pick<typeof sessionApi, 'session.changePassphrase'>> = {
  'session.changePassphrase': (ctx, input) => {
    if (!ctx.keyRing.verifyPassphrase(ctx.user.name, input.currentPassphrase)) {
      throw new ServiceError('WRONG_PASSPHRASE', 'Your current passphrase is not right.', {
        reason: 'wrong_passphrase',
        ...fieldDetails({ currentPassphrase: ['Not right', 'wrong_passphrase'] }),
      });
    }
    requireStrong(input.newPassphrase, ctx.user.name, 'newPassphrase');
    ctx.keyRing.setPassphrase(ctx.user.name, input.newPassphrase);
    ctx.audit({ action: 'user.changePassphrase', tableName: 'users', recordId: ctx.user.id });
    return { changed: true as const };
  },
};
