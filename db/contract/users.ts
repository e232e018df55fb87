// Contract slice: the people who use Habeas and their key pairs; revoking one rotates the database key.
import { z } from 'zod';

import { id, method, ROLES, type Role, type Stamped } from './core';
import { passphrase, userName } from './session';
import type { RotationResult } from './vault';

export interface User extends Stamped {
  name: string;
  displayName: string;
  role: Role;
  active: boolean;
}

/** A revoked user and the key rotation that shut them out (the database key they knew opens nothing written after). */
export interface RevokedUser extends User {
  rotation: RotationResult;
}

const admin = ['administrator'] as const;

export const usersApi = {
  'users.list': method<User[]>()({
    input: z.object({ includeInactive: z.boolean().default(false) }),
    access: ['caseworker', 'staff', 'supervisor', 'administrator'],
    effect: 'read',
  }),
  'users.add': method<User>()({
    input: z.object({
      name: userName,
      displayName: z.string().trim().min(1, 'Required').max(200),
      role: z.enum(ROLES),
      passphrase,
    }),
    access: admin,
    effect: 'write',
  }),
  'users.resetPassphrase': method<User>()({
    input: z.object({ userId: id, newPassphrase: passphrase }),
    access: admin,
    effect: 'write',
  }),
  'users.revoke': method<RevokedUser>()({ input: z.object({ userId: id }), access: admin, effect: 'write', transaction: false }),
} as const;
