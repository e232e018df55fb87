// Contract slice: the vault's life cycle. These calls work while the vault is locked.
import { z } from 'zod';

import { ALL_ROLES, method, type Role } from './core';

export const userName = z
  .string()
  .trim()
  .min(1, 'Enter a user name')
  .max(64, 'At most 64 characters')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Letters, digits, dot, dash and underscore only');

export const passphrase = z.string().min(1, 'Enter a passphrase').max(1024, 'At most 1024 characters');

export interface SessionStatus {
  vaultExists: boolean;
  unlocked: boolean;
  user: { id: string; name: string; displayName: string; role: Role } | null;
  /** Seconds to wait before the next unlock attempt for the last user tried, 0 when none. */
  retryAfterSeconds: number;
  /** This laptop's keys were erased: only the recovery key opens the vault now. */
  keysErased: boolean;
}

export interface KeysErased {
  erased: true;
  /** Member slots removed from the key ring; 0 when they were already gone. */
  slotsRemoved: number;
}

export interface VaultCreated {
  /** The master key as groups of characters: shown once, never stored in clear. */
  recoveryKey: string;
  userId: string;
}

export interface PassphraseStrength {
  ok: boolean;
  /** 0 (trivial) to 4 (very strong). */
  score: number;
  reason: 'too_short' | 'contains_user_name' | 'too_guessable' | null;
  message: string;
}

export const sessionApi = {
  'session.status': method<SessionStatus>()({
    input: z.object({ userName: z.string().max(64).optional() }),
    access: 'locked',
    effect: 'read',
  }),
  'session.checkPassphrase': method<PassphraseStrength>()({
    input: z.object({ passphrase, userName: z.string().optional() }),
    access: 'locked',
    effect: 'read',
  }),
  'session.createVault': method<VaultCreated>()({
    input: z.object({ userName, displayName: z.string().trim().max(200).optional(), passphrase }),
    access: 'locked',
    effect: 'write',
  }),
  'session.unlock': method<SessionStatus>()({
    input: z.object({ userName, passphrase }),
    access: 'locked',
    effect: 'write',
  }),
  'session.unlockWithRecoveryKey': method<SessionStatus>()({
    input: z.object({ userName, recoveryKey: z.string().trim().min(1, 'Enter the recovery key').max(200) }),
    access: 'locked',
    effect: 'write',
  }),
  'session.lock': method<SessionStatus>()({ input: z.object({}), access: 'locked', effect: 'read' }),
  /**
   * Erases this laptop's keys (every member's slot in the key ring and the unlock counters) and
   * locks: afterwards only the recovery key opens the vault. Works locked or unlocked; the caller
   * must say confirm: true.
   */
  'session.eraseKeys': method<KeysErased>()({
    input: z.object({ confirm: z.boolean() }),
    access: 'locked',
    effect: 'write',
  }),
  'session.changePassphrase': method<{ changed: true }>()({
    input: z.object({ currentPassphrase: passphrase, newPassphrase: passphrase }),
    access: ALL_ROLES,
    effect: 'write',
  }),
} as const;
