// Revocation on real vaults: a revoked member's saved key ring and passphrase open nothing after
// the key rotation, remaining members and the recovery key do, and the ring answers user-name
// guesses no faster than passphrase guesses. Old backups stay readable to the app and can be
// re-encrypted to the current key.
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { keyOpens } from '../../../db/vault/database-file';
import { kdfCounter } from '../../../db/vault/kdf';
import { KeyRing } from '../../../db/vault/key-ring';
import { rawDatabaseKey } from '../support/raw-key';
import { ADMIN_PASSPHRASE, createTestVault, failure, USER_PASSPHRASE, type TestVault } from '../support/test-vault';

let v: TestVault | null = null;
let scratch = '';
afterEach(() => {
  v?.close();
  v = null;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

function openCase(t: TestVault, name: string): string {
  const r = t.call('referrals.create', { receivedOn: '2025-06-01', channel: 'lawyer', countryCode: 'KZ', person: { name, nameVariants: [] } });
  const { caseId } = t.call('referrals.decide', { id: r.id, decision: 'accepted', decidedOn: '2025-07-01' });
  if (!caseId) throw new Error('no case opened');
  return caseId;
}

const ringFile = (t: TestVault) => join(t.vaultDir, 'keyring.json');
const dbFile = (t: TestVault) => join(t.vaultDir, 'habeas.db');

describe('revocation', () => {
  it('shuts out a revoked member holding an old copy of the key ring and their passphrase', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const dana = v.call('users.add', { name: 'dana', displayName: 'Dana', role: 'caseworker', passphrase: USER_PASSPHRASE });
    openCase(v, 'Before Revocation');
    scratch = mkdtempSync(join(tmpdir(), 'habeas-stolen-'));
    const stolen = join(scratch, 'keyring.json');
    writeFileSync(stolen, readFileSync(ringFile(v)));
    // What dana's copy gives her before the revocation: the key of the database as it is now.
    const hers = KeyRing.load(stolen).unwrapMember('dana', USER_PASSPHRASE)?.databaseKey;
    expect(hers && keyOpens(dbFile(v), hers)).toBe(true);

    const revoked = v.call('users.revoke', { userId: dana.id });
    expect(revoked.active).toBe(false);
    expect(revoked.rotation).toMatchObject({ epoch: 2, sealedTo: 1, needPassphraseReset: [] });
    expect(revoked.rotation.recoveryKey).toBeUndefined(); // the recovery key of a new vault was never a database key
    openCase(v, 'After Revocation');

    // Her saved ring still opens her slot, but the key in it opens nothing now.
    const stale = KeyRing.load(stolen).unwrapMember('dana', USER_PASSPHRASE)?.databaseKey;
    expect(stale?.equals(hers ?? Buffer.alloc(0))).toBe(true);
    expect(keyOpens(dbFile(v), stale ?? Buffer.alloc(32))).toBe(false);
    // Nor does the current ring know her any more.
    expect(KeyRing.load(ringFile(v)).unwrapMember('dana', USER_PASSPHRASE)).toBeNull();
    expect(readdirSync(v.vaultDir).filter((f) => f.includes('.rotate-'))).toEqual([]);

    // The remaining administrator and the recovery key open it, with everything in it.
    v.call('session.lock', {});
    v.signInAsAdmin();
    const names = v.call('cases.list', {}).rows.map((r) => r.personName).sort();
    expect(names).toEqual(['After Revocation', 'Before Revocation']);
    v.call('session.lock', {});
    expect(v.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: v.recoveryKey }).unlocked).toBe(true);
    const raw = rawDatabaseKey(v.vaultDir, v.recoveryKey);
    expect(raw.equals(stale ?? Buffer.alloc(32))).toBe(false);
    expect(keyOpens(dbFile(v), raw)).toBe(true);
    const actions = v.call('audit.list', { limit: 500 }).rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.revoke', 'vault.rotateKey']));
  });

  it('rotates on demand, seals the new key to every active member and records their public keys', () => {
    v = createTestVault();
    v.signInAs('caseworker', 'mira');
    v.signInAsAdmin();
    const before = rawDatabaseKey(v.vaultDir, v.recoveryKey);
    const result = v.call('vault.rotateKey', {});
    expect(result).toMatchObject({ epoch: 2, sealedTo: 2, needPassphraseReset: [] });
    expect(keyOpens(dbFile(v), before)).toBe(false);
    const stages = v.events.filter((e) => e.event === 'progress').map((e) => (e.payload as { label?: string }).label);
    expect(stages).toEqual(['prepare', 'copy', 'rekey', 'verify', 'seal', 'swap', 'done']);
    // Work goes on in the same session under the new key.
    openCase(v, 'Same Session');
    v.call('session.lock', {});
    v.signInAs('caseworker', 'mira');
    expect(v.call('cases.list', {}).rows.map((r) => r.personName)).toContain('Same Session');
    v.signInAsAdmin();
    const audit = v.call('audit.list', { limit: 500, action: 'vault.rotateKey' }).rows;
    expect(audit[0]?.changes).toEqual({ epoch: 2, reason: 'manual' });
  });

  it('makes a new key pair at a passphrase reset and keeps it at a passphrase change', () => {
    v = createTestVault();
    v.signInAsAdmin();
    const dana = v.call('users.add', { name: 'dana', displayName: 'Dana', role: 'caseworker', passphrase: USER_PASSPHRASE });
    const added = v.call('audit.list', { action: 'user.add' }).rows[0]?.changes as { keys: { box: string; sign: string } };
    v.call('users.resetPassphrase', { userId: dana.id, newPassphrase: 'another fine passphrase 99' });
    const reset = v.call('audit.list', { action: 'user.resetPassphrase' }).rows[0]?.changes as { keys: { box: string; sign: string } };
    expect(reset.keys.box).not.toBe(added.keys.box);
    expect(reset.keys.sign).not.toBe(added.keys.sign);
    const rows = v.sqlite.prepare('SELECT sign_public, retired_at FROM member_keys WHERE user_id = ? ORDER BY created_at').all(dana.id) as { sign_public: string; retired_at: string | null }[];
    expect(rows.map((r) => [r.sign_public, r.retired_at === null])).toEqual([
      [added.keys.sign, false],
      [reset.keys.sign, true],
    ]);
    v.call('session.lock', {});
    v.call('session.unlock', { userName: 'dana', passphrase: 'another fine passphrase 99' });
    v.call('session.changePassphrase', { currentPassphrase: 'another fine passphrase 99', newPassphrase: 'yet another fine passphrase 5' });
    expect(v.sqlite.prepare('SELECT count(*) AS n FROM member_keys WHERE user_id = ?').get(dana.id)).toEqual({ n: 2 });
    v.call('session.lock', {});
    expect(v.call('session.unlock', { userName: 'dana', passphrase: 'yet another fine passphrase 5' }).unlocked).toBe(true);
    expect(failure(() => v?.call('session.unlock', { userName: 'dana', passphrase: 'another fine passphrase 99' })).code).toBe('WRONG_PASSPHRASE');
  });
});

