// What services may do with the key ring while the vault is unlocked: give a member a key pair
// (wrapped under their passphrase, the database key sealed to it), replace it, rewrap it under a
// new passphrase. Private keys and the database key never leave the session.
import type { RotationResult } from '../contract/vault';

export interface PublicKeys {
  /** X25519 public key, base64 of the raw 32 bytes. */
  box: string;
  /** Ed25519 public key, base64 of the raw 32 bytes. */
  sign: string;
}

export interface KeyRingHandle {
  /** A new key pair for a new member, under their first passphrase; returns its public halves. */
  addMember(userName: string, passphrase: string): PublicKeys;
  /** A new key pair replacing the member's old ones (their slots, found by the old public keys, are dropped). */
  replaceMember(userName: string, passphrase: string, oldBoxes: string[]): PublicKeys;
  /** Rewraps the member's own keys under a new passphrase; false when the current one does not open them. */
  changePassphrase(userName: string, currentPassphrase: string, newPassphrase: string): boolean;
  /** True when the passphrase opens the user's slot. */
  verifyPassphrase(userName: string, passphrase: string): boolean;
  /** Drops a slot kept from before key pairs (a revoked user). */
  forgetLegacy(userName: string): void;
}

/** The database key's life cycle, for the services that change it or need older ones. */
export interface VaultKeys {
  /** A new database key now (see db/backend/key-rotation.ts). Runs outside any transaction. */
  rotate(reason: 'revoke' | 'manual'): RotationResult;
  /** The current key first, then retired ones, newest first (copies; the caller overwrites them). */
  known(): Buffer[];
  /** The vault's backups folder. */
  backupsFolder: string;
  nativeBinding?: string;
}
