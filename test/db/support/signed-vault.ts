// A test vault whose audit log is signed by its members' real keys, with those private keys in the
// test's hands (opened from the key ring with each member's passphrase, as the member's own laptop
// would), for tests that forge, strip or replay signatures the way an attacker would.
import { auditSigner, type AuditSigner } from '../../../db/backend/audit-signer';
import type { SessionUser } from '../../../db/backend/context';
import type { AuditVerification } from '../../../db/contract/admin';
import type { Role } from '../../../db/contract/core';
import { recoveryKeysOf, type MemberKeys } from '../../../db/vault/key-pairs';
import { KeyRing } from '../../../db/vault/key-ring';
import { parseRecoveryKey } from '../../../db/vault/recovery-key';
import { vaultFiles } from '../../../db/vault/vault-files';
import { ADMIN_PASSPHRASE, createTestVault, USER_PASSPHRASE, type TestVault, type TestVaultOptions } from './test-vault';

export interface SignedVault extends TestVault {
  /** Members' key pairs by user name. */
  keys: Map<string, MemberKeys>;
  recovery: MemberKeys;
  headFile: string;
  /** A member's key pair; throws for a name without one. */
  keysOf(name: string): MemberKeys;
  signerOf(keys: MemberKeys): AuditSigner;
  userOf(name: string): SessionUser;
  /** Adds a member (as the signed-in administrator) and signs in as them. */
  addMember(name: string, role: Role): SessionUser;
  verify(): AuditVerification;
}

export function createSignedVault(options: TestVaultOptions = {}): SignedVault {
  const v = createTestVault(options);
  const files = vaultFiles(v.vaultDir);
  const keys = new Map<string, MemberKeys>();
  const signerOf = (k: MemberKeys) => auditSigner(k.signPrivate, k.signPublic);
  const keysFromRing = (name: string, passphrase: string): MemberKeys => {
    const opened = KeyRing.load(files.keyRing).unwrapMember(name, passphrase);
    if (!opened) throw new Error(`the key ring has no slot for ${name}`);
    opened.databaseKey?.fill(0);
    opened.pendingKey?.fill(0);
    return opened.keys;
  };
  const userOf = (name: string): SessionUser => {
    const row = v.call('users.list', { includeInactive: true }).find((u) => u.name === name);
    if (!row) throw new Error(`no user ${name}`);
    return { id: row.id, name: row.name, displayName: row.displayName, role: row.role };
  };
  keys.set('admin', keysFromRing('admin', ADMIN_PASSPHRASE));
  v.signInAsAdmin();

  return Object.assign(v, {
    keys,
    recovery: recoveryKeysOf(parseRecoveryKey(v.recoveryKey)),
    headFile: files.auditHead,
    signerOf,
    userOf,
    keysOf(name: string): MemberKeys {
      const k = keys.get(name);
      if (!k) throw new Error(`no keys for ${name}`);
      return k;
    },
    addMember(name: string, role: Role): SessionUser {
      v.signInAsAdmin();
      v.call('users.add', { name, displayName: name, role, passphrase: USER_PASSPHRASE });
      keys.set(name, keysFromRing(name, USER_PASSPHRASE));
      const status = v.call('session.unlock', { userName: name, passphrase: USER_PASSPHRASE });
      if (!status.user) throw new Error('unlock gave no user');
      return status.user;
    },
    verify: () => v.call('audit.verify', {}),
  });
}