describe('user-name guesses', () => {
  it('stores nothing computable from a user name alone', () => {
    v = createTestVault();
    v.signInAs('caseworker', 'dana');
    const text = readFileSync(ringFile(v), 'utf8');
    const values: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === 'string') values.push(x);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(JSON.parse(text));
    const stored = new Set(values);
    for (const name of ['admin', 'dana', 'Dana']) {
      const candidates = [createHash('sha256').update(name).digest()];
      for (const field of values) {
        const bytes = Buffer.from(field, 'base64');
        candidates.push(createHmac('sha256', bytes).update(name).digest(), createHmac('sha256', name).update(bytes).digest());
        candidates.push(createHash('sha256').update(Buffer.concat([bytes, Buffer.from(name)])).digest());
        candidates.push(createHash('sha256').update(Buffer.concat([Buffer.from(name), bytes])).digest());
      }
      for (const c of candidates) {
        expect(stored.has(c.toString('base64'))).toBe(false);
        expect(stored.has(c.toString('hex'))).toBe(false);
      }
      expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    }
  });

  it('costs exactly one derivation for a wrong name, a wrong passphrase and a right one', () => {
    v = createTestVault();
    v.signInAs('caseworker', 'dana');
    v.call('session.lock', {});
    const count = (fn: () => unknown) => {
      const before = kdfCounter.derivations;
      fn();
      return kdfCounter.derivations - before;
    };
    expect(count(() => v?.result('session.unlock', { userName: 'nobody-here', passphrase: USER_PASSPHRASE }))).toBe(1);
    expect(count(() => v?.result('session.unlock', { userName: 'dana', passphrase: 'not the passphrase at all 1' }))).toBe(1);
    expect(count(() => v?.call('session.unlock', { userName: 'admin', passphrase: ADMIN_PASSPHRASE }))).toBe(1);
  });
});

describe('backups under an older key', () => {
  it('counts them after a rotation, keeps their key inside the database, and re-encrypts them', () => {
    v = createTestVault();
    v.signInAsAdmin();
    openCase(v, 'In The Backup');
    const made = v.call('backup.create', {});
    const oldKey = rawDatabaseKey(v.vaultDir, v.recoveryKey);
    const rotation = v.call('vault.rotateKey', {});
    const backups = readdirSync(join(v.vaultDir, 'backups')).filter((f) => f.endsWith('.db'));
    expect(rotation.oldBackups).toBe(backups.length);
    const newKey = rawDatabaseKey(v.vaultDir, v.recoveryKey);
    expect(keyOpens(made.file, oldKey)).toBe(true);
    expect(keyOpens(made.file, newKey)).toBe(false);
    const result = v.call('backup.reencryptOld', {});
    expect(result).toEqual({ reencrypted: backups.length, current: 0, unreadable: 0 });
    expect(keyOpens(made.file, newKey)).toBe(true);
    expect(keyOpens(made.file, oldKey)).toBe(false);
    expect(v.call('backup.reencryptOld', {})).toEqual({ reencrypted: 0, current: backups.length, unreadable: 0 });
    expect(readdirSync(join(v.vaultDir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
