// A test vault whose audit log is signed, with the members' private keys in the test's hands.
// Until sessions carry their members' real signers, this builds the signed part the way an older
// vault's upgrade writes it (audit conventions): the administrator introduces their own key with
// user.keys (carrying the recovery key), and each member added later gets a key from an
// administrator in a user.keys entry. Sessions sign through the backend's signerFor.
import { auditSigner, type AuditSigner } from '../../../db/backend/audit-signer';
import { anchorAudit, auditCount } from '../../../db/backend/audit-anchoring';
import { appendAudit } from '../../../db/backend/audit-log';
import type { SessionUser } from '../../../db/backend/context';
import type { Role } from '../../../db/contract/core';
import type { AuditVerification } from '../../../db/contract/admin';
import { generateMemberKeys, recoveryKeysOf, type MemberKeys } from '../../../db/vault/key-pairs';
import { vaultFiles } from '../../../db/vault/vault-files';
import { rawDatabaseKey } from './raw-database';
import { createTestVault, USER_PASSPHRASE, type TestVault, type TestVaultOptions } from './test-vault';

export interface SignedVault extends TestVault {
  /** Members' key pairs by user name. */
  keys: Map<string, MemberKeys>;
  recovery: MemberKeys;
  headFile: string;
  /** A member's key pair; throws for a name without one. */
  keysOf(name: string): MemberKeys;
  signerOf(keys: MemberKeys): AuditSigner;
  userOf(name: string): SessionUser;
  /** Adds a member with a key pair (as the signed-in administrator) and signs in as them. */
  addMember(name: string, role: Role): SessionUser;
  verify(): AuditVerification;
}

const publicOf = (k: MemberKeys) => ({ box: k.boxPublic.toString('base64'), sign: k.signPublic.toString('base64') });

export function createSignedVault(options: TestVaultOptions = {}): SignedVault {
  const keys = new Map<string, MemberKeys>();
  const signerOf = (k: MemberKeys) => auditSigner(k.signPrivate, k.signPublic);
  const v = createTestVault({
    ...options,
    signerFor: (user) => {
      const k = keys.get(user.name);
      return k ? signerOf(k) : null;
    },
  });
  const headFile = vaultFiles(v.vaultDir).auditHead;
  const recovery = recoveryKeysOf(rawDatabaseKey(v.vaultDir, v.recoveryKey));
  const userOf = (name: string): SessionUser => {
    const row = v.call('users.list', { includeInactive: true }).find((u) => u.name === name);
    if (!row) throw new Error(`no user ${name}`);
    return { id: row.id, name: row.name, displayName: row.displayName, role: row.role };
  };
  const at = () => new Date().toISOString();

  // The administrator introduces their own key, with the recovery key, and anchors the head.
  const admin = userOf('admin');
  const adminKeys = generateMemberKeys();
  const before = auditCount(v.sqlite);
  const adminSigner = signerOf(adminKeys);
  appendAudit(
    v.sqlite,
    { action: 'user.keys', tableName: 'users', recordId: admin.id, changes: { keys: publicOf(adminKeys), recovery: publicOf(recovery) } },
    admin,
    at(),
    adminSigner,
  );
  anchorAudit(v.sqlite, headFile, adminSigner, at(), before);
  keys.set('admin', adminKeys);
  v.signInAsAdmin();

  return Object.assign(v, {
    keys,
    recovery,
    headFile,
    signerOf,
    userOf,
    keysOf(name: string): MemberKeys {
      const k = keys.get(name);
      if (!k) throw new Error(`no keys for ${name}`);
      return k;
    },
    addMember(name: string, role: Role): SessionUser {
      v.signInAsAdmin();
      const added = v.call('users.add', { name, displayName: name, role, passphrase: USER_PASSPHRASE });
      const memberKeys = generateMemberKeys();
      appendAudit(
        v.sqlite,
        { action: 'user.keys', tableName: 'users', recordId: added.id, changes: { keys: publicOf(memberKeys) } },
        userOf('admin'),
        at(),
        signerOf(adminKeys),
      );
      keys.set(name, memberKeys);
      const status = v.call('session.unlock', { userName: name, passphrase: USER_PASSPHRASE });
      if (!status.user) throw new Error('unlock gave no user');
      return status.user;
    },
    verify: () => v.call('audit.verify', {}),
  });
}
