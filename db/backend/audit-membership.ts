// Who held which signing key when, read from the audit log itself (docs: audit conventions):
// vault.create names the first administrator's key and the recovery key, user.add and
// user.resetPassphrase give a user a key (signed by an administrator), user.keys lets a member of
// the unsigned older part introduce their own first key, user.revoke ends a membership and
// vault.rotateKey may replace the recovery key. Nothing outside the log is trusted.
import type { AuditSignerInfo } from '../contract/admin';
import type { StoredEntry } from './audit-log';

interface Holder {
  key: string;
  userId: string | null;
  userName: string | null;
  recovery: boolean;
}

export type MembershipProblem = 'signer_not_member' | 'signer_not_user';

const ADMIN_ACTIONS = new Set(['user.add', 'user.resetPassphrase', 'user.revoke', 'vault.rotateKey']);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A signing public key from a `{ box, sign }` object: base64 of 32 bytes, else null. */
function signKeyOf(value: unknown): string | null {
  const sign = record(value)?.sign;
  if (typeof sign !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(sign)) return null;
  return Buffer.from(sign, 'base64').length === 32 ? sign : null;
}

function changesOf(entry: StoredEntry): Record<string, unknown> {
  if (entry.changes === null) return {};
  try {
    return record(JSON.parse(entry.changes)) ?? {};
  } catch {
    return {};
  }
}

export class AuditMembership {
  /** Keys that sign validly now. */
  private readonly active = new Map<string, Holder>();
  /** Every key the log ever named, for reporting who signed. */
  private readonly known = new Map<string, Holder>();
  private readonly keyOfUser = new Map<string, string>();
  private readonly roles = new Map<string, string>();
  private readonly names = new Map<string, string>();
  /** Members of the unsigned older part who have not been revoked: they may introduce their own first key. */
  private readonly legacyMembers = new Set<string>();
  private readonly revoked = new Set<string>();
  private recoveryKey: string | null = null;

  /** An unsigned entry of the older part: only who was added and revoked counts. */
  legacy(entry: StoredEntry): void {
    const changes = changesOf(entry);
    const subject = entry.record_id ?? entry.user_id;
    if (!subject) return;
    if (entry.action === 'vault.create') {
      this.legacyMembers.add(subject);
      this.roles.set(subject, 'administrator');
      if (entry.user_name) this.names.set(subject, entry.user_name);
    } else if (entry.action === 'user.add') {
      this.legacyMembers.add(subject);
      if (typeof changes.role === 'string') this.roles.set(subject, changes.role);
      if (typeof changes.name === 'string') this.names.set(subject, changes.name);
    } else if (entry.action === 'user.revoke') {
      this.legacyMembers.delete(subject);
      this.revoked.add(subject);
    }
  }

  /**
   * A signed entry whose signature verified: whether its signer could sign it, and if so what it
   * changes about membership. An entry refused here changes nothing.
   */
  signed(entry: StoredEntry): MembershipProblem | null {
    const key = entry.signer_key as string;
    const changes = changesOf(entry);
    if (entry.action === 'vault.create' && entry.seq === 1) return this.genesis(entry, key, changes);
    if (entry.action === 'user.keys') return this.introduction(entry, key, changes);
    const holder = this.active.get(key);
    if (!holder) return 'signer_not_member';
    if (!holder.recovery && entry.user_id !== null && holder.userId !== entry.user_id) return 'signer_not_user';
    if (!ADMIN_ACTIONS.has(entry.action)) return null;
    if (!this.isAdministrator(holder)) return 'signer_not_member';
    const subject = entry.record_id;
    if (entry.action === 'vault.rotateKey') {
      const recovery = signKeyOf(changes.recovery);
      if (recovery) this.setRecovery(recovery);
      return null;
    }
    if (!subject) return null;
    if (entry.action === 'user.revoke') {
      this.retire(subject);
      this.revoked.add(subject);
      this.legacyMembers.delete(subject);
      return null;
    }
    if (entry.action === 'user.add') {
      if (typeof changes.role === 'string') this.roles.set(subject, changes.role);
      if (typeof changes.name === 'string') this.names.set(subject, changes.name);
      this.revoked.delete(subject);
    }
    const newKey = signKeyOf(changes.keys);
    if (newKey && !this.revoked.has(subject)) this.giveKey(subject, newKey);
    return null;
  }

  /** Whether the key signs validly at this point of the log. */
  isMember(key: string): boolean {
    return this.active.has(key);
  }

  describe(key: string, member: boolean): AuditSignerInfo {
    const holder = this.known.get(key);
    return { key, userId: holder?.userId ?? null, userName: holder?.userName ?? null, recovery: holder?.recovery ?? false, member };
  }

  private genesis(entry: StoredEntry, key: string, changes: Record<string, unknown>): MembershipProblem | null {
    const admin = entry.record_id ?? entry.user_id;
    if (!admin || signKeyOf(changes.keys) !== key) return 'signer_not_member';
    this.roles.set(admin, 'administrator');
    if (entry.user_name) this.names.set(admin, entry.user_name);
    this.giveKey(admin, key);
    const recovery = signKeyOf(changes.recovery);
    if (recovery) this.setRecovery(recovery);
    return null;
  }

  /** user.keys: a member of the unsigned part introduces their own first key, or an administrator gives one. */
  private introduction(entry: StoredEntry, key: string, changes: Record<string, unknown>): MembershipProblem | null {
    const subject = entry.record_id;
    const newKey = signKeyOf(changes.keys);
    if (!subject || !newKey) return 'signer_not_member';
    const recovery = this.recoveryKey === null ? signKeyOf(changes.recovery) : null;
    const self = key === newKey;
    const byRecovery = recovery !== null && key === recovery;
    if (self) {
      const mayIntroduce = this.legacyMembers.has(subject) && !this.keyOfUser.has(subject) && !this.revoked.has(subject) && entry.user_id === subject;
      if (!mayIntroduce) return 'signer_not_member';
    } else if (!byRecovery) {
      const holder = this.active.get(key);
      if (!holder) return 'signer_not_member';
      if (!this.isAdministrator(holder) || this.revoked.has(subject)) return 'signer_not_member';
    }
    if (recovery) this.setRecovery(recovery);
    this.giveKey(subject, newKey);
    return null;
  }

  private isAdministrator(holder: Holder): boolean {
    return holder.recovery || (holder.userId !== null && this.roles.get(holder.userId) === 'administrator');
  }

  private giveKey(userId: string, key: string): void {
    this.retire(userId);
    const holder: Holder = { key, userId, userName: this.names.get(userId) ?? null, recovery: false };
    this.active.set(key, holder);
    this.known.set(key, holder);
    this.keyOfUser.set(userId, key);
  }

  private retire(userId: string): void {
    const old = this.keyOfUser.get(userId);
    if (old) this.active.delete(old);
    this.keyOfUser.delete(userId);
  }

  private setRecovery(key: string): void {
    if (this.recoveryKey) this.active.delete(this.recoveryKey);
    this.recoveryKey = key;
    const holder: Holder = { key, userId: null, userName: null, recovery: true };
    this.active.set(key, holder);
    this.known.set(key, holder);
  }
}
