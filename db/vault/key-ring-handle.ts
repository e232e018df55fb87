// What services may do with the key ring while the vault is unlocked: add, replace or remove a
// user's slot. The master key itself never leaves the session.
export interface KeyRingHandle {
  /** Writes (or rewrites) the slot of a user, calibrating Argon2id on this machine. */
  setPassphrase(userName: string, passphrase: string): void;
  removeUser(userName: string): void;
  /** True when the passphrase opens the user's slot. */
  verifyPassphrase(userName: string, passphrase: string): boolean;
}
