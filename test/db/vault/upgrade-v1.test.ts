// A vault made by the release before key pairs (test/fixtures/vault-v1, key ring version 1)
// upgrades at unlock, user by user, with nothing lost; its old recovery key still opens it until
// the first rotation, which replaces it (it was the database key a revoked member may hold).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createBackend, type Backend } from '../../../db/backend/backend';
import { devBackendOptions } from '../../../db/dev/dev-api';
import { keyOpens } from '../../../db/vault/database-file';
import { KeyRing } from '../../../db/vault/key-ring';
import { parseRecoveryKey } from '../../../db/vault/recovery-key';
import { rawDatabaseKey } from '../support/raw-key';

const FIXTURE = join(__dirname, '../../fixtures/vault-v1');
const meta = JSON.parse(readFileSync(join(FIXTURE, 'fixture.json'), 'utf8')) as {
  recoveryKey: string;
  cases: string[];
  names: string[];
  users: { admin: string; mira: string };
};

let dir = '';
let backend: Backend | null = null;
afterEach(() => {
  backend?.close();
  backend = null;
  rmSync(dir, { recursive: true, force: true });
});

function start() {
  dir = mkdtempSync(join(tmpdir(), 'habeas-v1-'));
  const vaultDir = join(dir, 'vault');
  cpSync(FIXTURE, vaultDir, { recursive: true });
  rmSync(join(vaultDir, 'fixture.json'));
  backend = createBackend({ ...devBackendOptions, vaultDir, stateDir: join(dir, 'state'), kdfTargetMs: 1 });
  const b = backend;
  const call = <T = Record<string, unknown>>(method: string, input: unknown): T => {
    const r = b.call(method, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const result = (method: string, input: unknown) => b.call(method, input);
  const ring = () => KeyRing.load(join(vaultDir, 'keyring.json'));
  return { vaultDir, call, result, ring };
}

type Entry = { action: string; recordId: string | null; changes: Record<string, unknown> | null };

describe('a vault made before key pairs', () => {
  it('upgrades each user at their unlock and loses nothing', () => {
    const t = start();
    expect(t.ring().isVersion1).toBe(true);
    t.call('session.unlock', { userName: 'admin', passphrase: meta.users.admin });
    const after1 = t.ring().toJSON();
    expect(after1).toMatchObject({ version: 2, epoch: 1, recovery: { legacy: true } });
    expect(after1.slots).toHaveLength(1);
    expect(after1.legacySlots?.slots).toHaveLength(1);
    const cases = t.call<{ rows: { caseId: string; personName: string; reference: string | null }[] }>('cases.list', {}).rows;
    expect(cases.map((c) => c.caseId).sort()).toEqual([...meta.cases].sort());
    // Its cases predate references: each got its own at this unlock, and keeps it at the next.
    const references = cases.map((c) => c.reference ?? '');
    for (const reference of references) expect(reference).toMatch(/^[A-Z]{2}-\d{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(references).size).toBe(3);
    expect(t.call<{ rows: Entry[] }>('audit.list', { action: 'case.references.fill' }).rows.map((e) => e.changes)).toEqual([{ filled: 3 }]);
    expect(cases.map((c) => c.personName).sort()).toEqual([...meta.names].sort());
    const firstKeys = t.call<{ rows: Entry[] }>('audit.list', { action: 'user.keys' }).rows;
    expect(firstKeys).toHaveLength(1);
    expect(Object.keys(firstKeys[0]?.changes ?? {}).sort()).toEqual(['keys', 'recovery']);
    expect(t.call<{ ok: boolean }>('audit.verify', {}).ok).toBe(true);
    t.call('session.lock', {});

    // The second user still has their old slot, and upgrades at their own unlock.
    t.call('session.unlock', { userName: 'mira', passphrase: meta.users.mira });
    const after2 = t.ring().toJSON();
    expect(after2.slots).toHaveLength(2);
    expect(after2.legacySlots).toBeUndefined();
    t.call('session.lock', {});
    t.call('session.unlock', { userName: 'admin', passphrase: meta.users.admin });
    const keys = t.call<{ rows: Entry[] }>('audit.list', { action: 'user.keys' }).rows;
    expect(keys).toHaveLength(2);
    expect(Object.keys(keys[0]?.changes ?? {})).toEqual(['keys']); // newest first: mira's, no recovery
    t.call('session.lock', {});

    // The recovery key printed by the old release still opens it.
    expect(t.call<{ unlocked: boolean }>('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: meta.recoveryKey }).unlocked).toBe(true);
    const again = t.call<{ rows: { reference: string | null }[] }>('cases.list', {}).rows;
    expect(again.map((c) => c.reference).sort()).toEqual([...references].sort());
  });

  it('replaces the legacy recovery key at the first rotation and names users still on old slots', () => {
    const t = start();
    t.call('session.unlock', { userName: 'admin', passphrase: meta.users.admin });
    const mira = t.call<{ id: string; name: string }[]>('users.list', {}).find((u) => u.name === 'mira');
    const rotation = t.call<{ epoch: number; needPassphraseReset: string[]; recoveryKey?: string }>('vault.rotateKey', {});
    expect(rotation.epoch).toBe(2);
    expect(rotation.needPassphraseReset).toEqual([mira?.id]);
    expect(rotation.recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    const oldKey = parseRecoveryKey(meta.recoveryKey);
    expect(keyOpens(join(t.vaultDir, 'habeas.db'), oldKey)).toBe(false);
    const rotated = t.call<{ rows: Entry[] }>('audit.list', { action: 'vault.rotateKey' }).rows[0];
    expect(Object.keys(rotated?.changes ?? {}).sort()).toEqual(['epoch', 'reason', 'recovery']);
    t.call('session.lock', {});
    expect(t.result('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: meta.recoveryKey }).ok).toBe(false);
    expect(t.result('session.unlock', { userName: 'mira', passphrase: meta.users.mira }).ok).toBe(false);
    expect(t.call<{ unlocked: boolean }>('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: rotation.recoveryKey ?? '' }).unlocked).toBe(true);
    expect(keyOpens(join(t.vaultDir, 'habeas.db'), rawDatabaseKey(t.vaultDir, rotation.recoveryKey ?? ''))).toBe(true);
    // An administrator's reset brings mira back with a key pair of her own.
    t.call('users.resetPassphrase', { userId: mira?.id, newPassphrase: 'a brand new passphrase 31' });
    t.call('session.lock', {});
    expect(t.call<{ unlocked: boolean }>('session.unlock', { userName: 'mira', passphrase: 'a brand new passphrase 31' }).unlocked).toBe(true);
    expect(t.call<{ rows: unknown[] }>('cases.list', {}).rows).toHaveLength(3);
  });
  it('lets a recovery session on the old vault reset a passphrase; the other user upgrades later and introduces the recovery pair', () => {
    const t = start();
    t.call('session.unlockWithRecoveryKey', { userName: 'admin', recoveryKey: meta.recoveryKey });
    const mira = t.call<{ id: string; name: string }[]>('users.list', {}).find((u) => u.name === 'mira');
    t.call('users.resetPassphrase', { userId: mira?.id, newPassphrase: 'a brand new passphrase 31' });
    expect(t.ring().toJSON()).toMatchObject({ version: 2, recovery: { legacy: true } });
    t.call('session.lock', {});
    expect(t.call<{ unlocked: boolean }>('session.unlock', { userName: 'mira', passphrase: 'a brand new passphrase 31' }).unlocked).toBe(true);
    t.call('session.lock', {});
    t.call('session.unlock', { userName: 'admin', passphrase: meta.users.admin });
    const keys = t.call<{ rows: Entry[] }>('audit.list', { action: 'user.keys' }).rows;
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0]?.changes ?? {}).sort()).toEqual(['keys', 'recovery']);
    expect(t.ring().toJSON().legacySlots).toBeUndefined();
    expect(t.call<{ rows: unknown[] }>('cases.list', {}).rows).toHaveLength(3);
  });
});
